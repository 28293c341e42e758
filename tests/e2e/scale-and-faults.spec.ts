import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { deploy } from "../../scripts/lib/migrate.mjs";
import { createDatabase, pausePgCluster, resumePgCluster, startPgCluster, type PgCluster } from "../../scripts/lib/pg-cluster";
import { childPids, isRunning, PROFILE, putPolicy, SECRET, signUp, startInstance, UNPRIVILEGED, type Instance } from "./instances";

// Several instances on one PostgreSQL, database outages, and a crash in the
// middle of a stream of saves. These start their own servers beside the one
// Playwright runs. Playwright's own `test`, not ./support's: a page here is
// meant to fail while its database is away, and says so in the console.

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

let cluster: PgCluster;
let databaseUrl: string;
let a: Instance;
let b: Instance;
const quiet = () => {};

test.beforeAll(async () => {
  cluster = await startPgCluster();
  databaseUrl = (await createDatabase(cluster.url(), "kindly_scale")).url;
  await deploy(databaseUrl, process.cwd(), quiet);
  const site = "http://kindly.example";
  const env = { DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: SECRET, SITE_URL: site, DATABASE_POOL_MAX: "5" };
  [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  cluster?.stop();
});

const ORIGIN = "http://kindly.example";

test("two instances share sessions, policies and the sign-in rate limit", async () => {
  const cookie = await signUp(a.url, ORIGIN, `multi.${Date.now()}@example.com`, "192.0.2.10");
  // A session made on A is valid on B.
  const session = await fetch(`${b.url}/api/auth/get-session`, { headers: { cookie } });
  expect((await session.json())?.user?.name).toBe("Aino");

  // A policy saved on A is read on B.
  const saved = await putPolicy(a.url, ORIGIN, cookie, { profile: PROFILE, baseVersion: 0 });
  expect(saved.status).toBe(200);
  const read = await fetch(`${b.url}/api/policy`, { headers: { cookie } });
  expect(read.status).toBe(200);
  expect((await read.json()).version).toBe(saved.body.version);

  // The sign-in limit counts attempts on both instances (5 a minute per address).
  const email = `limit.${Date.now()}@example.com`;
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const target = i % 2 === 0 ? a : b;
    const response = await fetch(`${target.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "198.51.100.77" },
      body: JSON.stringify({ email, password: "not the password" }),
    });
    statuses.push(response.status);
  }
  expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(5)).toEqual([429, 429]);
});

test("concurrent saves spread across both instances lose no update", async () => {
  const cookie = await signUp(b.url, ORIGIN, `race.${Date.now()}@example.com`, "192.0.2.11");
  const first = await putPolicy(a.url, ORIGIN, cookie, { profile: PROFILE, baseVersion: 0 });
  expect(first.status).toBe(200);

  const accepted: number[] = [];
  let refused = 0;
  const writers = Array.from({ length: 16 }, (_, writer) => async () => {
    for (let round = 0; round < 8; round++) {
      const target = (writer + round) % 2 === 0 ? a : b;
      const current = await fetch(`${target.url}/api/policy`, { headers: { cookie } }).then((r) => r.json() as Promise<{ version: number }>);
      const result = await putPolicy(target.url, ORIGIN, cookie, {
        profile: { ...PROFILE, displayName: `w${writer}-r${round}` },
        baseVersion: current.version,
      });
      if (result.status === 200) accepted.push(result.body.version!);
      else {
        expect(result.status).toBe(409);
        expect(result.body.current!.version).toBeGreaterThan(current.version);
        refused += 1;
      }
    }
  });
  await Promise.all(writers.map((w) => w()));

  const final = await fetch(`${a.url}/api/policy`, { headers: { cookie } }).then((r) => r.json() as Promise<{ version: number }>);
  // Every accepted save made exactly one new version; none was silently overwritten.
  expect(new Set(accepted).size).toBe(accepted.length);
  expect(final.version).toBe(1 + accepted.length);
  expect(accepted.length + refused).toBe(16 * 8);
});

test("while PostgreSQL is down the API answers 503, pages still load, and it recovers without a restart", async () => {
  const cookie = await signUp(a.url, ORIGIN, `outage.${Date.now()}@example.com`, "192.0.2.12");
  pausePgCluster(cluster);
  try {
    const health = await fetch(`${a.url}/api/health`);
    expect(health.status).toBe(503);
    expect((await health.json()).error).toMatch(/unreachable/);
    const policy = await fetch(`${a.url}/api/policy`, { headers: { cookie } });
    expect(policy.status).toBe(503);
    const body = await policy.text();
    expect(body).toMatch(/unreachable/);
    expect(body).not.toMatch(/\s+at\s|\.ts:/);
    const page = await fetch(`${a.url}/en/questionnaire`);
    expect(page.status).toBe(200);
    expect(a.process.exitCode).toBeNull();
  } finally {
    resumePgCluster(cluster);
  }
  await expect.poll(async () => (await fetch(`${a.url}/api/health`)).status, { timeout: 30_000 }).toBe(200);
  const after = await putPolicy(a.url, ORIGIN, cookie, { profile: PROFILE, baseVersion: 0 });
  expect(after.status).toBe(200);
});

test("a SQLite instance killed with SIGKILL mid-stream keeps every acknowledged save", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-crash-"));
  const url = `file:${path.join(dir, "crash.db")}`;
  await deploy(url, process.cwd(), quiet);
  const env = { DATABASE_URL: url, BETTER_AUTH_SECRET: SECRET, SITE_URL: ORIGIN };
  const first = await startInstance(env);
  // `npm start` serves from its own process: no worker or child server to leave behind.
  expect(childPids(first.process.pid!)).toEqual([]);
  const cookie = await signUp(first.url, ORIGIN, "crash@example.com", "192.0.2.13");
  let acknowledged = { version: 0, name: "" };
  let stop = false;
  const stream = (async () => {
    let version = 0;
    for (let i = 0; !stop; i++) {
      try {
        const result = await putPolicy(first.url, ORIGIN, cookie, { profile: { ...PROFILE, displayName: `save-${i}` }, baseVersion: version });
        if (result.status !== 200) break;
        version = result.body.version!;
        acknowledged = { version, name: `save-${i}` };
      } catch {
        break; // the server died under us
      }
    }
  })();
  await new Promise((r) => setTimeout(r, 1500));
  await first.stop("SIGKILL");
  stop = true;
  await stream;
  expect(acknowledged.version).toBeGreaterThan(5);
  // The server itself died, not a wrapper around it: nothing answers any more.
  expect(first.process.signalCode).toBe("SIGKILL");
  expect(isRunning(first.process.pid!)).toBe(false);
  await expect(fetch(`${first.url}/api/ping`)).rejects.toThrow();

  const second = await startInstance(env);
  try {
    const response = await fetch(`${second.url}/api/policy`, { headers: { cookie } });
    const saved = (await response.json()) as { version: number; profile: { displayName: string } };
    // An in-flight save may have landed after its acknowledgement was lost; none acknowledged is missing.
    expect(saved.version).toBeGreaterThanOrEqual(acknowledged.version);
    if (saved.version === acknowledged.version) expect(saved.profile.displayName).toBe(acknowledged.name);
  } finally {
    await second.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a server asked to stop, even twice in a row, stops taking requests and exits on its own", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-stop-"));
  const url = `file:${path.join(dir, "stop.db")}`;
  await deploy(url, process.cwd(), quiet);
  const instance = await startInstance({ DATABASE_URL: url, BETTER_AUTH_SECRET: SECRET, SITE_URL: ORIGIN });
  try {
    expect((await fetch(`${instance.url}/api/ping`)).status).toBe(200);
    const exited = new Promise<void>((resolve) => instance.process.once("exit", () => resolve()));
    // As Ctrl-C under `npm start` does: the signal reaches the server twice.
    instance.process.kill("SIGTERM");
    instance.process.kill("SIGTERM");
    await exited;
    // Its own handler ended it (143, as `next start` exits), not the default action of the second signal.
    expect(instance.process.signalCode).toBeNull();
    expect(instance.process.exitCode).toBe(143);
    await expect(fetch(`${instance.url}/api/ping`)).rejects.toThrow();
  } finally {
    await instance.stop("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("with its SQLite file unreadable the app answers 503 and a friendly page, and recovers without a restart", async ({ page }) => {
  // The instances run as nobody under root (root reads any file). They own the
  // database's directory (SQLite adds -wal/-shm there) and HOME, where next-intl's
  // plugin has @swc/core unpack its native addon.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-unreadable-"));
  const file = path.join(dir, "kindly.db");
  const databaseFiles = () =>
    fs
      .readdirSync(dir)
      .filter((name) => name.startsWith("kindly.db"))
      .map((name) => path.join(dir, name));
  const env = { DATABASE_URL: `file:${file}`, BETTER_AUTH_SECRET: SECRET, SITE_URL: ORIGIN, HOME: dir };
  let instance: Instance | undefined;
  try {
    await deploy(env.DATABASE_URL, process.cwd(), quiet);
    if (UNPRIVILEGED) for (const owned of [dir, ...databaseFiles()]) fs.chownSync(owned, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
    instance = await startInstance(env, { asUnprivileged: true });
    const cookie = await signUp(instance.url, ORIGIN, "unreadable@example.com", "192.0.2.14");
    expect((await putPolicy(instance.url, ORIGIN, cookie, { profile: PROFILE, baseVersion: 0 })).status).toBe(200);
    await instance.stop();

    // An open connection keeps its file descriptor, so the file turns unreadable
    // before the process connects.
    for (const unreadable of databaseFiles()) fs.chmodSync(unreadable, 0o000);
    // `next start` alone: `npm start` would (rightly) refuse to start, since it cannot migrate an unreadable file.
    instance = await startInstance(env, { asUnprivileged: true, serveOnly: true });
    const { url } = instance;

    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);
    expect((await health.json()).error).toMatch(/unreachable/);
    const policy = await fetch(`${url}/api/policy`, { headers: { cookie } });
    expect(policy.status).toBe(503);
    expect(policy.headers.get("content-type")).toMatch(/application\/json/);
    const body = await policy.text();
    expect(JSON.parse(body).error).toMatch(/unreachable/);
    expect(body).not.toMatch(/\s+at\s|\.ts:/);
    expect((await fetch(`${url}/en/questionnaire`)).status).toBe(200);

    // A page that needs the database shows the friendly error, not Next's own.
    const separator = cookie.indexOf("=");
    await page.context().addCookies([{ name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url }]);
    await page.goto(`${url}/en/account`);
    await expect(page.getByRole("heading", { name: "This page can't be shown right now" })).toBeVisible();
    await expect(page.getByText("Kindly couldn't reach its database.")).toBeVisible();
    expect(instance.process.exitCode).toBeNull();

    for (const readable of databaseFiles()) fs.chmodSync(readable, 0o600);
    await expect.poll(async () => (await fetch(`${url}/api/health`)).status, { timeout: 30_000 }).toBe(200);
    const recovered = await fetch(`${url}/api/policy`, { headers: { cookie } });
    expect(recovered.status).toBe(200);
    expect(await recovered.json()).toMatchObject({ version: 1, profile: { displayName: PROFILE.displayName } });
    expect((await putPolicy(url, ORIGIN, cookie, { profile: { ...PROFILE, displayName: "Aino again" }, baseVersion: 1 })).status).toBe(200);
    // "Try again" on the error page fetches the page anew instead of showing the error once more.
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account", exact: true })).toBeVisible();
    expect(instance.process.exitCode).toBeNull();
  } finally {
    await instance?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
