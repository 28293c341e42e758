import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/databases.ts";

describe.each(PROVIDERS)("Prisma on %s (real database)", (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const aUser = (id: string) => database.client.user.create({ data: { id, name: id, email: `${id}@example.test` } });

  it.runIf(provider === "sqlite")("commits in WAL mode and flushes every commit to disk (synchronous=FULL)", async () => {
    const [journal] = await database.client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await database.client.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(sync?.synchronous)).toBe(2);
  });

  it("writes a policy and reads it back", async () => {
    await aUser("owner-1");
    const created = await database.client.policy.create({ data: { ownerId: "owner-1", profile: JSON.stringify({ language: "fi" }) } });
    expect(created.version).toBe(1);

    const read = await database.client.policy.findUnique({ where: { ownerId: "owner-1" } });
    expect(read?.id).toBe(created.id);
    expect(JSON.parse(read?.profile ?? "{}")).toEqual({ language: "fi" });
  });

  it("enforces one policy per owner", async () => {
    await aUser("owner-2");
    await database.client.policy.create({ data: { ownerId: "owner-2", profile: "{}" } });
    await expect(database.client.policy.create({ data: { ownerId: "owner-2", profile: "{}" } })).rejects.toThrow();
    expect(await database.client.policy.count({ where: { ownerId: "owner-2" } })).toBe(1);
  });

  it("removes a user's policy with the user", async () => {
    await aUser("owner-3");
    await database.client.policy.create({ data: { ownerId: "owner-3", profile: "{}" } });
    await database.client.user.delete({ where: { id: "owner-3" } });
    expect(await database.client.policy.count({ where: { ownerId: "owner-3" } })).toBe(0);
  });

  it("applies migrations once: a second deploy changes nothing", async () => {
    const { deploy } = await import("../../scripts/lib/migrate.mjs");
    const lines: string[] = [];
    // The app's connection is closed first: the schema engine locks a SQLite file exclusively.
    await database.client.$disconnect();
    await deploy(database.url, process.cwd(), (line) => lines.push(line));
    expect(lines).toEqual([`The ${provider} database is up to date.`]);
  });
});
