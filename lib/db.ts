import "server-only";

import { createPrismaClient, type Db } from "@/lib/db-client";
import { env } from "@/lib/env";

// One Prisma client per process. The global keeps it across hot reloads in dev.
const globalForDb = globalThis as unknown as { kindlyDb?: Db };

export function db(): Db {
  globalForDb.kindlyDb ??= createPrismaClient(env().DATABASE_URL, { poolMax: env().DATABASE_POOL_MAX });
  return globalForDb.kindlyDb;
}
