import "server-only";

import fs from "node:fs/promises";
import path from "node:path";

import { sqliteFileOf } from "@/lib/database-url.mjs";
import { db } from "@/lib/db";
import { openedSqliteFile } from "@/lib/db-client";
import { databaseProvider, env, type DatabaseProvider } from "@/lib/env";

/**
 * What is wrong with the database, if anything:
 * - unreachable: it cannot be read (PostgreSQL down, the SQLite file unreadable or not migrated);
 * - missing: the SQLite file is gone from its path (an open connection would go on writing to the deleted file);
 * - replaced: another file now stands at the path than the one this process has open;
 * - readOnly: a write is refused (file or folder permissions, a read-only disk or database).
 */
export type DatabaseProblem = "unreachable" | "missing" | "replaced" | "readOnly";

export type DatabaseCheck = { ok: true; provider: DatabaseProvider } | { ok: false; provider: DatabaseProvider; problem: DatabaseProblem };

export async function checkDatabase(): Promise<DatabaseCheck> {
  const url = env().DATABASE_URL;
  const provider = databaseProvider(url);
  const file = sqliteFileOf(url);
  const fail = (problem: DatabaseProblem, detail: string): DatabaseCheck => {
    console.error(`[health] database check failed (${problem}): ${detail}`);
    return { ok: false, provider, problem };
  };

  if (file && !(await exists(file))) return fail("missing", `${file} does not exist`);
  try {
    // A real read from a real table: proves the connection and the migrations.
    await db().policy.count();
  } catch (error) {
    return fail("unreachable", reason(error));
  }
  try {
    await probeWrite();
  } catch (error) {
    // SQLite: "attempt to write a readonly database"; PostgreSQL: "cannot execute DELETE in a read-only transaction".
    const readOnly = error instanceof Error && /read-?only/i.test(error.message);
    return fail(readOnly ? "readOnly" : "unreachable", reason(error));
  }
  if (!file) return { ok: true, provider };

  // The connection is open now: it must still be the file at the path, and the next connection must be able to write.
  const opened = openedSqliteFile(db());
  const now = await fs.stat(file).catch(() => null);
  if (!now) return fail("missing", `${file} does not exist`);
  if (opened && (opened.dev !== now.dev || opened.ino !== now.ino)) return fail("replaced", `${file} is not the file this process opened`);
  try {
    // SQLite writes its -wal and -shm files beside the database.
    await fs.access(file, fs.constants.R_OK | fs.constants.W_OK);
    await fs.access(path.dirname(file), fs.constants.W_OK);
  } catch (error) {
    return fail("readOnly", reason(error));
  }
  return { ok: true, provider };
}

/**
 * A write that changes nothing: the statement still takes the database's write lock, which a read-only file,
 * folder, disk or PostgreSQL server refuses. One statement on its own, not a transaction rolled back: on SQLite
 * Prisma's one connection would let other requests' writes run inside the transaction, and the rollback would
 * undo them too (lib/data/account.ts).
 */
async function probeWrite() {
  await db().$executeRaw`DELETE FROM "Policy" WHERE 1 = 0`;
}

async function exists(file: string) {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** One line for the log: the first non-empty line of the message (Prisma's start with a blank one), never a stack. */
export function summary(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  return (
    error.message
      .split("\n")
      .map((line) => line.trim())
      .find(Boolean) ?? error.name
  );
}

/**
 * The health check's own log line: the last line of the message, where Prisma puts the driver's reason
 * (its first is "Invalid `…` invocation:"). The check's queries carry no one's data.
 */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  return (
    error.message
      .split("\n")
      .map((line) => line.trim())
      .findLast(Boolean) ?? error.name
  );
}
