/**
 * `npm run bench:api`: load figures for the JSON API on both databases.
 *
 * Builds the app once (skip with --no-build), then for SQLite (a temporary
 * file) and PostgreSQL (a throwaway cluster) starts the built app with
 * scripts/start.ts (which migrates) on a free port and measures:
 *   1. GET /api/ping at full speed (50 connections) — the framework's ceiling;
 *   2. POST /api/decide at full speed (50 connections), as a share of 1;
 *   3. POST /api/decide at a steady 200 requests/s: 200 autocannon clients of
 *      one request a second each, started 5 ms apart;
 *   4. PUT /api/policy by 50 signed-in writers at once (autocannon, 50
 *      connections sharing a pool of 50 accounts), each account tracking
 *      its own policy version.
 * Each load runs SETTLE_S seconds longer than it is measured, on the same
 * connections: answers in those first seconds (new connections being handed
 * to the server processes, cold code) are left out of the figures but shown
 * apart (the p99 of the whole run and when every connection had answered).
 * Prints the figures and a markdown table per database with PASS/FAIL per
 * target. A missed target does not fail the exit code (it is a benchmark);
 * an app that does not start or a request path that never succeeds does.
 *
 *   npx tsx scripts/bench-api.ts [--no-build] [--duration S]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

// @ts-expect-error -- autocannon ships no type declarations; the part used here is typed below.
import autocannonUntyped from "autocannon";
import pg from "pg";

import { build as buildApp } from "./lib/generate.mjs";
import { freePort, startPgCluster, type PgCluster } from "./lib/pg-cluster.ts";
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
  connectionRate?: number;
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
/** A running load: awaiting it gives the result; "response" reports every answer as it comes. */
type CannonRun = PromiseLike<CannonResult> & {
  on(event: "response", listener: (client: object, status: number, bytes: number, latencyMs: number) => void): CannonRun;
};
const autocannon = autocannonUntyped as (options: CannonOptions) => CannonRun;

// ---------------------------------------------------------------------------
// settings

const args = process.argv.slice(2);
const durationArg = args.indexOf("--duration");
const DURATION_S = durationArg >= 0 ? Number(args[durationArg + 1]) : 10;
/** Seconds each load runs on its connections before its answers count. */
const SETTLE_S = 3;
const MAX_CONNECTIONS = 50;
const FIXED_RATE = 200;
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

type Figures = {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  codes: string;
  /** p99 over the whole run, the settling seconds included. */
  p99All: number;
  /** Seconds from the start until every connection had its first answer. */
  connectedS: number;
  extra?: string;
};

function percentile(sorted: number[], p: number) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs each load for SETTLE_S + DURATION_S seconds, the k-th starting
 * k × `spacingMs` after the first, and counts only the answers that come back
 * in the last DURATION_S seconds of the first one. requests/s counts every
 * answer in that window, or with `okOnly` the 2xx ones; non-2xx and errors
 * count the whole run, so a failure while settling still shows.
 */
async function measured(loads: CannonOptions[], { spacingMs = 0, okOnly = false } = {}): Promise<Figures> {
  const samples: { at: number; latencyMs: number; status: number }[] = [];
  const firstAnswer = new Map<object, number>();
  const started = performance.now();
  const runs = loads.map(async (options, k) => {
    if (k > 0) await sleep(started + k * spacingMs - performance.now());
    const run = autocannon({ ...options, duration: SETTLE_S + DURATION_S });
    run.on("response", (client, status, _bytes, latencyMs) => {
      const at = performance.now() - started;
      samples.push({ at, latencyMs, status });
      if (!firstAnswer.has(client)) firstAnswer.set(client, at);
    });
    return run;
  });
  const results = await Promise.all(runs);

  const from = SETTLE_S * 1000;
  const to = from + DURATION_S * 1000;
  const counted = samples.filter((s) => s.at >= from && s.at < to);
  const latencies = counted.map((s) => s.latencyMs).sort((a, b) => a - b);
  const everything = samples.map((s) => s.latencyMs).sort((a, b) => a - b);
  const codes: Record<string, number> = {};
  for (const result of results) {
    for (const [code, { count }] of Object.entries(result.statusCodeStats)) codes[code] = (codes[code] ?? 0) + count;
  }
  const connections = loads.reduce((sum, l) => sum + (l.connections ?? 10), 0);
  return {
    rps: counted.filter((s) => !okOnly || (s.status >= 200 && s.status < 300)).length / DURATION_S,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ok: results.reduce((sum, r) => sum + r["2xx"], 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    codes: Object.entries(codes).map(([code, n]) => `${code}×${n}`).join(" "),
    p99All: percentile(everything, 99),
    // A connection that never answered keeps this at the whole run.
    connectedS: (firstAnswer.size < connections ? performance.now() - started : Math.max(...firstAnswer.values())) / 1000,
  };
}

function show(name: string, f: Figures) {
  const errors = f.non2xx || f.errors ? `  non-2xx ${f.non2xx} (${f.codes})  errors ${f.errors}` : "  non-2xx 0  errors 0";
  const settling = `  [whole run p99 ${ms(f.p99All)}, all connected ${f.connectedS.toFixed(1)} s]`;
  console.log(`  ${name.padEnd(34)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(f.p50)}  p99 ${ms(f.p99)}${errors}${f.extra ? `  ${f.extra}` : ""}${settling}`);
}
const ms = (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`;

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
async function policySaves(app: App, writers: number): Promise<Figures & { conflicts: number }> {
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
  const figures = await measured(
    [
      {
        url: app.base,
        connections: writers,
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
      },
    ],
    // Saves that landed: a 409 or an error is a request but not a save.
    { okOnly: true },
  );
  return { ...figures, extra: `409s ${conflicts}${firstError ? `  first error: ${firstError}` : ""}`, conflicts };
}

// ---------------------------------------------------------------------------
// one database

type Row = { measurement: string; figures: Figures; target: string; verdict: string };
type DbResult = { database: string; rows: Row[]; error?: string };

async function measure(label: string, app: App, provider: "sqlite" | "postgresql"): Promise<Row[]> {
  await smoke(app);
  const decide = { url: `${app.base}/api/decide`, method: "POST" as const, headers: { "content-type": "application/json" }, body: DECIDE_BODY };

  console.log(`${label}: measuring (${SETTLE_S} s to settle + ${DURATION_S} s counted, each)`);
  const ping = await measured([{ url: `${app.base}/api/ping`, connections: MAX_CONNECTIONS }]);
  show(`GET /api/ping, ${MAX_CONNECTIONS} conn`, ping);
  requireSuccess("GET /api/ping", ping);

  const decideMax = await measured([{ ...decide, connections: MAX_CONNECTIONS }]);
  const share = decideMax.rps / ping.rps;
  decideMax.extra = `${(share * 100).toFixed(0)}% of ping`;
  show(`POST /api/decide, ${MAX_CONNECTIONS} conn`, decideMax);
  requireSuccess("POST /api/decide", decideMax);

  // A steady rate. autocannon's own overallRate/connectionRate lets each connection spend its budget for a
  // second at once when the second starts, so "200 req/s" would arrive as one burst a second; 200 clients of
  // one request a second, started 1000/200 ms apart, send one request every 5 ms instead. (autocannon's
  // coordinated-omission correction is off: the figures are the measured response times.)
  const decideFixed = await measured(
    Array.from({ length: FIXED_RATE }, () => ({ ...decide, connections: 1, connectionRate: 1, ignoreCoordinatedOmission: true })),
    { spacingMs: 1000 / FIXED_RATE },
  );
  show(`POST /api/decide, ${FIXED_RATE} req/s`, decideFixed);
  requireSuccess(`POST /api/decide at ${FIXED_RATE} req/s`, decideFixed);

  const saves = await policySaves(app, WRITERS);
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
      measurement: `POST /api/decide at ${FIXED_RATE} req/s (${FIXED_RATE} clients, 1 req/s each)`,
      figures: decideFixed,
      target: `p99 ≤ ${TARGET_FIXED_P99_MS} ms, 0 errors`,
      verdict: pass(decideFixed.p99 <= TARGET_FIXED_P99_MS && fixedFailures === 0),
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
  const header = ["measurement", "req/s (mean)", "p50", "p99", "non-2xx", "errors", "target", "result", "whole-run p99 / all connected"];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`];
  for (const { measurement, figures: f, target, verdict } of result.rows) {
    const conflicts = (f as Figures & { conflicts?: number }).conflicts;
    const non2xx = conflicts === undefined ? String(f.non2xx) : `${f.non2xx} (409: ${conflicts})`;
    lines.push(`| ${measurement} | ${f.rps.toFixed(0)} | ${ms(f.p50)} | ${ms(f.p99)} | ${non2xx} | ${f.errors} | ${target} | ${verdict} | ${ms(f.p99All)} / ${f.connectedS.toFixed(1)} s |`);
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

  console.log(`\n${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${SETTLE_S} s to settle + ${DURATION_S} s counted per measurement, load average before the run ${loadBefore}\n`);
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
