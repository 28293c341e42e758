import { spawnSync } from "node:child_process";
import path from "node:path";

import { addCompileHints } from "./compile-hints.ts";

/** `next build`, then V8 compile hints on the client chunks (see compile-hints.ts). Returns the exit status. */
export function buildApp(env: NodeJS.ProcessEnv = process.env): number {
  const next = path.join(process.cwd(), "node_modules/.bin/next");
  const build = spawnSync(next, ["build"], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) return build.status ?? 1;
  console.log(`Compile hints added to ${addCompileHints()} client chunk(s).`);
  return 0;
}
