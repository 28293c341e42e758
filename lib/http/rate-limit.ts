// A fixed-window counter per client, in this process's memory: a guard
// against floods of POST /api/decide, a pure computation that costs less than
// a database write would. It holds per server instance. (Sign-in limits, which
// must hold across instances, are counted in the database by better-auth.)

export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };
export type RateLimitOptions = { limit: number; windowMs: number };

/** Clients counted at once; past it the oldest window is dropped, so memory stays bounded whatever clients send. */
const MAX_CLIENTS = 100_000;

export function createRateLimiter({ limit, windowMs }: RateLimitOptions) {
  const windows = new Map<string, { start: number; count: number }>();

  return function check(key: string, now = Date.now()): RateLimitVerdict {
    const current = windows.get(key);
    if (!current || now - current.start >= windowMs) {
      // Re-inserted, so the map's order stays oldest window first.
      windows.delete(key);
      if (windows.size >= MAX_CLIENTS) windows.delete(windows.keys().next().value!);
      windows.set(key, { start: now, count: 1 });
      return { ok: true };
    }
    current.count += 1;
    if (current.count <= limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((current.start + windowMs - now) / 1000)) };
  };
}
