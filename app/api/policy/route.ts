import { currentUser } from "@/lib/auth/session";
import { policyStore } from "@/lib/data/policy";
import { db } from "@/lib/db";
import { withErrorHandling } from "@/lib/http/handle";
import { FORBIDDEN_ORIGIN, jsonError, readJsonBody } from "@/lib/http/json-body";
import { isSameOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

/** GET /api/policy — the signed-in person's saved policy. */
export const GET = withErrorHandling(async function get(request: Request) {
  const user = await currentUser(request.headers);
  if (!user) return jsonError(401, "Sign in to load your saved policy.");
  const policy = await policyStore(db()).getOwnPolicy(user.id);
  if (!policy) return jsonError(404, "You have no saved policy yet.");
  return Response.json(policy, { headers: { "Cache-Control": "no-store" } });
});

/** PUT /api/policy — `{ profile, baseVersion }`; 409 with the newer policy when baseVersion is stale. */
export const PUT = withErrorHandling(async function put(request: Request) {
  if (!isSameOrigin(request.headers)) return jsonError(403, FORBIDDEN_ORIGIN);
  const user = await currentUser(request.headers);
  if (!user) return jsonError(401, "Sign in to save your policy.");
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const result = await policyStore(db()).savePolicy(user.id, body.data);
  if (result.ok) return Response.json(result.policy, { headers: { "Cache-Control": "no-store" } });
  if (result.reason === "invalid") return jsonError(400, "The policy is not valid; nothing was saved.", { fieldErrors: result.fieldErrors });
  return jsonError(409, "Your policy was changed elsewhere (another tab or device). Load the newer version before saving.", { current: result.current });
});
