import "server-only";

import { db } from "@/lib/db";
import { databaseProvider, env, type DatabaseProvider } from "@/lib/env";

export async function checkDatabase(): Promise<{ ok: boolean; provider: DatabaseProvider }> {
  const provider = databaseProvider(env().DATABASE_URL);
  try {
    // A real read from a real table: proves the connection and the migrations.
    await db().policy.count();
    return { ok: true, provider };
  } catch (error) {
    console.error(`[health] database check failed: ${summary(error)}`);
    return { ok: false, provider };
  }
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
