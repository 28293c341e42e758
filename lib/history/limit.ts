import "server-only";

import { env } from "@/lib/env";
import { createRateLimiter, type RateLimitVerdict } from "@/lib/http/rate-limit";

// One budget per signed-in person for /api/history and the history actions together,
// counted in this process's memory like POST /api/decide (docs/decisions/0013-history.md).

let limiter: ReturnType<typeof createRateLimiter> | undefined;
let configured: number | undefined;

export function countHistoryRequest(userId: string): RateLimitVerdict {
  const limit = env().HISTORY_LIMIT_PER_MINUTE;
  if (!limiter || configured !== limit) {
    limiter = createRateLimiter({ limit, windowMs: 60_000 });
    configured = limit;
  }
  return limiter(userId);
}
