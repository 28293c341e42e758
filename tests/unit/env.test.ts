import os from "node:os";

import { describe, expect, it } from "vitest";

import { databaseProvider, parseEnv } from "@/lib/env";

import { serverProcesses } from "../../scripts/lib/server-command";

describe("parseEnv", () => {
  it("defaults to the embedded SQLite file", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/kindly.db");
    expect(databaseProvider(env.DATABASE_URL)).toBe("sqlite");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBe("file:./data/kindly.db");
  });

  it("accepts PostgreSQL URLs", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://kindly@db:5432/kindly" });
    expect(databaseProvider(env.DATABASE_URL)).toBe("postgresql");
  });

  it("names the variable when a value is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with "file:"/);
    expect(() => parseEnv({ DATABASE_POOL_MAX: "zero" })).toThrow(/DATABASE_POOL_MAX/);
    expect(() => parseEnv({ NODE_ENV: "staging" })).toThrow(/NODE_ENV/);
  });

  it("reads WEB_CONCURRENCY as a whole number of server processes, empty as unset", () => {
    expect(parseEnv({ WEB_CONCURRENCY: "3" }).WEB_CONCURRENCY).toBe(3);
    expect(parseEnv({ WEB_CONCURRENCY: "" }).WEB_CONCURRENCY).toBeUndefined();
    for (const wrong of ["0", "1.5", "many", "65"]) expect(() => parseEnv({ WEB_CONCURRENCY: wrong })).toThrow(/WEB_CONCURRENCY/);
  });
});

describe("serverProcesses", () => {
  it("is WEB_CONCURRENCY when set, else one per core and at most 4", () => {
    expect(serverProcesses({ WEB_CONCURRENCY: "1" })).toBe(1);
    expect(serverProcesses({ WEB_CONCURRENCY: "6" })).toBe(6);
    expect(serverProcesses({})).toBe(Math.min(os.availableParallelism(), 4));
  });
});
