import { z } from "zod";

import { ZDecideInput } from "@/lib/decide-input";
import { ZDecision } from "@/lib/engine";

// Generated once from the same zod schemas that validate the API.
const schema = {
  $id: "https://kindly.example/api/decide/schema",
  title: "Kindly decide API",
  description: "POST /api/decide takes `input` and answers `output`.",
  input: z.toJSONSchema(ZDecideInput, { io: "input", unrepresentable: "any" }),
  output: z.toJSONSchema(ZDecision, { io: "output", unrepresentable: "any" }),
};

export const dynamic = "force-static";

export function GET() {
  return Response.json(schema);
}
