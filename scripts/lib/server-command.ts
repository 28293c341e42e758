import os from "node:os";

import { parseEnv } from "../../lib/env.ts";

/**
 * The command that runs the production server (scripts/server.ts): Node itself
 * with tsx's loader, in one process. Under the `tsx` command the server would
 * be a child of a process that relays signals, so SIGKILL (the crash test) or
 * a supervisor's SIGTERM would stop the relay and leave the server running.
 */
export function serverCommand(port: number, hostname: string): [command: string, args: string[]] {
  return [process.execPath, ["--import", "tsx", "scripts/server.ts", "--port", String(port), "--hostname", hostname]];
}

/** How many server processes scripts/server.ts runs: WEB_CONCURRENCY, else one per core, at most 4. */
export function serverProcesses(source: Record<string, string | undefined> = process.env): number {
  return parseEnv(source).WEB_CONCURRENCY ?? Math.min(os.availableParallelism(), 4);
}
