import { afterEach, describe, expect, it, vi } from "vitest";

import { freePort } from "../../scripts/lib/pg-cluster.ts";
import { createTestDatabase, PROVIDERS } from "../support/databases.ts";

// Loads the real route handler against a given DATABASE_URL.
async function healthFor(url: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", url);
  (globalThis as { kindlyDb?: unknown }).kindlyDb = undefined;
  const { GET } = await import("../../app/api/health/route.ts");
  return GET();
}

afterEach(() => {
  vi.unstubAllEnvs();
  (globalThis as { kindlyDb?: { $disconnect(): Promise<void> } }).kindlyDb?.$disconnect();
  (globalThis as { kindlyDb?: unknown }).kindlyDb = undefined;
});

describe("GET /api/health", () => {
  it.each(PROVIDERS)("answers ok with the provider name on %s", async (provider) => {
    const database = await createTestDatabase(provider);
    await database.client.$disconnect();
    try {
      const response = await healthFor(database.url);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", database: provider });
    } finally {
      await database.drop();
    }
  });

  it("answers 503 with a clear JSON error when PostgreSQL is unreachable", async () => {
    const port = await freePort();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await healthFor(`postgresql://postgres@127.0.0.1:${port}/kindly`);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: "error", database: "postgresql" });
    expect(body.error).toMatch(/unreachable/i);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*\.ts/);
    errors.mockRestore();
  });

  it("answers 503 when the SQLite file has no tables (not migrated)", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await healthFor(`file:/tmp/kindly-missing-${Date.now()}.db`);
    expect(response.status).toBe(503);
    errors.mockRestore();
  });
});
