import "server-only";

import { expireHistory } from "@/lib/data/history";
import type { Db } from "@/lib/db-client";

// Server-side expiry of the decision history: a timer in the server process, started
// once from Next's instrumentation register() (instrumentation.ts), sweeps every
// person's expired entries at start and then every hour, whether or not anyone visits
// (docs/decisions/0013-history.md). Several instances may sweep the same database:
// each sweep is two idempotent DELETEs.

export const EXPIRY_INTERVAL_MS = 60 * 60 * 1000;

export type ExpiryOptions = { intervalMs?: number; onSwept?: (deleted: number) => void };

/** Starts sweeping `database` (or the database `database()` returns at each sweep); returns a function that stops it. */
export function startHistoryExpiry(database: Db | (() => Db), { intervalMs = EXPIRY_INTERVAL_MS, onSwept }: ExpiryOptions = {}): () => void {
  let running = false;
  let stopped = false;
  const sweep = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const deleted = await expireHistory(typeof database === "function" ? database() : database);
      onSwept?.(deleted);
    } catch (error) {
      // The database may be away for a while; the next sweep tries again. No values in the log.
      const code = (error as { code?: unknown })?.code;
      console.warn(`[history] expiry sweep failed${typeof code === "string" ? ` (${code})` : ""}; retrying in ${Math.round(intervalMs / 1000)} s`);
    } finally {
      running = false;
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
