/**
 * `npm run bench:api`: load figures for Kindly's API and its server's memory,
 * beside a bare Next.js page's server, on both databases.
 *
 * Builds Kindly and tests/fixtures/bare-next (skip with --no-build), then for
 * SQLite (a temporary file) and PostgreSQL (a throwaway cluster) migrates the
 * database, starts Kindly with `npm start` and the page with `next start` behind nginx (the config from
 * deploy/nginx/kindly.conf), and measures through nginx:
 *   1. resident memory of both servers after 200 loads of each screen (Kindly)
 *      and of the bare page;
 *   2. GET /api/ping and POST /api/decide at full speed (autocannon, 50
 *      connections), taking turns for ROUNDS rounds: the median round counts;
 *   3. PUT /api/policy by 50 signed-in writers at once, each account on its own
 *      connection saving its own policy with the version it last got back
 *      (compare-and-set), then a check that no save answered 2xx was lost;
 *   4. resident memory again after the API load.
 * Each load runs WARM_UP_S seconds first, not counted. Only 2xx answers count
 * as served. A missed target does not fail the exit code (it is a benchmark);
 * an app that does not start or a request path that never succeeds does.
 *
 *   npx tsx scripts/bench-api.ts [--no-build] [--duration S]
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

// @ts-expect-error -- autocannon ships no type declarations; the part used here is typed below.
import autocannonUntyped from "autocannon";

import { benchPorts, buildBoth, KINDLY_SCREENS, loadAverage, runHeader, startStack, type BenchStack } from "./lib/bench-stack.ts";
import { cleanUpAll, onCleanup, wasInterrupted } from "./lib/cleanups.ts";
import { ensureNginx } from "./lib/nginx-proxy.ts";
import { createDatabase, startPgCluster } from "./lib/pg-cluster.ts";
import { signUp } from "../tests/support/sign-up.ts";

// ---------------------------------------------------------------------------
// autocannon, typed for what this script uses

type CannonRequest = { method?: "GET" | "POST" | "PUT"; path?: string; headers?: Record<string, string>; body?: string };
type CannonOptions = CannonRequest & { url: string; connections: number; duration: number };
type CannonResult = {
  latency: { p50: number; p99: number };
  "2xx": number;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
};
const autocannon = autocannonUntyped as (options: CannonOptions) => PromiseLike<CannonResult>;

// ---------------------------------------------------------------------------
// settings

const args = process.argv.slice(2);
const DURATION_S = args.includes("--duration") ? Number(args[args.indexOf("--duration") + 1]) : 10;
const WARM_UP_S = 3;
/** Rounds of ping and decide, taking turns. */
const ROUNDS = 3;
const CONNECTIONS = 50;
const WRITERS = 50;
const PAGE_LOADS = 200;

const TARGET_DECIDE_SHARE = 0.7;
const TARGET_MEMORY_FACTOR = 3;

const PROFILE = {
  displayName: "Aino",
  language: "en",
  linkedinUrl: "https://www.linkedin.com/in/aino-example",
  platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" } },
};
const DECIDE_BODY = JSON.stringify({ profile: PROFILE, request: { platform: "facebook", relationship: "client", requesterName: "Jussi" } });

// ---------------------------------------------------------------------------
// measurements

type Load = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  codes: string;
  /** 2xx/s of every round, when the load ran in several. */
  rounds?: number[];
  note?: string;
};

/** `options` for WARM_UP_S seconds (not counted), then for DURATION_S; requests/s counts 2xx answers only. */
async function load(name: string, options: Omit<CannonOptions, "duration">): Promise<Load> {
  await autocannon({ ...options, duration: WARM_UP_S });
  const r = await autocannon({ ...options, duration: DURATION_S });
  const codes = Object.entries(r.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");
  const result = {
    name,
    rps: r["2xx"] / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r["2xx"],
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    codes,
  };
  console.log(
    `  ${name.padEnd(32)} ${result.rps.toFixed(0).padStart(6)} 2xx/s  p50 ${ms(result.p50)}  p99 ${ms(result.p99)}  non-2xx ${result.non2xx}  errors ${result.errors}  (${codes})`,
  );
  if (result.ok === 0) throw new Error(`${name}: no request succeeded (${codes || "no answers"}; errors ${result.errors})`);
  return result;
}

/**
 * Ping and decide take turns, ROUNDS times (the machine's speed drifts, and a
 * load measured first would meet a different machine from one measured
 * last); for each, the round with the median 2xx/s is reported, with the range.
 */
async function alternating(loads: { name: string; options: Omit<CannonOptions, "duration"> }[]): Promise<Load[]> {
  const runs = loads.map(() => [] as Load[]);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [i, { name, options }] of loads.entries()) runs[i]!.push(await load(`${name} (round ${round})`, options));
  }
  return runs.map((r, i) => {
    const sorted = [...r].sort((a, b) => a.rps - b.rps);
    const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
    return {
      ...middle,
      name: loads[i]!.name,
      errors: r.reduce((sum, x) => sum + x.errors, 0),
      non2xx: r.reduce((sum, x) => sum + x.non2xx, 0),
      rounds: r.map((x) => x.rps),
    };
  });
}
const ms = (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`;
const rate = (l: Load) =>
  l.rounds && l.rounds.length > 1 ? `${l.rps.toFixed(0)} (${Math.min(...l.rounds).toFixed(0)}–${Math.max(...l.rounds).toFixed(0)})` : l.rps.toFixed(0);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** `times` GETs of each path, 4 at a time, as a browser asks for them (compressed); any non-2xx fails the run. */
async function loadPages(origin: string, paths: string[], times: number) {
  const queue = paths.flatMap((p) => Array.from({ length: times }, () => p));
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let p = queue.pop(); p !== undefined; p = queue.pop()) {
        const response = await fetch(`${origin}${p}`, { headers: { "accept-encoding": "br, gzip" } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`GET ${origin}${p} answered ${response.status}`);
      }
    }),
  );
}

/**
 * One request, over `agent`: each writer has its own, bound to its own loopback
 * address (the whole of 127.0.0.0/8 reaches this machine), which nginx passes
 * on as the client's address. So each account is its own client, and the
 * sign-up limit per address is not what is measured.
 */
function send(agent: http.Agent, url: string, init: { method: string; headers: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; cookies: string[]; body: string }>((resolve, reject) => {
    const request = http.request(url, { method: init.method, headers: init.headers, agent }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, cookies: response.headers["set-cookie"] ?? [], body }));
    });
    request.on("error", reject);
    request.end(init.body);
  });
}

type Writer = {
  agent: http.Agent;
  cookie: string;
  /** The version its last save got back. */
  version: number;
  /** Saves answered 2xx, and the last one's displayName. */
  saved: number;
  lastSaved: string;
};

async function signUpWriter(origin: string, i: number, runId: string): Promise<Writer> {
  // One connection per writer, kept open, from the writer's own address.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.1.${i + 1}` });
  onCleanup(`writer ${i}`, () => agent.destroy());
  const json = { "content-type": "application/json", origin };
  // The tests' one sign-up helper, sent over this writer's own connection.
  const overAgent = async (request: Request) => {
    const answer = await send(agent, request.url, { method: request.method, headers: Object.fromEntries(request.headers), body: await request.text() });
    const headers = new Headers();
    for (const cookie of answer.cookies) headers.append("set-cookie", cookie);
    return new Response(answer.body, { status: answer.status, headers });
  };
  const { cookie } = await signUp(overAgent, {
    site: origin,
    email: `bench-${runId}-${i}@example.com`,
    password: "quiet harbour lantern 42",
    name: `Writer ${i}`,
  });
  // The first save creates the policy (version 1).
  const first = await send(agent, `${origin}/api/policy`, {
    method: "PUT",
    headers: { ...json, cookie },
    body: JSON.stringify({ profile: PROFILE, baseVersion: 0 }),
  });
  const version = (JSON.parse(first.body) as { version?: number }).version;
  if (first.status !== 200 || version !== 1) throw new Error(`the first save of writer ${i} answered ${first.status} ${first.body.slice(0, 200)}`);
  return { agent, cookie, version, saved: 1, lastSaved: PROFILE.displayName };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/**
 * All writers at once for `seconds`, each on its own connection saving its own
 * policy, one save after another, with the version its last save got back
 * (compare-and-set). Every save is awaited, so each writer knows exactly which
 * of its saves landed. (autocannon's per-request context is rebuilt when a
 * connection prepares its next request, before the answer comes, so it cannot
 * tell which writer an answer belongs to.) A 409 would mean the version
 * moved under the writer: it takes the current version and counts as a retry.
 */
async function saveLoad(origin: string, writers: Writer[], seconds: number) {
  const latencies: number[] = [];
  const codes: Record<string, number> = {};
  let n = 0;
  let retries = 0;
  let errors = 0;
  let firstError = "";
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    writers.map(async (writer) => {
      while (performance.now() < deadline) {
        const displayName = `Aino ${++n}`;
        const sent = performance.now();
        try {
          const answer = await send(writer.agent, `${origin}/api/policy`, {
            method: "PUT",
            headers: { "content-type": "application/json", origin, cookie: writer.cookie },
            body: JSON.stringify({ profile: { ...PROFILE, displayName }, baseVersion: writer.version }),
          });
          latencies.push(performance.now() - sent);
          codes[answer.status] = (codes[answer.status] ?? 0) + 1;
          const json = JSON.parse(answer.body) as { version?: number; current?: { version: number } | null };
          if (answer.status >= 200 && answer.status < 300 && typeof json.version === "number") {
            writer.version = json.version;
            writer.saved++;
            writer.lastSaved = displayName;
          } else if (answer.status === 409 && json.current) {
            writer.version = json.current.version;
            retries++;
          } else firstError ||= `${answer.status} ${answer.body.slice(0, 200)}`;
        } catch (error) {
          errors++;
          firstError ||= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const ok = Object.entries(codes).reduce((sum, [code, count]) => sum + (code.startsWith("2") ? count : 0), 0);
  return {
    ok,
    rps: ok / elapsedS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    non2xx: latencies.length - ok,
    retries,
    errors,
    firstError,
    codes,
  };
}

/** Each writer's saved policy must be at the version of its saves answered 2xx, and hold the last of them. */
async function lostUpdates(origin: string, writers: Writer[]): Promise<string[]> {
  const problems: string[] = [];
  for (const [i, writer] of writers.entries()) {
    const answer = await send(writer.agent, `${origin}/api/policy`, { method: "GET", headers: { cookie: writer.cookie } });
    const policy = JSON.parse(answer.body) as { version: number; profile: { displayName: string } };
    if (answer.status !== 200 || policy.version !== writer.saved || policy.profile.displayName !== writer.lastSaved) {
      problems.push(`writer ${i}: version ${policy.version} "${policy.profile.displayName}", expected ${writer.saved} "${writer.lastSaved}"`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// one database

type Memory = { kindly: number; bare: number };
type DbResult = {
  database: string;
  loads: Load[];
  memoryAfterPages?: Memory;
  memoryAfterApi?: Memory;
  decideShare?: number;
  saveErrors?: number;
  lost?: string[];
  error?: string;
};

async function measure(stack: BenchStack, result: DbResult) {
  const { kindly, bare } = stack;
  const decide = await fetch(`${kindly.origin}/api/decide`, { method: "POST", headers: { "content-type": "application/json" }, body: DECIDE_BODY });
  if (decide.status !== 200) throw new Error(`POST /api/decide answered ${decide.status} ${(await decide.text()).slice(0, 300)}`);

  const started = Date.now();
  await loadPages(kindly.origin, KINDLY_SCREENS, PAGE_LOADS);
  await loadPages(bare.origin, ["/"], PAGE_LOADS);
  result.memoryAfterPages = { kindly: kindly.server.residentBytes(), bare: bare.server.residentBytes() };
  console.log(
    `  ${PAGE_LOADS} loads of each page in ${((Date.now() - started) / 1000).toFixed(1)} s; resident memory: Kindly ${mib(result.memoryAfterPages.kindly)}, bare page ${mib(result.memoryAfterPages.bare)}`,
  );

  const [ping, decideLoad] = (await alternating([
    { name: "GET /api/ping", options: { url: `${kindly.origin}/api/ping`, connections: CONNECTIONS } },
    {
      name: "POST /api/decide",
      options: {
        url: `${kindly.origin}/api/decide`,
        connections: CONNECTIONS,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: DECIDE_BODY,
      },
    },
  ])) as [Load, Load];
  result.decideShare = decideLoad.rps / ping.rps;

  const runId = randomBytes(4).toString("hex");
  const signUpStarted = Date.now();
  const writers: Writer[] = [];
  for (let i = 0; i < WRITERS; i++) writers.push(await signUpWriter(kindly.origin, i, runId));
  console.log(`  signed up ${WRITERS} writers in ${((Date.now() - signUpStarted) / 1000).toFixed(1)} s`);
  await saveLoad(kindly.origin, writers, WARM_UP_S);
  const saves = await saveLoad(kindly.origin, writers, DURATION_S);
  const codes = Object.entries(saves.codes)
    .map(([code, count]) => `${code}×${count}`)
    .join(" ");
  const saveLoadFigures: Load = {
    name: `PUT /api/policy, ${WRITERS} writers`,
    ...saves,
    codes,
    note: `409 retries ${saves.retries}${saves.firstError ? `; first error: ${saves.firstError}` : ""}`,
  };
  console.log(
    `  ${saveLoadFigures.name.padEnd(32)} ${saves.rps.toFixed(0).padStart(6)} 2xx/s  p50 ${ms(saves.p50)}  p99 ${ms(saves.p99)}  non-2xx ${saves.non2xx}  errors ${saves.errors}  (${codes})`,
  );
  if (saves.ok === 0) throw new Error(`PUT /api/policy: no save succeeded (${codes || "no answers"}; ${saves.firstError})`);
  result.saveErrors = saves.non2xx - saves.retries + saves.errors;
  result.lost = await lostUpdates(kindly.origin, writers);
  result.loads = [ping, decideLoad, saveLoadFigures];
  result.memoryAfterApi = { kindly: kindly.server.residentBytes(), bare: bare.server.residentBytes() };
  console.log(
    `  after the API load: Kindly ${mib(result.memoryAfterApi.kindly)}, bare page ${mib(result.memoryAfterApi.bare)}; lost updates ${result.lost.length}`,
  );
}

async function runDatabase(provider: "sqlite" | "postgresql", ports: Awaited<ReturnType<typeof benchPorts>>, tmp: string): Promise<DbResult> {
  const label = provider === "sqlite" ? "SQLite" : "PostgreSQL";
  const result: DbResult = { database: label, loads: [] };
  const stops: (() => Promise<void>)[] = [];
  try {
    let databaseUrl = `file:${path.join(tmp, "kindly.db")}`;
    if (provider === "postgresql") {
      const cluster = await startPgCluster();
      stops.push(onCleanup("PostgreSQL cluster", () => cluster.stop()));
      databaseUrl = (await createDatabase(cluster.url(), "kindly_bench")).url;
    }
    const dir = fs.mkdtempSync(path.join(tmp, `${provider}-`));
    const stack = await startStack({ ports, databaseUrl, dir });
    stops.push(stack.stop);
    console.log(`${label}: Kindly at ${stack.kindly.origin}, the bare page at ${stack.bare.origin} (nginx)`);
    await measure(stack, result);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    console.error(`${label}: ${result.error}`);
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
  return result;
}

// ---------------------------------------------------------------------------

function tables(result: DbResult): string {
  const check = (ok: boolean) => (ok ? "✓" : "✗");
  const [ping, decide, saves] = result.loads;
  const lines: string[] = [];
  if (ping && decide && saves) {
    lines.push(
      "| measurement | 2xx/s (range of rounds) | p50 | p99 | non-2xx | errors | target | result |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
    );
    lines.push(
      `| GET /api/ping, ${CONNECTIONS} connections | ${rate(ping)} | ${ms(ping.p50)} | ${ms(ping.p99)} | ${ping.non2xx} | ${ping.errors} | reference | — |`,
    );
    const share = result.decideShare ?? 0;
    lines.push(
      `| POST /api/decide, ${CONNECTIONS} connections | ${rate(decide)} | ${ms(decide.p50)} | ${ms(decide.p99)} | ${decide.non2xx} | ${decide.errors} | ≥ ${TARGET_DECIDE_SHARE * 100} % of ping: ${(share * 100).toFixed(1)} % | ${check(share >= TARGET_DECIDE_SHARE)} |`,
    );
    const lost = result.lost?.length ?? 0;
    lines.push(
      `| PUT /api/policy, ${WRITERS} signed-in writers | ${saves.rps.toFixed(0)} | ${ms(saves.p50)} | ${ms(saves.p99)} | ${saves.non2xx} (${saves.note}) | ${saves.errors} | 0 errors, 0 lost updates: ${result.saveErrors} errors, ${lost} lost | ${check(result.saveErrors === 0 && lost === 0)} |`,
    );
  }
  const pages = result.memoryAfterPages;
  const api = result.memoryAfterApi;
  if (pages) {
    const factor = pages.kindly / pages.bare;
    lines.push(
      "",
      "| resident memory (next-server and children) | Kindly | bare page | Kindly ÷ bare | target | result |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    lines.push(
      `| after ${PAGE_LOADS} loads of each page | ${mib(pages.kindly)} | ${mib(pages.bare)} | ${factor.toFixed(2)} | ≤ ${TARGET_MEMORY_FACTOR} × bare | ${check(factor <= TARGET_MEMORY_FACTOR)} |`,
    );
    if (api) lines.push(`| again after the API load | ${mib(api.kindly)} | ${mib(api.bare)} | ${(api.kindly / api.bare).toFixed(2)} | reported | — |`);
  }
  if (result.lost?.length) lines.push("", `Lost updates: ${result.lost.slice(0, 5).join("; ")}`);
  if (result.error) lines.push("", `**Failed:** ${result.error}`);
  return lines.join("\n");
}

async function main() {
  ensureNginx();
  const loadStart = loadAverage();
  const ports = await benchPorts();
  if (!args.includes("--no-build")) buildBoth(ports);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-bench-api-"));
  onCleanup("temporary folder", () => fs.rmSync(tmp, { recursive: true, force: true }));

  const results: DbResult[] = [];
  try {
    for (const provider of ["sqlite", "postgresql"] as const) {
      if (wasInterrupted()) break;
      results.push(await runDatabase(provider, ports, tmp));
    }
  } finally {
    await cleanUpAll();
  }

  console.log(`\n${runHeader()}`);
  console.log(
    `Through nginx (deploy/nginx/kindly.conf), one next-server process per app; autocannon, ${WARM_UP_S} s warm-up + ${DURATION_S} s counted per load; ping and decide in ${ROUNDS} alternating rounds, the median round shown; 2xx answers only count as served.`,
  );
  console.log(`Load average (1/5/15 min): ${loadStart} at the start, ${loadAverage()} at the end.\n`);
  for (const result of results) console.log(`### ${result.database}\n\n${tables(result)}\n`);
  if (results.some((r) => r.error)) process.exit(1);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await cleanUpAll();
  process.exit(1);
});
