import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { ensureChromium } from "./ensure-chromium.ts";
import { ensureCaddy } from "./lib/caddy-proxy.ts";
import { ensureNginx } from "./lib/nginx-proxy.ts";
import { createDatabase, startPgCluster } from "./lib/pg-cluster.ts";

// `npm test`: every check, in order, each with its own runner's summary.
// Exits non-zero when any step fails (later steps still run, so one report shows everything).

const bin = (name: string) => path.join(process.cwd(), "node_modules/.bin", name);
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", FORCE_COLOR: "0" };

type Step = { name: string; run: () => number | Promise<number> };

const command =
  (cmd: string, args: string[], env: Record<string, string> = {}) =>
  () =>
    spawnSync(cmd, args, { stdio: "inherit", env: { ...baseEnv, ...env } }).status ?? 1;

/** The account flows once more in Chromium, with the app on a throwaway PostgreSQL database. */
async function e2eOnPostgres(): Promise<number> {
  const cluster = await startPgCluster();
  try {
    const database = await createDatabase(cluster.url(), "kindly_e2e");
    // Its own output folder: Playwright empties the folder it writes to, and the first run's screenshots
    // (test-results/screenshots) are the artifacts people look at.
    return command(bin("playwright"), ["test", "tests/e2e/accounts.spec.ts", "tests/e2e/main-path.spec.ts", "--output=test-results/postgres"], {
      KINDLY_E2E_PORT: "3101",
      KINDLY_E2E_DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: "kindly-e2e-postgres-secret-0123456789abcdef",
    })();
  } finally {
    cluster.stop();
  }
}

const steps: Step[] = [
  { name: "format (Prettier)", run: command(bin("prettier"), ["--check", "."]) },
  { name: "lint", run: command(bin("eslint"), ["--max-warnings=0", "."]) },
  { name: "type check", run: command(bin("tsc"), ["--noEmit"]) },
  { name: "migrations check (SQLite + PostgreSQL)", run: command(bin("tsx"), ["scripts/db.ts", "check"]) },
  { name: "unit tests (Vitest)", run: command(bin("vitest"), ["run", "--project", "unit"]) },
  { name: "integration tests on SQLite and PostgreSQL (Vitest)", run: command(bin("vitest"), ["run", "--project", "integration"]) },
  { name: "production build", run: command(process.execPath, ["scripts/build.mjs"]) },
  {
    name: "end-to-end tests in Chromium (Playwright)",
    run: () => {
      ensureChromium();
      // tests/e2e/proxy.spec.ts serves the app through the documented nginx and Caddy configurations.
      ensureNginx();
      ensureCaddy();
      fs.rmSync(".tmp/e2e", { recursive: true, force: true });
      return command(bin("playwright"), ["test"])();
    },
  },
  { name: "end-to-end account flows on PostgreSQL (Playwright)", run: e2eOnPostgres },
];

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.startsWith(o))) continue;
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  let status: number;
  try {
    status = await step.run();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    status = 1;
  }
  results.push({ name: step.name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log("\n━━ Summary ━━");
for (const r of results) console.log(`${r.ok ? "PASS" : "FAIL"}  ${r.name}  (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} steps passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
