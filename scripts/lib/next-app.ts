import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { onCleanup } from "./cleanups.ts";
import { waitForApp } from "./wait-for-app.ts";

// Building and serving a Next.js app the way production does: Kindly with
// `npm run build` and `npm start` (scripts/build.mjs, scripts/start.mjs: one
// process, migrations first), the bare page with `next build` and `next start`.

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}

/** `npm run build` (SITE_URL in `env`: canonical links are built with it). */
export function buildKindly(env: NodeJS.ProcessEnv) {
  run("npm run build", process.execPath, ["scripts/build.mjs"], env);
}

/**
 * A second app built by the project's own `next` (`next build <buildDir>`), from a
 * copy of `sourceDir` at `buildDir` with the project's node_modules linked in:
 * Next 16.4.5's Turbopack takes a proxy.ts in any folder above an app for the
 * app's own, so inside this repository the copy would get Kindly's.
 */
export function buildFixture(sourceDir: string, buildDir: string) {
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.cpSync(sourceDir, buildDir, { recursive: true, filter: (src) => !/[/\\](\.next|node_modules)$/.test(src) });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(buildDir, "node_modules"), "dir");
  run(`next build ${buildDir}`, bin("next"), ["build", buildDir], process.env);
}

export type NextServer = {
  label: string;
  pid: number;
  /** The app's own address (the proxy's upstream). */
  url: string;
  /** Resident memory of the server and any processes it started, in bytes. */
  residentBytes: () => number;
  stop: () => Promise<void>;
};

/**
 * Kindly's `npm start` (`kindly: true`: it migrates, then serves in its own process) or
 * `next start [dir] -p port -H 127.0.0.1`, in its own process group, its output in `logFile`;
 * resolves once `readyPath` answers 2xx.
 */
export async function startNext(options: {
  label: string;
  kindly?: boolean;
  dir?: string;
  port: number;
  env: NodeJS.ProcessEnv;
  readyPath: string;
  logFile: string;
}): Promise<NextServer> {
  const { label, dir, port, env, readyPath, logFile } = options;
  const log = fs.openSync(logFile, "a");
  const [command, args] = options.kindly
    ? [process.execPath, ["scripts/start.mjs"]]
    : [bin("next"), ["start", ...(dir ? [dir] : []), "-p", String(port), "-H", "127.0.0.1"]];
  const child = spawn(command, args, {
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", log, log],
    detached: true,
  });
  fs.closeSync(log);
  const pid = child.pid!;
  const stop = onCleanup(label, () => stopGroup(pid));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForApp(`${url}${readyPath}`, child, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}\n${tail(logFile)}`);
  }
  return { label, pid, url, residentBytes: () => residentBytes(pid), stop };
}

function groupAlive(pid: number) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the process group, SIGKILL after 5 s. */
async function stopGroup(pid: number) {
  if (!groupAlive(pid)) return;
  process.kill(-pid, "SIGTERM");
  for (let waited = 0; waited < 5_000 && groupAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) process.kill(-pid, "SIGKILL");
}

function tail(file: string, lines = 30) {
  try {
    return fs
      .readFileSync(file, "utf8")
      .trimEnd()
      .split("\n")
      .slice(-lines)
      .map((l) => `    ${l}`)
      .join("\n");
  } catch {
    return "    (no log)";
  }
}

/** VmRSS of `pid` and all its descendants (from /proc), in bytes. */
export function residentBytes(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name before it is in parentheses and may hold spaces.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    try {
      const kib = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${current}/status`, "utf8"))?.[1];
      total += Number(kib ?? 0) * 1024;
    } catch {
      /* ended meanwhile */
    }
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}
