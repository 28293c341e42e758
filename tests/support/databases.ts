import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { inject } from "vitest";

import { createPrismaClient, type Db } from "../../lib/db-client.ts";
import { deploy } from "../../scripts/lib/migrate.mjs";
import { createDatabase } from "../../scripts/lib/pg-cluster.ts";

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
  const database = await createDatabase(inject("pgAdminUrl"), "kindly_test");
  await deploy(database.url, process.cwd(), quiet);
  const client = createPrismaClient(database.url);
  return {
    provider,
    url: database.url,
    client,
    drop: async () => {
      await client.$disconnect();
      await database.drop();
    },
  };
}
