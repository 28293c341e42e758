// A fixed-window counter per client, in this instance's memory: cheap enough
// for the stateless engine API on every request. (Sign-in limits, which must
// hold across instances, are counted in the database by better-auth.)

type Window = { start: number; count: number };

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const windows = new Map<string, Window>();
  let lastSweep = Date.now();

  return function check(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    if (now - lastSweep > windowMs) {
      for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      lastSweep = now;
    }
    const current = windows.get(key);
    if (!current || now - current.start >= windowMs) {
      windows.set(key, { start: now, count: 1 });
      return { ok: true };
    }
    current.count += 1;
    if (current.count <= limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((current.start + windowMs - now) / 1000)) };
  };
}

/** The client's address as given by the proxy in front of the app (first X-Forwarded-For hop). */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
