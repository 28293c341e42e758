import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db-client";
import { policyStore, ZSavePolicy, type SaveResult } from "@/lib/data/policy";
import { ZLanguage, ZLinkedinUrl, ZProfile } from "@/lib/engine";
import { fail } from "@/lib/errors";

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
 * Changes the display name, language and LinkedIn URL: stored in the policy,
 * the name also on the account, both in one transaction (all or nothing).
 * A stale `baseVersion` is a conflict, as for any policy save.
 */
export async function updateAccountDetails(database: Db, userId: string, details: AccountDetails): Promise<SaveResult> {
  const { displayName, language, linkedinUrl, baseVersion } = details;
  return database.$transaction(async (tx) => {
    const store = policyStore(tx);
    const current = await store.getOwnPolicy(userId);
    // Checked before writing: a failed write would leave the transaction unusable for reading the newer policy.
    if ((current?.version ?? 0) !== baseVersion) return { ...fail("conflict"), current };
    const profile = { ...(current?.profile ?? ZProfile.parse({})), displayName, language, linkedinUrl: linkedinUrl || undefined };
    const saved = await store.savePolicy(userId, { profile, baseVersion });
    if (saved.ok && displayName) await tx.user.update({ where: { id: userId }, data: { name: displayName } });
    return saved;
  });
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
  return {
    exportedAt: new Date().toISOString(),
    user: { ...user, createdAt: user.createdAt.toISOString(), updatedAt: user.updatedAt.toISOString() },
    sessions: sessions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), expiresAt: s.expiresAt.toISOString() })),
    policy,
  };
}
