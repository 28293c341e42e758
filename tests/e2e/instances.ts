import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

import { freePort } from "../../scripts/lib/pg-cluster";
import { waitForApp } from "../../scripts/lib/wait-for-app";
import { signUp as signUpWith } from "../support/sign-up";

// Starts the built app as separate server processes, as a deployment would: `npm start`'s own
// script (which migrates, then serves in the same process), or `next start` alone (`serveOnly`).

export type Instance = {
  url: string;
  process: ChildProcess;
  /** What the server has printed so far (stdout and stderr, the last 64 KiB). */
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/**
 * Root ignores file permissions, so an instance that must feel them runs as
 * `nobody` when the tests run as root; otherwise the current user is enough.
 * Whatever it writes (its database directory, HOME) must belong to this user.
 */
export const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null;

export async function startInstance(
  env: Record<string, string>,
  options: { port?: number; asUnprivileged?: boolean; serveOnly?: boolean } = {},
): Promise<Instance> {
  const chosen = options.port ?? (await freePort());
  const args = options.serveOnly ? ["node_modules/next/dist/bin/next", "start", "--port", String(chosen), "--hostname", "127.0.0.1"] : ["scripts/start.mjs"];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(chosen), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.asUnprivileged ? UNPRIVILEGED : null),
  });
  let output = "";
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-65_536));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const url = `http://127.0.0.1:${chosen}`;
  await waitForApp(`${url}/api/ping`, child, 60_000);
  const stop = (signal: NodeJS.Signals = "SIGTERM") =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  return { url, process: child, output: () => output, stop };
}

/**
 * The fields of /proc/<pid>/stat after the command name, which sits in
 * parentheses and may hold spaces: [state, parent's pid, …]. Null once the
 * process is gone.
 */
function procStat(pid: number | string): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** The processes whose parent is `pid`, from /proc. */
export function childPids(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry) && Number(procStat(entry)?.[1]) === pid)
    .map(Number);
}

/** Whether a process is still there (a zombie, dead but not yet reaped, counts as gone). */
export function isRunning(pid: number): boolean {
  const state = procStat(pid)?.[0];
  return state !== undefined && state !== "Z";
}

export const SECRET = "multi-instance-test-secret-0123456789abcdef";

/** Signs up through one instance (tests/support/sign-up.ts); returns the session cookie. */
export async function signUp(url: string, origin: string, email: string, ip: string): Promise<string> {
  return (await signUpWith(fetch, { site: url, origin, email, ip, password: "quiet harbour lantern", name: "Aino" })).cookie;
}

export const PROFILE = {
  displayName: "Aino",
  language: "en",
  linkedinUrl: "https://www.linkedin.com/in/aino-example",
  platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" } },
};

export async function putPolicy(url: string, origin: string, cookie: string, body: unknown) {
  const response = await fetch(`${url}/api/policy`, {
    method: "PUT",
    headers: { "content-type": "application/json", origin, cookie },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { version?: number; current?: { version: number } | null; profile?: { displayName: string } },
  };
}
