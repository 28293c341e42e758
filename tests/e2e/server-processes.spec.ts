import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { freePort } from "../../scripts/lib/pg-cluster";
import { deploy } from "../../scripts/lib/migrate";
import { serverCommand } from "../../scripts/lib/server-command";
import { childPids, isRunning, SECRET, startInstance, type Instance } from "./instances";

// The production server as several worker processes (scripts/server.ts with
// WEB_CONCURRENCY=2): what the workers share, and what happens when one dies
// or none can start. Playwright's own `test`: no pages here.

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

const ORIGIN = "http://kindly.example";
const quiet = () => {};
let dir: string;
let env: Record<string, string>;
let instance: Instance | undefined;

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-workers-"));
  const url = `file:${path.join(dir, "workers.db")}`;
  await deploy(url, process.cwd(), quiet);
  env = { DATABASE_URL: url, BETTER_AUTH_SECRET: SECRET, SITE_URL: ORIGIN, WEB_CONCURRENCY: "2", DECIDE_RATE_LIMIT_PER_MINUTE: "5" };
  instance = await startInstance(env);
  // The primary says so once both workers listen (and again whenever a replacement does).
  await expect.poll(() => readyLines(instance!), { timeout: 60_000 }).toBe(1);
});

test.afterAll(async () => {
  await instance?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const readyLines = (server: Instance) => server.output().match(/ready on .*\(2 worker processes\)/g)?.length ?? 0;

/** A request on a connection of its own, so the primary may hand it to either worker. */
function onNewConnection(url: string, body?: string, timeoutMs = 10_000): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const headers = { "content-type": "application/json", "x-forwarded-for": "203.0.113.50" };
    const request = http.request(url, { method: body ? "POST" : "GET", agent: false, headers, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode!, retryAfter: response.headers["retry-after"] }));
    });
    request.on("error", reject);
    request.on("timeout", () => request.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    request.end(body);
  });
}

const DECIDE = JSON.stringify({
  profile: { displayName: "Aino", language: "en", platforms: { x: { persona: "civilian" } } },
  request: { platform: "x", relationship: "friend" },
});

test("one client's API rate limit holds across the workers, not per worker", async () => {
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  for (let i = 0; i < 12; i++) {
    const answer = await onNewConnection(`${instance!.url}/api/decide`, DECIDE);
    statuses.push(answer.status);
    if (answer.status === 429) retryAfter ??= answer.retryAfter;
  }
  // Counted per worker, two workers would let 10 through.
  expect(statuses).toEqual([...Array(5).fill(200), ...Array(7).fill(429)]);
  expect(Number(retryAfter)).toBeGreaterThan(0);
});

test("a worker that dies is replaced, and the server keeps answering", async () => {
  const primary = instance!.process.pid!;
  const [victim, survivor] = childPids(primary);
  const readyBefore = readyLines(instance!);
  process.kill(victim!, "SIGKILL");
  await expect.poll(() => isRunning(victim!)).toBe(false);
  // Connections the dead worker held are gone with it, and Node's round robin may have handed it one more
  // in the instant it died; new connections are answered by the survivor meanwhile.
  await expect
    .poll(() => onNewConnection(`${instance!.url}/api/ping`, undefined, 2_000).then((a) => a.status, () => 0), { timeout: 10_000 })
    .toBe(200);
  await expect.poll(() => readyLines(instance!), { timeout: 60_000 }).toBe(readyBefore + 1);
  expect(instance!.output()).toContain(`worker ${victim} stopped (signal SIGKILL); starting another`);
  expect(childPids(primary)).toHaveLength(2);
  expect(childPids(primary)).toContain(survivor);
  expect(childPids(primary)).not.toContain(victim);
  expect(instance!.process.exitCode).toBeNull();
  // A burst of new connections, spread over both workers, is answered in full.
  const answers = await Promise.all(Array.from({ length: 8 }, () => onNewConnection(`${instance!.url}/api/ping`)));
  expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
});

for (const processes of ["1", "2"]) {
  test(`a server that cannot take its port exits 1 and leaves no process behind (WEB_CONCURRENCY=${processes})`, async () => {
    const port = await freePort();
    const taken = net.createServer().listen(port, "127.0.0.1");
    await new Promise((resolve) => taken.once("listening", resolve));
    try {
      const child = spawn(...serverCommand(port, "127.0.0.1"), {
        env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env, WEB_CONCURRENCY: processes },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const workers = new Set<number>();
      const watching = setInterval(() => childPids(child.pid!).forEach((pid) => workers.add(pid)), 50);
      const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
      clearInterval(watching);
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`));
      if (processes === "2") expect(stderr).toMatch(/a worker stopped before it could serve/);
      expect([...workers].filter(isRunning)).toEqual([]);
    } finally {
      taken.close();
    }
  });
}
