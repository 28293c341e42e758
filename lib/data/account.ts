import "server-only";

import type { Db } from "@/lib/db-client";
import { policyStore } from "@/lib/data/policy";

/** Everything Kindly holds about one person, for the "download my data" button. */
export async function exportAccount(database: Db, userId: string) {
  const user = await database.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, createdAt: true, updatedAt: true },
  });
  if (!user) return null;
  const sessions = await database.session.findMany({
    where: { userId },
    select: { createdAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    orderBy: { createdAt: "asc" },
  });
  const policy = await policyStore(database).getOwnPolicy(userId);
  return {
    exportedAt: new Date().toISOString(),
    user: { ...user, createdAt: user.createdAt.toISOString(), updatedAt: user.updatedAt.toISOString() },
    sessions: sessions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), expiresAt: s.expiresAt.toISOString() })),
    policy,
  };
}
