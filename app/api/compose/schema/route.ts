import { apiSchema } from "@/lib/http/api-schema";
import { ZComposeInput } from "@/lib/compose-input";
import { ZInvitation } from "@/lib/engine";

// Generated once from the same zod schemas that validate the API.
const schema = apiSchema("compose", "Kindly compose API", ZComposeInput, ZInvitation);

export const dynamic = "force-static";

export function GET() {
  return Response.json(schema);
}
