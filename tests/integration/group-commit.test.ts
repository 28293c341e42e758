import { spawn } from "node:child_process";
import readline from "node:readline";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { groupCommit, MAX_GROUP } from "../../lib/data/group-commit.ts";
import { policyStore } from "../../lib/data/policy.ts";
import type { Db } from "../../lib/db-client.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";
import { writerProfile } from "../support/policy-writers.ts";

// SQLite saves under way at once share one transaction (lib/data/group-commit.ts).

/** The same client, noting the size of every transaction it is asked for. */
function watchingTransactions(client: Db) {
  const sizes: number[] = [];
  const proxy = new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (property === "$transaction") {
        return (statements: Parameters<Db["$transaction"]>[0]) => {
          sizes.push(statements.length);
          return target.$transaction(statements);
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { client: proxy, sizes };
}

/** Another process holding SQLite's write lock on `file` for `ms`; resolves once it holds it. */
async function holdWriteLock(file: string, ms: number) {
  const script = `const db = new (require("better-sqlite3"))(process.argv[1]); db.exec("BEGIN IMMEDIATE"); console.log("locked");
    setTimeout(() => { db.exec("COMMIT"); console.log("released"); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ["-e", script, file, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = readline.createInterface({ input: child.stdout });
  const said = (word: string) => new Promise<void>((resolve) => lines.on("line", (line) => line === word && resolve()));
  const released = said("released");
  await said("locked");
  return { released, exited: new Promise((resolve) => child.once("exit", resolve)) };
}

describe("group commit on sqlite (real database)", () => {
  let database: TestDatabase;
  const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

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

  const update = (client: Db, ownerId: string, profile: string | null) => () =>
    client.$queryRaw<{ ownerId: string; version: number }[]>`
      UPDATE "Policy" SET "profile" = ${profile}, "version" = "version" + 1
      WHERE "ownerId" = ${ownerId} AND "version" = 1
      RETURNING "ownerId", "version"`;

  it("40 people's saves at once all land, each answered with its own row, in one transaction", async () => {
    const ids = people("many", 40);
    await withPolicies(ids);
    const { client, sizes } = watchingTransactions(database.client);
    const answers = await Promise.all(ids.map((id) => groupCommit(client, update(client, id, JSON.stringify(writerProfile(`${id}-new`))))));
    expect(answers.map((rows) => rows.map((r) => [r.ownerId, Number(r.version)]))).toEqual(ids.map((id) => [[id, 2]]));
    // All 40 were asked for in the same turn of the event loop, before the first could start: one transaction.
    expect(sizes).toEqual([ids.length]);
    const stored = await database.client.policy.findMany({ where: { ownerId: { in: ids } }, orderBy: { ownerId: "asc" } });
    expect(stored.map((p) => [p.ownerId, p.version, JSON.parse(p.profile).displayName])).toEqual(
      [...ids].sort().map((id) => [id, 2, `${id}-new`]),
    );
  });

  it(`never puts more than ${MAX_GROUP} statements in one transaction`, async () => {
    const ids = people("cap", MAX_GROUP * 2 + 5);
    await withPolicies(ids);
    const { client, sizes } = watchingTransactions(database.client);
    const answers = await Promise.all(ids.map((id) => groupCommit(client, update(client, id, "{}"))));
    expect(answers.every((rows) => rows.length === 1)).toBe(true);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_GROUP);
  });

  it("a group that fails is written not at all, every caller in it gets the error, and the next group commits", async () => {
    const ids = people("failing", 10);
    await withPolicies(ids);
    const outcomes = await Promise.allSettled(
      // "profile" is NOT NULL: the sixth statement fails the shared transaction.
      ids.map((id, i) => groupCommit(database.client, update(database.client, id, i === 5 ? null : "{}"))),
    );
    expect(outcomes.map((o) => o.status)).toEqual(ids.map(() => "rejected"));
    const reasons = outcomes.map((o) => (o.status === "rejected" ? String(o.reason) : ""));
    expect(new Set(reasons).size).toBe(1);
    expect(reasons[0]).toMatch(/NOT NULL/i);
    const before = await database.client.policy.findMany({ where: { ownerId: { in: ids } } });
    expect(before.map((p) => p.version)).toEqual(ids.map(() => 1));

    const again = await Promise.all(ids.map((id) => groupCommit(database.client, update(database.client, id, "{}"))));
    expect(again.map((rows) => rows.length)).toEqual(ids.map(() => 1));
    const after = await database.client.policy.findMany({ where: { ownerId: { in: ids } } });
    expect(after.map((p) => p.version)).toEqual(ids.map(() => 2));
  });

  it("saves wait while another process holds the write lock, then commit together", async () => {
    const ids = people("locked-out", 5);
    await withPolicies(ids);
    const { client, sizes } = watchingTransactions(database.client);
    const lock = await holdWriteLock(database.url.replace(/^file:/, ""), 1_500);
    const started = Date.now();
    const answers = await Promise.all(ids.map((id) => groupCommit(client, update(client, id, "{}"))));
    const waited = Date.now() - started;
    await lock.released;
    await lock.exited;
    expect(answers.map((rows) => rows.map((r) => Number(r.version)))).toEqual(ids.map(() => [2]));
    expect(waited).toBeGreaterThanOrEqual(1_000);
    expect(sizes).toEqual([ids.length]);
  });

  it("saves through the policy store: of two saves from the same version, one lands and one is a conflict", async () => {
    const [id] = people("two-tabs", 1);
    await withPolicies([id!]);
    const store = policyStore(database.client);
    const [a, b] = await Promise.all(
      ["tab a", "tab b"].map((name) => store.savePolicy(id!, { profile: writerProfile(name), baseVersion: 1 })),
    );
    expect([a!.ok, b!.ok].sort()).toEqual([false, true]);
    const winner = a!.ok ? a! : b!;
    const loser = a!.ok ? b! : a!;
    expect(winner.ok && winner.policy.version).toBe(2);
    expect(loser).toMatchObject({ ok: false, reason: "conflict", current: { version: 2 } });
    expect(loser.ok === false && loser.reason === "conflict" && loser.current?.profile.displayName).toBe(winner.ok && winner.policy.profile.displayName);
  });
});
