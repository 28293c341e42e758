import { spawnSync } from "node:child_process";
import path from "node:path";

import { precompressAssets } from "./brotli-assets.ts";
import { addCompileHints } from "./compile-hints.ts";

/**
 * `next build`, then V8 compile hints on the client chunks (compile-hints.ts)
 * and brotli copies of the scripts and styles (brotli-assets.ts), in that
 * order, so the compressed files carry the hints. Returns the exit status.
 */
export function buildApp(env: NodeJS.ProcessEnv = process.env): number {
  const next = path.join(process.cwd(), "node_modules/.bin/next");
  const build = spawnSync(next, ["build"], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) return build.status ?? 1;
  console.log(`Compile hints added to ${addCompileHints()} client chunk(s).`);
  console.log(`Brotli copies written for ${precompressAssets()} script and style file(s).`);
  return 0;
}
