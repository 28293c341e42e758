import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

import { databaseProvider, type DatabaseProvider } from "@/lib/env";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";

// Both generated clients come from the same models (prisma/schema.prisma is the
// source, the PostgreSQL schema is derived from it), so they share one shape.
export type Db = SqliteClient;

export type CreateClientOptions = { poolMax?: number };

const providers = new WeakMap<Db, DatabaseProvider>();

/** The database a client made by createPrismaClient talks to. */
export function providerOf(database: Db): DatabaseProvider | undefined {
  return providers.get(database);
}

/**
 * better-sqlite3 builds SQLite to commit in WAL mode without flushing to disk
 * (synchronous=NORMAL): a crash of the process loses nothing, but a power cut
 * or an OS crash could take back the last acknowledged saves. FULL flushes the
 * log on every commit, so an acknowledged save stays saved.
 */
class DurableSqlite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA synchronous = FULL");
    return adapter;
  }
}

/**
 * Builds a Prisma client for a DATABASE_URL: `file:` → SQLite through
 * better-sqlite3, `postgresql://` → PostgreSQL through pg. Used by the app
 * (via lib/db.ts), the migration script and the integration tests.
 */
export function createPrismaClient(url: string, options: CreateClientOptions = {}): Db {
  const provider: DatabaseProvider = databaseProvider(url);
  const client = clientFor(provider, url, options);
  providers.set(client, provider);
  return client;
}

function clientFor(provider: DatabaseProvider, url: string, options: CreateClientOptions): Db {
  switch (provider) {
    case "sqlite":
      // `timeout` is SQLite's busy timeout: writers wait for the lock instead of failing.
      return new SqliteClient({ adapter: new DurableSqlite({ url, timeout: 10_000 }) });
    case "postgresql":
      return new PostgresClient({
        adapter: new PrismaPg({ connectionString: url, max: options.poolMax ?? 10 }),
      }) as unknown as Db;
    default: {
      const unreachable: never = provider;
      throw new Error(`Unsupported database provider: ${String(unreachable)}`);
    }
  }
}
