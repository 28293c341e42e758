import { ZDecideInput } from "@/lib/decide-input";
import { decide } from "@/lib/engine";
import { fieldErrors, jsonError, readJsonBody } from "@/lib/http/json-body";

/** POST /api/decide — `{ profile, request }` → the decision. Schema: GET /api/decide/schema. */
export async function POST(request: Request) {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;

  const parsed = ZDecideInput.safeParse(body.data);
  if (!parsed.success) {
    return jsonError(400, "The input is not valid.", { fieldErrors: fieldErrors(parsed.error) });
  }
  const { profile, request: connectionRequest, templateLanguage } = parsed.data;
  return Response.json(decide(profile, connectionRequest, { templateLanguage }), { headers: { "Cache-Control": "no-store" } });
}
