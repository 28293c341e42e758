/**
 * `npm run bench:api`: load figures for the JSON API on both databases.
 *
 * Builds the app once (skip with --no-build), then for SQLite (a temporary
 * file) and PostgreSQL (a throwaway cluster) starts the built app with
 * scripts/start.ts (which migrates) on a free port and measures:
 *   1. GET /api/ping at full speed (50 connections) — the framework's ceiling;
 *   2. POST /api/decide at full speed (50 connections), as a share of 1;
 *   3. POST /api/decide at a fixed 200 requests/s (autocannon, 20 connections),
 *      and for reference the same rate sent evenly by this script;
 *   4. PUT /api/policy by 50 signed-in writers at once (autocannon, 50
 *      connections sharing a pool of 50 accounts), each account tracking
 *      its own policy version.
 * Prints the figures and a markdown table per database with PASS/FAIL per
 * target. A missed target does not fail the exit code (it is a benchmark);
 * an app that does not start or a request path that never succeeds does.
 *
 *   npx tsx scripts/bench-api.ts [--no-build] [--duration S]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

// @ts-expect-error -- autocannon ships no type declarations; the part used here is typed below.
import autocannonUntyped from "autocannon";
import pg from "pg";

import { buildApp } from "./lib/build.ts";
import { freePort, startPgCluster, type PgCluster } from "./lib/pg-cluster.ts";
import { serverProcesses } from "./lib/server-command.ts";
import { waitForApp } from "./lib/wait-for-app.ts";

// ---------------------------------------------------------------------------
// autocannon, typed for what this script uses

type CannonRequest = {
  method?: "GET" | "POST" | "PUT";
  path?: string;
  headers?: Record<string, string>;
  body?: string;
};
type CannonOptions = CannonRequest & {
  url: string;
  connections?: number;
  duration?: number;
  overallRate?: number;
  ignoreCoordinatedOmission?: boolean;
  /** Per request: `setupRequest` builds it, `onResponse` sees its answer; `context` is shared by the two. */
  requests?: (CannonRequest & {
    setupRequest?: (request: CannonRequest, context: Record<string, unknown>) => CannonRequest;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  })[];
};
type CannonResult = {
  requests: { mean: number; total: number };
  latency: { p50: number; p99: number; mean: number; max: number };
  "2xx": number;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
};
const autocannon = autocannonUntyped as (options: CannonOptions) => Promise<CannonResult>;

// ---------------------------------------------------------------------------
// settings

const args = process.argv.slice(2);
const durationArg = args.indexOf("--duration");
const DURATION_S = durationArg >= 0 ? Number(args[durationArg + 1]) : 10;
const WARMUP_S = 3;
const MAX_CONNECTIONS = 50;
const FIXED_RATE = 200;
const FIXED_RATE_CONNECTIONS = 20;
const WRITERS = 50;
// lib/env.ts caps DECIDE_RATE_LIMIT_PER_MINUTE at 1,000,000: far above what one client sends here.
const DECIDE_RATE_LIMIT = "1000000";

const TARGET_DECIDE_SHARE = 0.7;
const TARGET_FIXED_P99_MS = 50;
const TARGET_SAVES_P99_MS = 100;

const PROFILE = {
  displayName: "Aino",
  language: "en",
  linkedinUrl: "https://www.linkedin.com/in/aino-example",
  platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" } },
};
const DECIDE_BODY = JSON.stringify({ profile: PROFILE, request: { platform: "facebook", relationship: "client", requesterName: "Jussi" } });

const bin = (name: string) => path.join(process.cwd(), "node_modules/.bin", name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------
// clean-up: everything started is registered here and undone in reverse order,
// on success, on failure and on SIGINT/SIGTERM.

const cleanups: { name: string; run: () => Promise<void> | void }[] = [];
function onCleanup(name: string, run: () => Promise<void> | void) {
  const entry = { name, run };
  cleanups.push(entry);
  return async () => {
    const i = cleanups.indexOf(entry);
    if (i >= 0) cleanups.splice(i, 1);
    await run();
  };
}
async function cleanUpAll() {
  while (cleanups.length) {
    const { name, run } = cleanups.pop()!;
    try {
      await run();
    } catch (error) {
      console.error(`clean-up "${name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: cleaning up…`);
    void cleanUpAll().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------
// the app

function groupAlive(pid: number) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the app's whole process group (tsx → start.ts → server.ts): SIGTERM, then SIGKILL after 5 s. */
async function killGroup(child: ChildProcess) {
  const pid = child.pid;
  if (!pid || !groupAlive(pid)) return;
  process.kill(-pid, "SIGTERM");
  for (let waited = 0; waited < 5_000 && groupAlive(pid); waited += 100) await sleep(100);
  if (groupAlive(pid)) process.kill(-pid, "SIGKILL");
}

type App = { base: string; origin: string; stop: () => Promise<void> };

async function startApp(label: string, env: NodeJS.ProcessEnv, port: number, logFile: string): Promise<App> {
  const log = fs.openSync(logFile, "a");
  const child = spawn(bin("tsx"), ["scripts/start.ts", "--no-build", "--port", String(port)], {
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  fs.closeSync(log);
  const stop = onCleanup(`${label} app`, () => killGroup(child));
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  try {
    await waitForApp(`${base}/api/health`, child, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}:\n${tail(logFile)}`);
  }
  console.log(`${label}: app up on ${base} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { base, origin: env.SITE_URL!, stop };
}

function tail(file: string, lines = 30) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).map((l) => `    ${l}`).join("\n");
  } catch {
    return "    (no log)";
  }
}

// ---------------------------------------------------------------------------
// measurements

type Figures = { rps: number; p50: number; p99: number; ok: number; non2xx: number; errors: number; codes: string; extra?: string };

function codesOf(stats: Record<string, { count: number }>) {
  return Object.entries(stats).map(([code, { count }]) => `${code}×${count}`).join(" ");
}

/** An autocannon run's figures; requests/s counts every answer, whatever its status. */
function figuresOf(result: CannonResult): Figures {
  return {
    rps: result.requests.mean,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    codes: codesOf(result.statusCodeStats),
  };
}

async function cannon(options: CannonOptions): Promise<Figures> {
  return figuresOf(await autocannon(options));
}

function show(name: string, f: Figures) {
  const errors = f.non2xx || f.errors ? `  non-2xx ${f.non2xx} (${f.codes})  errors ${f.errors}` : "  non-2xx 0  errors 0";
  console.log(`  ${name.padEnd(34)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(f.p50)}  p99 ${ms(f.p99)}${errors}${f.extra ? `  ${f.extra}` : ""}`);
}
const ms = (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`;

function percentile(sorted: number[], p: number) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * POST /api/decide at `rate` requests/s sent evenly (one every 1000/rate ms,
 * keep-alive). autocannon's overallRate gives each connection a budget per
 * second that it spends at once when the second starts, so its "200 req/s"
 * arrives as a burst of 200 each second; this shows the same rate unbunched.
 */
async function pacedDecide(app: App, rate: number, durationS: number): Promise<Figures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const url = new URL(`${app.base}/api/decide`);
  const latencies: number[] = [];
  const codes: Record<string, number> = {};
  let errors = 0;
  const send = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const request = http.request(
        url,
        { method: "POST", agent, timeout: 10_000, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(DECIDE_BODY) } },
        (response) => {
          response.resume();
          response.on("end", () => {
            latencies.push(performance.now() - started);
            codes[response.statusCode ?? 0] = (codes[response.statusCode ?? 0] ?? 0) + 1;
            resolve();
          });
        },
      );
      request.on("timeout", () => request.destroy(new Error("timed out")));
      request.on("error", () => {
        errors++;
        resolve();
      });
      request.end(DECIDE_BODY);
    });
  const interval = 1000 / rate;
  const count = Math.round(rate * durationS);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = started + i * interval - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send());
  }
  await Promise.all(pending);
  const elapsedS = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const ok = Object.entries(codes).filter(([c]) => c.startsWith("2")).reduce((sum, [, n]) => sum + n, 0);
  return {
    rps: latencies.length / elapsedS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ok,
    non2xx: latencies.length - ok,
    errors,
    codes: Object.entries(codes).map(([code, n]) => `${code}×${n}`).join(" "),
  };
}

/** A request path is broken when it never succeeds; then the run fails. */
function requireSuccess(name: string, f: Figures) {
  if (f.ok === 0) throw new Error(`${name}: no request succeeded (non-2xx ${f.non2xx}: ${f.codes || "none"}; errors ${f.errors})`);
}

async function smoke(app: App) {
  const ping = await fetch(`${app.base}/api/ping`);
  const pingBody = (await ping.json().catch(() => null)) as { ok?: boolean } | null;
  if (ping.status !== 200 || pingBody?.ok !== true) throw new Error(`GET /api/ping answered ${ping.status} ${JSON.stringify(pingBody)}`);
  const decide = await fetch(`${app.base}/api/decide`, { method: "POST", headers: { "content-type": "application/json" }, body: DECIDE_BODY });
  const decision = (await decide.json().catch(() => null)) as { verdict?: string } | null;
  if (decide.status !== 200 || typeof decision?.verdict !== "string") {
    throw new Error(`POST /api/decide answered ${decide.status} ${JSON.stringify(decision).slice(0, 300)}`);
  }
}

async function signUp(app: App, i: number, runId: string): Promise<string> {
  const ip = `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;
  const response = await fetch(`${app.base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.origin, "x-forwarded-for": ip },
    body: JSON.stringify({ email: `bench-${runId}-${i}@example.com`, password: "quiet harbour lantern 42", name: `Writer ${i}` }),
  });
  if (!response.ok) throw new Error(`sign-up ${i} failed: ${response.status} ${(await response.text()).slice(0, 300)}`);
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!cookie) throw new Error(`sign-up ${i}: no session cookie in the answer`);
  return cookie.split(";")[0]!;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}

type Writer = { cookie: string; version: number; busy: boolean };

/**
 * 50 writers, one account each, each saving its own policy with the version it
 * last got back: autocannon with 50 connections, each request taking a writer
 * from a pool and putting it back with the new version when the answer comes
 * (at most 50 requests are under way, so a writer is never used twice at
 * once). A 409 (only possible if a save were lost or doubled) takes
 * `current.version`, goes on and is counted apart from errors.
 */
async function policySaves(app: App, writers: number, durationS: number): Promise<Figures & { conflicts: number }> {
  const runId = randomBytes(4).toString("hex");
  const signUpStarted = performance.now();
  const cookies = await mapLimit(Array.from({ length: writers }, (_, i) => i), 5, (i) => signUp(app, i, runId));
  console.log(`  signed up ${writers} accounts in ${((performance.now() - signUpStarted) / 1000).toFixed(1)} s`);

  // Each writer's first save creates its policy (version 1).
  const pool: Writer[] = await Promise.all(
    cookies.map(async (cookie) => {
      const response = await fetch(`${app.base}/api/policy`, {
        method: "PUT",
        headers: { "content-type": "application/json", origin: app.origin, cookie },
        body: JSON.stringify({ profile: PROFILE, baseVersion: 0 }),
      });
      const body = (await response.json().catch(() => null)) as { version?: number } | null;
      if (response.status !== 200 || typeof body?.version !== "number") {
        throw new Error(`PUT /api/policy: the first save failed: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      }
      return { cookie, version: body.version, busy: false };
    }),
  );

  const everyone = [...pool];
  let n = 0;
  let conflicts = 0;
  let firstError = "";
  const run = (duration: number) =>
    autocannon({
      url: app.base,
      connections: writers,
      duration,
      requests: [
        {
          method: "PUT",
          path: "/api/policy",
          setupRequest(request, context) {
            // A request that failed outright never gave its writer back; then an idle one, or at worst a busy
            // one (two saves from one writer at once: the 409s show it).
            const writer = pool.pop() ?? everyone.find((w) => !w.busy) ?? everyone[n % everyone.length]!;
            writer.busy = true;
            context.writer = writer;
            const body = JSON.stringify({ profile: { ...PROFILE, displayName: `Aino ${++n}` }, baseVersion: writer.version });
            return { ...request, headers: { "content-type": "application/json", origin: app.origin, cookie: writer.cookie }, body };
          },
          onResponse(status, body, context) {
            const writer = context.writer as Writer;
            try {
              const answer = JSON.parse(body) as { version?: number; current?: { version: number } | null };
              if (status === 200 && typeof answer.version === "number") writer.version = answer.version;
              else if (status === 409 && answer.current) {
                writer.version = answer.current.version;
                conflicts++;
              } else firstError ||= `${status} ${body.slice(0, 200)}`;
            } catch {
              firstError ||= `${status} ${body.slice(0, 200)}`;
            }
            if (writer.busy) pool.push(writer);
            writer.busy = false;
          },
        },
      ],
    });

  // The warm-up ends with a save under way for every writer, whose answer nobody reads: start again from
  // each writer's saved version.
  await run(WARMUP_S);
  await sleep(1_000); // let the cut-off saves land first
  pool.length = 0;
  for (const writer of everyone) {
    const response = await fetch(`${app.base}/api/policy`, { headers: { cookie: writer.cookie } });
    const saved = (await response.json().catch(() => null)) as { version?: number } | null;
    if (response.status !== 200 || typeof saved?.version !== "number") throw new Error(`GET /api/policy answered ${response.status} after the warm-up`);
    writer.version = saved.version;
    writer.busy = false;
    pool.push(writer);
  }
  conflicts = 0;
  firstError = "";
  const result = await run(durationS);
  return {
    ...figuresOf(result),
    // Saves that landed: a 409 or an error is a request but not a save.
    rps: result["2xx"] / (result.duration || durationS),
    extra: `409s ${conflicts}${firstError ? `  first error: ${firstError}` : ""}`,
    conflicts,
  };
}

// ---------------------------------------------------------------------------
// one database

type Row = { measurement: string; figures: Figures; target: string; verdict: string };
type DbResult = { database: string; rows: Row[]; error?: string };

async function measure(label: string, app: App, provider: "sqlite" | "postgresql"): Promise<Row[]> {
  await smoke(app);
  const decide = { url: `${app.base}/api/decide`, method: "POST" as const, headers: { "content-type": "application/json" }, body: DECIDE_BODY };

  console.log(`${label}: warming up (${WARMUP_S} s per route)`);
  await cannon({ url: `${app.base}/api/ping`, connections: 10, duration: WARMUP_S });
  await cannon({ ...decide, connections: 10, duration: WARMUP_S });

  console.log(`${label}: measuring (${DURATION_S} s each)`);
  const ping = await cannon({ url: `${app.base}/api/ping`, connections: MAX_CONNECTIONS, duration: DURATION_S });
  show(`GET /api/ping, ${MAX_CONNECTIONS} conn`, ping);
  requireSuccess("GET /api/ping", ping);

  const decideMax = await cannon({ ...decide, connections: MAX_CONNECTIONS, duration: DURATION_S });
  const share = decideMax.rps / ping.rps;
  decideMax.extra = `${(share * 100).toFixed(0)}% of ping`;
  show(`POST /api/decide, ${MAX_CONNECTIONS} conn`, decideMax);
  requireSuccess("POST /api/decide", decideMax);

  // autocannon "corrects" fixed-rate latencies for coordinated omission with an
  // interval of ceil(1/rate) = 1 ms, which adds a made-up sample for every
  // millisecond of each response and drags the percentiles down; the figures
  // here are the measured response times.
  const decideFixed = await cannon({ ...decide, connections: FIXED_RATE_CONNECTIONS, overallRate: FIXED_RATE, duration: DURATION_S, ignoreCoordinatedOmission: true });
  show(`POST /api/decide, ${FIXED_RATE} req/s`, decideFixed);
  requireSuccess(`POST /api/decide at ${FIXED_RATE} req/s`, decideFixed);

  const decidePaced = await pacedDecide(app, FIXED_RATE, DURATION_S);
  show(`POST /api/decide, ${FIXED_RATE} req/s evenly`, decidePaced);
  requireSuccess(`POST /api/decide at ${FIXED_RATE} req/s, evenly paced`, decidePaced);

  const saves = await policySaves(app, WRITERS, DURATION_S);
  show(`PUT /api/policy, ${WRITERS} writers`, saves);
  requireSuccess("PUT /api/policy", saves);

  const pass = (ok: boolean) => (ok ? "PASS" : "FAIL");
  const fixedFailures = decideFixed.errors + decideFixed.non2xx;
  return [
    { measurement: `GET /api/ping, ${MAX_CONNECTIONS} connections`, figures: ping, target: "ceiling (reference)", verdict: "—" },
    {
      measurement: `POST /api/decide, ${MAX_CONNECTIONS} connections`,
      figures: decideMax,
      target: `≥ ${TARGET_DECIDE_SHARE * 100}% of ping (${(share * 100).toFixed(0)}%)`,
      verdict: pass(share >= TARGET_DECIDE_SHARE),
    },
    {
      measurement: `POST /api/decide at ${FIXED_RATE} req/s, ${FIXED_RATE_CONNECTIONS} connections`,
      figures: decideFixed,
      target: `p99 ≤ ${TARGET_FIXED_P99_MS} ms, 0 errors`,
      verdict: pass(decideFixed.p99 <= TARGET_FIXED_P99_MS && fixedFailures === 0),
    },
    {
      measurement: `POST /api/decide at ${FIXED_RATE} req/s, evenly paced (not autocannon)`,
      figures: decidePaced,
      target: "reference: the same rate without autocannon's per-second bursts",
      verdict: "—",
    },
    {
      measurement: `PUT /api/policy, ${WRITERS} writers (one account each)`,
      figures: saves,
      target: provider === "sqlite" ? `0 errors, p99 ≤ ${TARGET_SAVES_P99_MS} ms` : "none (reported)",
      verdict: provider === "sqlite" ? pass(saves.errors === 0 && saves.p99 <= TARGET_SAVES_P99_MS) : "—",
    },
  ];
}

async function runDatabase(provider: "sqlite" | "postgresql", tmp: string): Promise<DbResult> {
  const label = provider === "sqlite" ? "SQLite" : "PostgreSQL";
  const result: DbResult = { database: label, rows: [] };
  let cluster: PgCluster | undefined;
  let app: App | undefined;
  let stopCluster: (() => Promise<void>) | undefined;
  try {
    let databaseUrl: string;
    if (provider === "sqlite") {
      databaseUrl = `file:${path.join(tmp, "bench.db")}`;
    } else {
      cluster = await startPgCluster();
      const started = cluster;
      stopCluster = onCleanup("PostgreSQL cluster", () => started.stop());
      const admin = new pg.Client({ connectionString: cluster.url() });
      await admin.connect();
      await admin.query('CREATE DATABASE "kindly_bench"');
      await admin.end();
      databaseUrl = cluster.url("kindly_bench");
      console.log(`${label}: throwaway cluster on port ${cluster.port}`);
    }
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      SITE_URL: `http://127.0.0.1:${port}`,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      DECIDE_RATE_LIMIT_PER_MINUTE: DECIDE_RATE_LIMIT,
    };
    app = await startApp(label, env, port, path.join(tmp, `${provider}-app.log`));
    result.rows = await measure(label, app, provider);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    console.error(`${label}: ${result.error}`);
  } finally {
    await app?.stop();
    await stopCluster?.();
  }
  return result;
}

// ---------------------------------------------------------------------------

function table(result: DbResult) {
  const header = ["measurement", "req/s (mean)", "p50", "p99", "non-2xx", "errors", "target", "result"];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`];
  for (const { measurement, figures: f, target, verdict } of result.rows) {
    const conflicts = (f as Figures & { conflicts?: number }).conflicts;
    const non2xx = conflicts === undefined ? String(f.non2xx) : `${f.non2xx} (409: ${conflicts})`;
    lines.push(`| ${measurement} | ${f.rps.toFixed(0)} | ${ms(f.p50)} | ${ms(f.p99)} | ${non2xx} | ${f.errors} | ${target} | ${verdict} |`);
  }
  return lines.join("\n");
}

async function main() {
  const loadBefore = os.loadavg().map((l) => l.toFixed(2)).join(" ");
  if (!args.includes("--no-build")) {
    console.log("building (npm run build)…");
    if (buildApp() !== 0) {
      console.error("the build failed");
      process.exit(1);
    }
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-bench-api-"));
  onCleanup("temporary folder", () => fs.rmSync(tmp, { recursive: true, force: true }));

  const results: DbResult[] = [];
  try {
    for (const provider of ["sqlite", "postgresql"] as const) {
      if (interrupted) break;
      results.push(await runDatabase(provider, tmp));
    }
  } finally {
    await cleanUpAll();
  }

  console.log(`\n${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${DURATION_S} s per measurement, ${serverProcesses()} server processes (WEB_CONCURRENCY), load average before the run ${loadBefore}\n`);
  for (const result of results) {
    console.log(`### ${result.database}\n`);
    if (result.rows.length) console.log(`${table(result)}\n`);
    if (result.error) console.log(`**Failed:** ${result.error}\n`);
  }
  if (results.some((r) => r.error)) process.exit(1);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await cleanUpAll();
  process.exit(1);
});
