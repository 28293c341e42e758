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
    console.error(`[health] database check failed: ${error instanceof Error ? error.message.split("\n")[0] : "unknown error"}`);
    return { ok: false, provider };
  }
}
