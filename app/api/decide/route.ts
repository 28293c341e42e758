import { ZDecideInput } from "@/lib/decide-input";
import { decide } from "@/lib/engine";
import { env } from "@/lib/env";
import { requestClientAddress } from "@/lib/http/client-address";
import { withErrorHandling } from "@/lib/http/handle";
import { jsonError, parseJsonBody } from "@/lib/http/json-body";
import { createRateLimiter } from "@/lib/http/rate-limit";

let limiter: ReturnType<typeof createRateLimiter> | undefined;

/** POST /api/decide — `{ profile, request }` → the decision. Schema: GET /api/decide/schema. */
export const POST = withErrorHandling(async function post(request: Request) {
  // Counted in this process's memory: the limit holds per server instance (README, "Configuration").
  limiter ??= createRateLimiter({ limit: env().DECIDE_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 });
  const allowed = limiter(requestClientAddress(request.headers));
  if (!allowed.ok) {
    return jsonError("tooManyRequests", "Too many requests. Please wait a moment and try again.", {}, { "Retry-After": String(allowed.retryAfterSeconds) });
  }
  const input = await parseJsonBody(request, ZDecideInput);
  if (!input.ok) return input.response;
  const { profile, request: connectionRequest, templateLanguage } = input.data;
  return Response.json(decide(profile, connectionRequest, { templateLanguage }), { headers: { "Cache-Control": "no-store" } });
});
