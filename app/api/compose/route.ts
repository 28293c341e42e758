import { ZComposeInput } from "@/lib/compose-input";
import { composeInvitation } from "@/lib/engine";
import { env } from "@/lib/env";
import { requestClientAddress } from "@/lib/http/client-address";
import { withErrorHandling } from "@/lib/http/handle";
import { jsonError, parseJsonBody } from "@/lib/http/json-body";
import { createRateLimiter } from "@/lib/http/rate-limit";

let limiter: ReturnType<typeof createRateLimiter> | undefined;

/**
 * POST /api/compose — `{ profile, target }` → the invitation (when, where,
 * notes that fit). Schema: GET /api/compose/schema. Validated and limited
 * like POST /api/decide: the same per-minute allowance per client, counted
 * apart in this process's memory.
 */
export const POST = withErrorHandling(async function post(request: Request) {
  limiter ??= createRateLimiter({ limit: env().DECIDE_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 });
  const allowed = limiter(requestClientAddress(request.headers));
  if (!allowed.ok) {
    return jsonError("tooManyRequests", "Too many requests. Please wait a moment and try again.", {}, { "Retry-After": String(allowed.retryAfterSeconds) });
  }
  const input = await parseJsonBody(request, ZComposeInput);
  if (!input.ok) return input.response;
  return Response.json(composeInvitation(input.data.profile, input.data.target), { headers: { "Cache-Control": "no-store" } });
});
