import fs from "node:fs";

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
const sqliteAdapters = new WeakMap<Db, DurableSqlite>();

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
  /** The file the open connection reads and writes (device and inode), as it was when the connection opened. */
  opened: { dev: number; ino: number } | null = null;

  constructor(private readonly file: string) {
    // `fileMustExist`: a database deleted under a running app is not silently replaced by an empty one,
    // which the next `npm start` would then take for the real thing (scripts/lib/data-folder.mjs).
    super({ url: file, timeout: 10_000, fileMustExist: true });
  }

  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA synchronous = FULL");
    const stat = fs.statSync(this.file, { throwIfNoEntry: false });
    this.opened = stat ? { dev: stat.dev, ino: stat.ino } : null;
    return adapter;
  }
}

/**
 * For a SQLite client: the file its connection has open (null before it connects). Once that file has
 * been deleted or replaced at its path, the connection keeps writing to one nobody will read again.
 */
export function openedSqliteFile(database: Db): { dev: number; ino: number } | null {
  return sqliteAdapters.get(database)?.opened ?? null;
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
    case "sqlite": {
      // `timeout` (10 s) is SQLite's busy timeout: writers wait for the lock instead of failing.
      const adapter = new DurableSqlite(url.replace(/^file:/, ""));
      const client = new SqliteClient({ adapter });
      sqliteAdapters.set(client, adapter);
      return client;
    }
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
