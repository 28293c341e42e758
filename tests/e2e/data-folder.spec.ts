import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { freePort } from "../../scripts/lib/pg-cluster";
import { startInstance, type Instance } from "./instances";

// `npm start`'s own script on a fresh SQLite folder, as on a new server: the folder it makes is readable by
// this user only, and so are the database, the marker and the auth secret (scripts/lib/data-folder.mjs).
// Then the database is deleted under the running app: /api/health says so, and the next start refuses
// instead of creating an empty database. Playwright's own `test`: the app is meant to log that failure.

test.setTimeout(120_000);

const mode = (file: string) => fs.statSync(file).mode & 0o777;

/** Runs scripts/start.mjs to its end (a refused start); resolves with its exit code and output. */
function startToEnd(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

test("npm start keeps its data folder private; a database deleted under it makes health 503 and the next start refuse", async () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-folder-"));
  const data = path.join(parent, "data");
  const file = path.join(data, "kindly.db");
  const port = await freePort();
  const env = { DATABASE_URL: `file:${file}`, SITE_URL: `http://127.0.0.1:${port}`, PORT: String(port), HOST: "127.0.0.1" };
  let instance: Instance | undefined;
  try {
    instance = await startInstance(env, { port });
    expect((await fetch(`${instance.url}/api/health`)).status).toBe(200);
    expect(mode(data)).toBe(0o700);
    const names = fs.readdirSync(data);
    for (const name of ["kindly.db", ".kindly.db.initialised", "auth-secret"]) expect(names).toContain(name);
    for (const name of names) expect([name, mode(path.join(data, name))]).toEqual([name, 0o600]);

    // Deleted while the app runs: its open connection would go on answering from the deleted file.
    for (const name of fs.readdirSync(data)) if (name.startsWith("kindly.db")) fs.rmSync(path.join(data, name));
    const health = await fetch(`${instance.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "error", database: "sqlite", problem: "missing" });
    await instance.stop();
    instance = undefined;

    const refused = await startToEnd(env);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/Kindly did not start: its database .*kindly\.db is missing, but Kindly has run here before/);
    expect(refused.output).toMatch(/To restore it: put your backup of the database at/);
    expect(fs.existsSync(file)).toBe(false);
  } finally {
    await instance?.stop();
    fs.rmSync(parent, { recursive: true, force: true });
  }
});
