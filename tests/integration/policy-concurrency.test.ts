import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { policyStore, type SaveResult } from "../../lib/data/policy.ts";
import { createPrismaClient, type Db } from "../../lib/db-client.ts";
import { ZProfile } from "../../lib/engine/index.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/databases.ts";
import { runWriters, writerProfile, type Attempt } from "../support/policy-writers.ts";

// Many writers on one policy at once, each saving from the version it just
// read: every accepted save must be reflected exactly once, every refused save
// must have been stale, and no error (SQLite's "database is locked" above all)
// may reach a caller.

const root = path.resolve(import.meta.dirname, "../..");

/** Every check of the brief, against what the database holds at the end. */
async function checkOutcome(client: Db, ownerId: string, attempts: Attempt[], startVersion: number) {
  // Nothing threw: no "database is locked", no "busy", no serialization failure, nothing.
  const errors = attempts.filter((a) => a.error !== undefined).map((a) => `${a.writer} r${a.round}: ${a.error}`);
  expect(errors.filter((e) => /locked|busy/i.test(e))).toEqual([]);
  expect(errors).toEqual([]);

  const accepted = attempts.filter((a) => a.ok === true);
  const refused = attempts.filter((a) => a.ok === false);
  expect(accepted.length + refused.length).toBe(attempts.length);
  // The contention was real: some saves won and some lost.
  expect(accepted.length).toBeGreaterThan(0);
  expect(refused.length).toBeGreaterThan(0);

  // Every refusal was a conflict, answered with a version newer than the one the writer started from.
  const badRefusals = refused.filter((a) => a.reason !== "conflict" || a.version === null || a.version! <= a.baseVersion);
  expect(badRefusals).toEqual([]);

  // Each accepted save moved the version by exactly one from the version it read, and
  // answered with exactly what it wrote (not with a later writer's policy).
  const badAcceptances = accepted.filter((a) => a.version !== a.baseVersion + 1 || a.resultDisplayName !== a.displayName);
  expect(badAcceptances).toEqual([]);

  // No two accepted saves started from the same version: one unbroken chain of versions.
  const bases = accepted.map((a) => a.baseVersion).sort((x, y) => x - y);
  expect(bases).toEqual(Array.from({ length: accepted.length }, (_, i) => startVersion + i));

  // The stored policy counts every accepted save once and holds the last one.
  const final = await policyStore(client).getOwnPolicy(ownerId);
  expect(final?.version).toBe(startVersion + accepted.length);
  const last = accepted.reduce((a, b) => (b.baseVersion > a.baseVersion ? b : a));
  expect(final?.profile).toEqual(ZProfile.parse(writerProfile(last.displayName)));
  expect(await client.policy.count({ where: { ownerId } })).toBe(1);
  return { accepted, refused };
}

/** Runs `processes` separate Node processes of writers against one database, started together. */
async function runWriterProcesses(url: string, ownerId: string, processes: number, writers: number, rounds: number): Promise<Attempt[]> {
  const children = Array.from({ length: processes }, (_, p) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/support/policy-writer-process.ts", url, ownerId, `p${p}`, String(writers), String(rounds)],
      { cwd: root, stdio: ["pipe", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const lines = readline.createInterface({ input: child.stdout });
    const ready = new Promise<void>((resolve, reject) => {
      lines.on("line", (line) => line === "ready" && resolve());
      child.once("exit", (code) => reject(new Error(`writer process ${p} exited (${code}) before it was ready: ${stderr}`)));
    });
    const result = new Promise<Attempt[]>((resolve, reject) => {
      lines.on("line", (line) => line.startsWith("RESULT ") && resolve(JSON.parse(line.slice("RESULT ".length)) as Attempt[]));
      child.once("exit", (code) => reject(new Error(`writer process ${p} exited (${code}) without a result: ${stderr}`)));
    });
    return { child, ready, result };
  });
  try {
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.child.stdin.write("go\n");
    return (await Promise.all(children.map((c) => c.result))).flat();
  } finally {
    for (const c of children) if (c.child.exitCode === null) c.child.kill();
  }
}

describe.each(PROVIDERS)("concurrent saves of one policy on %s", (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function ownerWithPolicy(id: string) {
    await database.client.user.create({ data: { id, name: id, email: `${id}@example.test` } });
    const created = await policyStore(database.client).savePolicy(id, { profile: writerProfile("start"), baseVersion: 0 });
    expect(created.ok && created.data.version).toBe(1);
    return id;
  }

  it("50 writers × 20 rounds on one client: accepted saves all land, refused ones were stale, nothing throws", async () => {
    const ownerId = await ownerWithPolicy("one-client");
    const attempts = await runWriters([database.client], ownerId, 50, 20);
    expect(attempts).toHaveLength(1000);
    await checkOutcome(database.client, ownerId, attempts, 1);
  });

  it("4 separate clients × 12 writers × 10 rounds on one database", async () => {
    const ownerId = await ownerWithPolicy("four-clients");
    const clients = Array.from({ length: 4 }, () => createPrismaClient(database.url, { poolMax: 4 }));
    try {
      const attempts = await runWriters(clients, ownerId, 48, 10);
      expect(attempts).toHaveLength(480);
      const { accepted } = await checkOutcome(database.client, ownerId, attempts, 1);
      const winners = new Set(accepted.map((a) => a.writer.replace(/w\d+$/, "")));
      // On PostgreSQL saves from more than one connection won. SQLite takes one writer at a time and
      // better-sqlite3 answers in-process clients in turn, so one client may win every round (across
      // processes, the next test still sees several win).
      if (provider === "postgresql") expect(winners.size).toBeGreaterThan(1);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
  });

  it("4 separate processes × 12 writers × 10 rounds on one database (real lock contention)", async () => {
    const ownerId = await ownerWithPolicy("four-processes");
    const attempts = await runWriterProcesses(database.url, ownerId, 4, 12, 10);
    expect(attempts).toHaveLength(480);
    const { accepted } = await checkOutcome(database.client, ownerId, attempts, 1);
    expect(new Set(accepted.map((a) => a.writer.replace(/c\d+w\d+$/, ""))).size).toBeGreaterThan(1);
  });

  it("only one of 20 concurrent first saves (baseVersion 0) creates the policy; the rest get it back as a conflict", async () => {
    const ownerId = "concurrent-create";
    await database.client.user.create({ data: { id: ownerId, name: ownerId, email: `${ownerId}@example.test` } });
    const store = policyStore(database.client);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.savePolicy(ownerId, { profile: writerProfile(`creator-${i}`), baseVersion: 0 })),
    );
    const winners = results.filter((r): r is Extract<SaveResult, { ok: true }> => r.ok);
    expect(winners).toHaveLength(1);
    const stored = await store.getOwnPolicy(ownerId);
    expect(stored?.version).toBe(1);
    expect(stored?.profile).toEqual(winners[0]!.data.profile);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, code: "conflict", current: { version: 1, id: stored?.id } });
    expect(await database.client.policy.count({ where: { ownerId } })).toBe(1);
  });
});
