import { currentUser } from "@/lib/auth/session";
import { policyStore, ZPolicyId } from "@/lib/data/policy";
import { db } from "@/lib/db";
import { withErrorHandling } from "@/lib/http/handle";
import { jsonError } from "@/lib/http/json-body";

export const dynamic = "force-dynamic";

/** GET /api/policies/:id — only the owner gets it; anyone else gets 404, as if it did not exist. */
export const GET = withErrorHandling(async function get(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser(request.headers);
  if (!user) return jsonError("signedOut", "Sign in to load a policy.");
  // An id that cannot exist is not found, like another person's.
  const id = ZPolicyId.safeParse((await params).id);
  const policy = id.success ? await policyStore(db()).getPolicyById(user.id, id.data) : null;
  if (!policy) return jsonError("notFound", "No such policy.");
  return Response.json(policy, { headers: { "Cache-Control": "no-store" } });
});
