import { spawn } from "node:child_process";
import readline from "node:readline";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { policyStore, type SaveResult } from "../../lib/data/policy.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";
import { writerProfile } from "../support/policy-writers.ts";

// On SQLite, saves under way at once share one compare-and-set statement
// (lib/data/group-commit.ts, updateTogether in lib/data/policy.ts).

/**
 * Another process that takes SQLite's write lock on `file`, sets `ownerId`'s policy to version 2 inside that
 * transaction, and commits after `ms`. Resolves once it holds the lock.
 */
async function holdWriteLock(file: string, ownerId: string, ms: number) {
  const script = `const db = new (require("better-sqlite3"))(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    db.prepare('UPDATE "Policy" SET "version" = 2 WHERE "ownerId" = ?').run(process.argv[2]);
    console.log("locked");
    setTimeout(() => { db.exec("COMMIT"); console.log("released"); }, Number(process.argv[3]));`;
  const child = spawn(process.execPath, ["-e", script, file, ownerId, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const lines = readline.createInterface({ input: child.stdout });
  const said = (word: string) =>
    new Promise<void>((resolve, reject) => {
      lines.on("line", (line) => line === word && resolve());
      void exited.then((code) => reject(new Error(`the lock holder exited (${code}) before it said "${word}"`)));
    });
  const released = said("released");
  await said("locked");
  return { released, exited };
}

describe("group commit on sqlite (real database)", () => {
  let database: TestDatabase;
  const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const version = (r: SaveResult) => (r.ok ? r.policy.version : r.reason === "conflict" ? `conflict, now ${r.current?.version}` : r.reason);

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function withPolicies(ids: string[]) {
    await database.client.user.createMany({ data: ids.map((id) => ({ id, name: id, email: `${id}@example.test` })) });
    await database.client.policy.createMany({ data: ids.map((id) => ({ ownerId: id, profile: JSON.stringify(writerProfile(id)), version: 1 })) });
  }
  const saveAll = (ids: string[], name = (id: string) => `${id} new`) =>
    Promise.allSettled(ids.map((id) => policyStore(database.client).savePolicy(id, { profile: writerProfile(name(id)), baseVersion: 1 })));

  it("40 people's saves at once all land in one statement, each answered with what it wrote", async () => {
    const ids = people("many", 40);
    await withPolicies(ids);
    const outcomes = await saveAll(ids);
    const results = outcomes.map((o) => (o.status === "fulfilled" ? o.value : null));
    expect(results.map((r) => r && version(r))).toEqual(ids.map(() => 2));
    expect(results.map((r) => r?.ok && r.policy.profile.displayName)).toEqual(ids.map((id) => `${id} new`));
    const stored = await database.client.policy.findMany({ where: { ownerId: { in: ids } }, orderBy: { ownerId: "asc" } });
    expect(stored.map((p) => [p.ownerId, p.version, JSON.parse(p.profile).displayName])).toEqual([...ids].sort().map((id) => [id, 2, `${id} new`]));
    // One statement sets one updatedAt for every row it writes (that they fail together shows it too, below).
    expect(new Set(stored.map((p) => p.updatedAt.toISOString())).size).toBe(1);
  });

  it("of one person's two saves from the same version at once, one lands and the other is a conflict", async () => {
    const [id] = people("two-tabs", 1);
    await withPolicies([id!]);
    const store = policyStore(database.client);
    const [a, b] = await Promise.all(["tab a", "tab b"].map((name) => store.savePolicy(id!, { profile: writerProfile(name), baseVersion: 1 })));
    expect([a!.ok, b!.ok]).toEqual([true, false]);
    expect(a!.ok && a!.policy.version).toBe(2);
    expect(b).toMatchObject({ ok: false, reason: "conflict", current: { version: 2, profile: { displayName: "tab a" } } });
  });

  it("a group whose statement fails writes nothing, every save in it gets the error, and the next saves land", async () => {
    const ids = people("failing", 6);
    await withPolicies(ids);
    // The database itself refuses one person's row, so the shared statement fails.
    await database.client.$executeRawUnsafe(
      `CREATE TRIGGER "refuse_failing_3" BEFORE UPDATE ON "Policy" WHEN NEW."ownerId" = 'failing-3' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    );
    try {
      const outcomes = await saveAll(ids);
      expect(outcomes.map((o) => o.status)).toEqual(ids.map(() => "rejected"));
      for (const o of outcomes) expect(String((o as PromiseRejectedResult).reason)).toMatch(/refused by the test/);
      const untouched = await database.client.policy.findMany({ where: { ownerId: { in: ids } } });
      expect(untouched.map((p) => p.version)).toEqual(ids.map(() => 1));
    } finally {
      await database.client.$executeRawUnsafe(`DROP TRIGGER "refuse_failing_3"`);
    }
    const again = await saveAll(ids);
    expect(again.map((o) => o.status === "fulfilled" && version(o.value))).toEqual(ids.map(() => 2));
  });

  it("saves wait while another process holds the write lock, and are checked against what it committed", async () => {
    const ids = people("locked-out", 5);
    await withPolicies(ids);
    const lock = await holdWriteLock(database.url.replace(/^file:/, ""), ids[0]!, 1_000);
    const outcomes = await saveAll(ids);
    await lock.released;
    expect(await lock.exited).toBe(0);
    // The other process's version 2 of locked-out-0 was committed before these saves ran: had any of them
    // gone ahead of its lock, locked-out-0's save from version 1 would have won.
    expect(outcomes.map((o) => o.status === "fulfilled" && version(o.value))).toEqual(["conflict, now 2", 2, 2, 2, 2]);
  });
});
