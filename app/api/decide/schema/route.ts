import { apiSchema } from "@/lib/http/api-schema";
import { ZDecideInput } from "@/lib/decide-input";
import { ZDecision } from "@/lib/engine";

// Generated once from the same zod schemas that validate the API.
const schema = apiSchema("decide", "Kindly decide API", ZDecideInput, ZDecision);

export const dynamic = "force-static";

export function GET() {
  return Response.json(schema);
}
