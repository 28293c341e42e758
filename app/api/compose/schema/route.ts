import { z } from "zod";

import { ZComposeInput } from "@/lib/compose-input";
import { ZInvitation } from "@/lib/engine";

// Generated once from the same zod schemas that validate the API.
const schema = {
  $id: "https://kindly.example/api/compose/schema",
  title: "Kindly compose API",
  description: "POST /api/compose takes `input` and answers `output`.",
  input: z.toJSONSchema(ZComposeInput, { io: "input", unrepresentable: "any" }),
  output: z.toJSONSchema(ZInvitation, { io: "output", unrepresentable: "any" }),
};

export const dynamic = "force-static";

export function GET() {
  return Response.json(schema);
}
