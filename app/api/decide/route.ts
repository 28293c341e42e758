import { ZDecideInput } from "@/lib/decide-input";
import { decide } from "@/lib/engine";
import { env } from "@/lib/env";
import { withErrorHandling } from "@/lib/http/handle";
import { fieldErrors, jsonError, readJsonBody } from "@/lib/http/json-body";
import { clientKey, serverRateLimiter } from "@/lib/http/rate-limit";

let limiter: ReturnType<typeof serverRateLimiter> | undefined;

/** POST /api/decide — `{ profile, request }` → the decision. Schema: GET /api/decide/schema. */
export const POST = withErrorHandling(async function post(request: Request) {
  limiter ??= serverRateLimiter("decide", { limit: env().DECIDE_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 });
  const allowed = await limiter(clientKey(request.headers));
  if (!allowed.ok) {
    return jsonError(429, "Too many requests. Please wait a moment and try again.", {}, { "Retry-After": String(allowed.retryAfterSeconds) });
  }
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;

  const parsed = ZDecideInput.safeParse(body.data);
  if (!parsed.success) {
    return jsonError(400, "The input is not valid.", { fieldErrors: fieldErrors(parsed.error) });
  }
  const { profile, request: connectionRequest, templateLanguage } = parsed.data;
  return Response.json(decide(profile, connectionRequest, { templateLanguage }), { headers: { "Cache-Control": "no-store" } });
});
