import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db-client";
import { historyStore } from "@/lib/data/history";
import { policyStore, ZSavePolicy, type SaveResult } from "@/lib/data/policy";
import { ZLanguage, ZLinkedinUrl, ZProfile } from "@/lib/engine";

// The signed-in person's account: their details and everything Kindly holds
// about them. Every function takes the person's own id and touches only their rows.

export const ZAccountDetails = z
  .object({
    displayName: ZProfile.shape.displayName,
    language: ZLanguage,
    linkedinUrl: z.union([z.literal(""), ZLinkedinUrl]),
    baseVersion: ZSavePolicy.shape.baseVersion,
  })
  .strict();
export type AccountDetails = z.infer<typeof ZAccountDetails>;

/**
 * Changes the display name, language and LinkedIn URL. They are stored in the
 * policy, by the same single-statement compare-and-set as every save (a stale
 * `baseVersion` is a conflict); the name is then copied to the account, where
 * it only serves as a fallback and can always be rebuilt from the policy.
 * No interactive transaction: on SQLite, Prisma's one connection would let
 * other requests' writes run inside it, and a rollback would undo them too.
 */
export async function updateAccountDetails(database: Db, userId: string, details: AccountDetails): Promise<SaveResult> {
  const { displayName, language, linkedinUrl, baseVersion } = details;
  const store = policyStore(database);
  const current = await store.getOwnPolicy(userId);
  const profile = { ...(current?.profile ?? ZProfile.parse({})), displayName, language, linkedinUrl: linkedinUrl || undefined };
  const saved = await store.savePolicy(userId, { profile, baseVersion });
  if (saved.ok && displayName) await database.user.update({ where: { id: userId }, data: { name: displayName } });
  return saved;
}

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
  const history = await historyStore(database).list(userId);
  return {
    exportedAt: new Date().toISOString(),
    user: { ...user, createdAt: user.createdAt.toISOString(), updatedAt: user.updatedAt.toISOString() },
    sessions: sessions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), expiresAt: s.expiresAt.toISOString() })),
    policy,
    history,
  };
}
