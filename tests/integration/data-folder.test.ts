import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

// The SQLite data folder as `npm start` and `npm run db:deploy` leave it, run as their own scripts in a
// temporary folder: private modes, and a refusal to create an empty database where Kindly has run before.
// (A whole `npm start` that goes on to serve is what the e2e tests run on; its folder is checked there.)

const root = process.cwd();
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempFolder() {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-data-"));
  dirs.push(parent);
  return parent;
}

type Run = { code: number | null; output: string };

/** Runs one of the project's scripts with DATABASE_URL; resolves with its exit code and output. */
function run(script: string, databaseUrl: string, extra: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: "1", ...extra };
    delete env.BETTER_AUTH_SECRET;
    const child = spawn(process.execPath, [path.join(root, script)], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe("the SQLite data folder", () => {
  it("a fresh folder is made 0700, the database and its marker 0600", async () => {
    const data = path.join(tempFolder(), "data");
    const file = path.join(data, "kindly.db");
    const migrated = await run("scripts/migrate.mjs", `file:${file}`);
    expect(migrated.output).toMatch(/Applied \d+ migration/);
    expect(migrated.code).toBe(0);
    expect(mode(data)).toBe(0o700);
    const names = fs.readdirSync(data);
    expect(names).toContain("kindly.db");
    expect(names).toContain(".kindly.db.initialised");
    for (const name of names) expect([name, mode(path.join(data, name))]).toEqual([name, 0o600]);
  });

  it("an existing folder and files with open modes are narrowed, the auth secret too", async () => {
    const data = path.join(tempFolder(), "data");
    const file = path.join(data, "kindly.db");
    expect((await run("scripts/migrate.mjs", `file:${file}`)).code).toBe(0);
    // As an install from before: a world-readable folder, database and secret.
    fs.writeFileSync(path.join(data, "auth-secret"), "an-older-secret-0123456789abcdef0123456789", { mode: 0o644 });
    fs.chmodSync(path.join(data, "auth-secret"), 0o644);
    fs.chmodSync(file, 0o644);
    fs.chmodSync(data, 0o755);
    expect((await run("scripts/migrate.mjs", `file:${file}`)).code).toBe(0);
    expect(mode(data)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(path.join(data, "auth-secret"))).toBe(0o600);
  });

  it("a folder shared with other files keeps its mode, with a note; Kindly's own files are still 0600", async () => {
    const shared = tempFolder();
    fs.chmodSync(shared, 0o755);
    fs.writeFileSync(path.join(shared, "someone-elses.txt"), "not Kindly's");
    const file = path.join(shared, "kindly.db");
    const migrated = await run("scripts/migrate.mjs", `file:${file}`);
    expect(migrated.code).toBe(0);
    expect(migrated.output).toMatch(/holds other files than Kindly's, so its permissions were left as they are/);
    expect(mode(shared)).toBe(0o755);
    expect(mode(file)).toBe(0o600);
  });

  for (const script of ["scripts/start.mjs", "scripts/migrate.mjs"]) {
    it(`${script} refuses, with what happened and what to do, when the database is deleted after a first migration`, async () => {
      const data = path.join(tempFolder(), "data");
      const file = path.join(data, "kindly.db");
      expect((await run("scripts/migrate.mjs", `file:${file}`)).code).toBe(0);
      for (const name of fs.readdirSync(data)) if (name.startsWith("kindly.db")) fs.rmSync(path.join(data, name));

      const refused = await run(script, `file:${file}`);
      expect(refused.code).not.toBe(0);
      expect(refused.output).toMatch(/Kindly did not start: its database .*kindly\.db is missing, but Kindly has run here before/);
      expect(refused.output).toMatch(/To restore it: put your backup/);
      expect(refused.output).toMatch(/To start afresh on purpose, with no accounts: delete .*\.kindly\.db\.initialised/);
      // Nothing was created in its place.
      expect(fs.existsSync(file)).toBe(false);

      // Starting afresh on purpose, as the message says.
      fs.rmSync(path.join(data, ".kindly.db.initialised"));
      const fresh = await run("scripts/migrate.mjs", `file:${file}`);
      expect(fresh.code).toBe(0);
      expect(fs.existsSync(file)).toBe(true);
    });
  }

  it("an empty file left in the database's place counts as missing", async () => {
    const data = path.join(tempFolder(), "data");
    const file = path.join(data, "kindly.db");
    expect((await run("scripts/migrate.mjs", `file:${file}`)).code).toBe(0);
    for (const name of fs.readdirSync(data)) if (name.startsWith("kindly.db")) fs.rmSync(path.join(data, name));
    fs.writeFileSync(file, "");
    const refused = await run("scripts/start.mjs", `file:${file}`);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/is missing, but Kindly has run here before/);
    expect(fs.statSync(file).size).toBe(0);
  });

  it("an install from before the marker: the auth secret alone is enough to refuse", async () => {
    const data = path.join(tempFolder(), "data");
    fs.mkdirSync(data, { mode: 0o700 });
    fs.writeFileSync(path.join(data, "auth-secret"), "an-older-secret-0123456789abcdef0123456789", { mode: 0o600 });
    const file = path.join(data, "kindly.db");
    const refused = await run("scripts/start.mjs", `file:${file}`);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/auth-secret is there/);
    expect(refused.output).toMatch(/delete .*auth-secret, then start again/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("another database in a folder that already has one is made (its own marker is what counts)", async () => {
    const data = path.join(tempFolder(), "data");
    expect((await run("scripts/migrate.mjs", `file:${path.join(data, "kindly.db")}`)).code).toBe(0);
    fs.writeFileSync(path.join(data, "auth-secret"), "a-secret-0123456789abcdef0123456789abcdef", { mode: 0o600 });
    const second = await run("scripts/migrate.mjs", `file:${path.join(data, "other.db")}`);
    expect(second.code).toBe(0);
    expect(fs.existsSync(path.join(data, ".other.db.initialised"))).toBe(true);
  });
});
