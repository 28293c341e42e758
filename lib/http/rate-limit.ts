import cluster, { type Cluster } from "node:cluster";
import { isIP } from "node:net";

// A fixed-window counter per client, in memory: cheap enough for the stateless
// engine API on every request. (Sign-in limits, which must hold across
// instances, are counted in the database by better-auth.) When the server runs
// as several worker processes (scripts/server.ts), the workers ask the primary,
// so one client's limit holds for the whole instance whichever worker serves it.

type Window = { start: number; count: number };
export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };
export type RateLimitOptions = { limit: number; windowMs: number };

/** Clients counted at once; past it the oldest window is dropped, so memory stays bounded whatever clients send. */
const MAX_CLIENTS = 100_000;

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

/** Set by scripts/server.ts on the workers it forks: their primary answers rate-limit questions. */
export const RATE_LIMITS_IN_PRIMARY = "KINDLY_RATE_LIMITS_IN_PRIMARY";
/** How long a worker waits for its primary before it counts on its own. */
const ANSWER_TIMEOUT_MS = 1_000;
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
 * by the primary in a worker of scripts/server.ts. A worker that cannot reach
 * its primary, or gets no answer within a second, counts on its own.
 */
export function serverRateLimiter(name: string, options: RateLimitOptions): (key: string) => Promise<RateLimitVerdict> {
  const local = createRateLimiter(options);
  if (!cluster.isWorker || !process.send || process.env[RATE_LIMITS_IN_PRIMARY] !== "1") return async (key) => local(key);
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
      const fallBack = () => {
        if (!waiting.delete(id)) return;
        clearTimeout(timer);
        resolve(local(key));
      };
      const timer = setTimeout(fallBack, ANSWER_TIMEOUT_MS);
      waiting.set(id, (verdict) => {
        clearTimeout(timer);
        resolve(verdict);
      });
      const ask: Ask = { type: ASK, id, name, key, ...options };
      process.send!(ask, undefined, {}, (error: Error | null) => {
        if (error) fallBack();
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

/**
 * The client's address as given by the proxy in front of the app (first
 * X-Forwarded-For hop, else X-Real-IP). Anything that is not an IP address
 * counts as one client, "unknown", so made-up values cannot fill the counters.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim() || "";
  return isIP(address) ? address : "unknown";
}
