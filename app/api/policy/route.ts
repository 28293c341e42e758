import { currentUser } from "@/lib/auth/session";
import { policyStore, ZSavePolicy } from "@/lib/data/policy";
import { db } from "@/lib/db";
import { withErrorHandling } from "@/lib/http/handle";
import { FORBIDDEN_ORIGIN, jsonError, parseJsonBody } from "@/lib/http/json-body";
import { isSameOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

const NO_STORE = { headers: { "Cache-Control": "no-store" } };

/** GET /api/policy — the signed-in person's saved policy. */
export const GET = withErrorHandling(async function get(request: Request) {
  const user = await currentUser(request.headers);
  if (!user) return jsonError("signedOut", "Sign in to load your saved policy.");
  const policy = await policyStore(db()).getOwnPolicy(user.id);
  if (!policy) return jsonError("notFound", "You have no saved policy yet.");
  return Response.json(policy, NO_STORE);
});

/** PUT /api/policy — `{ profile, baseVersion }`; 409 with the newer policy when baseVersion is stale. */
export const PUT = withErrorHandling(async function put(request: Request) {
  if (!isSameOrigin(request.headers)) return jsonError("forbidden", FORBIDDEN_ORIGIN);
  const user = await currentUser(request.headers);
  if (!user) return jsonError("signedOut", "Sign in to save your policy.");
  const input = await parseJsonBody(request, ZSavePolicy, "The policy is not valid; nothing was saved.");
  if (!input.ok) return input.response;
  const result = await policyStore(db()).savePolicy(user.id, input.data);
  if (result.ok) return Response.json(result.data, NO_STORE);
  return jsonError("conflict", "Your policy was changed elsewhere (another tab or device). Load the newer version before saving.", { current: result.current });
});
