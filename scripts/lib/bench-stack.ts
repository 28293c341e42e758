import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";

import { buildFixture, buildKindly, startNext, type NextServer } from "./next-app.ts";
import { startNginx } from "./nginx-proxy.ts";
import { freePort } from "./pg-cluster.ts";

// What `npm run bench:web` and `npm run bench:api` measure: Kindly and a bare
// Next.js page (tests/fixtures/bare-next), Kindly under `npm start` and the page under `next start`,
// each one process on a loopback port, both behind one nginx configured from deploy/nginx/kindly.conf.

export const BARE_NEXT_DIR = "tests/fixtures/bare-next";
/** Where the bare page is built and served from (see buildFixture). */
const BARE_NEXT_BUILD_DIR = path.join(os.tmpdir(), "kindly-bare-next");
export const KINDLY_SCREENS = ["/en", "/en/questionnaire", "/en/policy", "/en/advice", "/fi", "/nb/advice"];

export type BenchPorts = { kindly: number; bare: number; kindlyProxy: number; bareProxy: number };

export async function benchPorts(): Promise<BenchPorts> {
  const ports = new Set<number>();
  while (ports.size < 4) ports.add(await freePort());
  const [kindly, bare, kindlyProxy, bareProxy] = [...ports] as [number, number, number, number];
  return { kindly, bare, kindlyProxy, bareProxy };
}

/** Kindly's public address in a run: its server block on nginx. */
export const kindlySiteUrl = (ports: BenchPorts) => `http://127.0.0.1:${ports.kindlyProxy}`;

/** Builds both apps; Kindly with SITE_URL set to the address it is measured at. */
export function buildBoth(ports: BenchPorts) {
  console.log("building Kindly (npm run build)…");
  buildKindly({ ...process.env, SITE_URL: kindlySiteUrl(ports) });
  console.log(`building the bare page (${BARE_NEXT_DIR}, copied to ${BARE_NEXT_BUILD_DIR})…`);
  buildFixture(BARE_NEXT_DIR, BARE_NEXT_BUILD_DIR);
}

export type Served = { server: NextServer; /** through nginx */ origin: string };
export type BenchStack = { kindly: Served; bare: Served; stop: () => Promise<void> };

/**
 * Starts both apps and nginx. Kindly trusts the proxy's address (nginx and the
 * load generator are both on 127.0.0.1) and its API limit is raised, so the
 * figures measure the routes, not the limiter.
 */
export async function startStack(options: { ports: BenchPorts; databaseUrl: string; dir: string; env?: NodeJS.ProcessEnv }): Promise<BenchStack> {
  const { ports, databaseUrl, dir } = options;
  const kindlyEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    DATABASE_URL: databaseUrl,
    SITE_URL: kindlySiteUrl(ports),
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    TRUSTED_PROXIES: "127.0.0.1",
    // lib/env.ts caps it at 1,000,000 a minute: far above what the load generator sends.
    DECIDE_RATE_LIMIT_PER_MINUTE: "1000000",
  };
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    const kindly = await startNext({
      label: "Kindly",
      kindly: true,
      port: ports.kindly,
      env: kindlyEnv,
      readyPath: "/api/health",
      logFile: path.join(dir, "kindly.log"),
    });
    stops.push(kindly.stop);
    const bare = await startNext({
      label: "bare page",
      dir: BARE_NEXT_BUILD_DIR,
      port: ports.bare,
      env: process.env,
      readyPath: "/",
      logFile: path.join(dir, "bare.log"),
    });
    stops.push(bare.stop);
    const nginx = await startNginx(path.join(dir, "nginx"), [
      { name: "kindly", upstreamPort: ports.kindly, listenPort: ports.kindlyProxy },
      { name: "bare", upstreamPort: ports.bare, listenPort: ports.bareProxy },
    ]);
    stops.push(nginx.stop);
    return {
      kindly: { server: kindly, origin: kindlySiteUrl(ports) },
      bare: { server: bare, origin: `http://127.0.0.1:${ports.bareProxy}` },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The machine's 1, 5 and 15 minute load averages. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** The line that opens a benchmark's report: when, which commit, on what machine. */
export function runHeader(): string {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    /* not a git checkout */
  }
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  return `${when} UTC, commit ${commit}, Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"})`;
}
