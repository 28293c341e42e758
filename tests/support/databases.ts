import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { inject } from "vitest";

import { createPrismaClient, type Db } from "../../lib/db-client.ts";
import { deploy } from "../../scripts/lib/migrate.mjs";

export type TestDatabase = { provider: "sqlite" | "postgresql"; url: string; client: Db; drop: () => Promise<void> };

/** A fresh, migrated database of each kind: a SQLite file and a PostgreSQL database. */
export const PROVIDERS = ["sqlite", "postgresql"] as const;

export async function createTestDatabase(provider: "sqlite" | "postgresql"): Promise<TestDatabase> {
  const quiet = () => {};
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-sqlite-"));
    const url = `file:${path.join(dir, "test.db")}`;
    await deploy(url, process.cwd(), quiet);
    const client = createPrismaClient(url);
    return {
      provider,
      url,
      client,
      drop: async () => {
        await client.$disconnect();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject("pgAdminUrl");
  const name = `kindly_test_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await deploy(url.toString(), process.cwd(), quiet);
  const client = createPrismaClient(url.toString());
  return {
    provider,
    url: url.toString(),
    client,
    drop: async () => {
      await client.$disconnect();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
