import cluster, { type Cluster } from "node:cluster";

// A fixed-window counter per client, in memory: cheap enough for the stateless
// engine API on every request. (Sign-in limits, which must hold across
// instances, are counted in the database by better-auth.) When the server runs
// as several worker processes (scripts/server.ts), the workers ask the primary,
// so one client's limit holds for the whole instance whichever worker serves it.

type Window = { start: number; count: number };
export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };
export type RateLimitOptions = { limit: number; windowMs: number };

export function createRateLimiter({ limit, windowMs }: RateLimitOptions) {
  const windows = new Map<string, Window>();
  let lastSweep = Date.now();

  return function check(key: string, now = Date.now()): RateLimitVerdict {
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

const ASK = "kindly:rate-limit";
const ANSWER = "kindly:rate-limit-answer";
type Ask = { type: typeof ASK; id: number; name: string; key: string } & RateLimitOptions;
type Answer = { type: typeof ANSWER; id: number; verdict: RateLimitVerdict };

const isAsk = (m: unknown): m is Ask =>
  typeof m === "object" && m !== null && (m as Ask).type === ASK && typeof (m as Ask).id === "number" &&
  typeof (m as Ask).name === "string" && typeof (m as Ask).key === "string" &&
  Number.isInteger((m as Ask).limit) && Number.isInteger((m as Ask).windowMs);
const isAnswer = (m: unknown): m is Answer => typeof m === "object" && m !== null && (m as Answer).type === ANSWER;

const waiting = new Map<number, (verdict: RateLimitVerdict) => void>();
let lastId = 0;
let listening = false;

/**
 * The limiter named `name` for this server: counted here in a single process,
 * by the primary in a cluster worker. A worker that cannot reach its primary
 * (it is going away with it) counts on its own.
 */
export function serverRateLimiter(name: string, options: RateLimitOptions): (key: string) => Promise<RateLimitVerdict> {
  const local = createRateLimiter(options);
  if (!cluster.isWorker || !process.send) return async (key) => local(key);
  if (!listening) {
    listening = true;
    process.on("message", (message: unknown) => {
      if (!isAnswer(message)) return;
      waiting.get(message.id)?.(message.verdict);
      waiting.delete(message.id);
    });
  }
  return (key) =>
    new Promise((resolve) => {
      const id = ++lastId;
      waiting.set(id, resolve);
      const ask: Ask = { type: ASK, id, name, key, ...options };
      process.send!(ask, undefined, {}, (error: Error | null) => {
        if (!error) return;
        waiting.delete(id);
        resolve(local(key));
      });
    });
}

/** In the primary of a clustered server: answers the workers' `serverRateLimiter` questions. */
export function answerRateLimits(primary: Cluster): void {
  const limiters = new Map<string, ReturnType<typeof createRateLimiter>>();
  primary.on("message", (worker, message: unknown) => {
    if (!isAsk(message)) return;
    const id = `${message.name}\n${message.limit}\n${message.windowMs}`;
    let check = limiters.get(id);
    if (!check) limiters.set(id, (check = createRateLimiter(message)));
    const answer: Answer = { type: ANSWER, id: message.id, verdict: check(message.key) };
    if (worker.isConnected()) worker.send(answer);
  });
}

/** The client's address as given by the proxy in front of the app (first X-Forwarded-For hop). */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
