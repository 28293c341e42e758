import { describe, expect, it } from "vitest";

import { databaseProvider, parseEnv } from "@/lib/env";

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
});
