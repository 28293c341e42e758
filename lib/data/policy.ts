import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db-client";
import { ZProfile, type Profile } from "@/lib/engine";
import { fail, type Failure, type Result } from "@/lib/errors";

// The saved policy of one signed-in person. Every function takes the id of
// the person asking and only ever touches rows they own: another person's
// policy is reported as not found, never read or changed. Inputs arrive
// parsed (route handlers and actions parse with ZSavePolicy).

export type PolicyRecord = { id: string; version: number; profile: Profile; updatedAt: string };

/** Prisma `Int`: a 32-bit signed integer on both providers. */
export const MAX_VERSION = 2_147_483_647;

export const ZSavePolicy = z
  .object({
    profile: ZProfile,
    // The version the edit started from; 0 when there is no saved policy yet.
    // At most the largest value of the 32-bit `version` column (PostgreSQL
    // refuses a bigger number in the compare-and-set with an error).
    baseVersion: z.number().int().min(0).max(MAX_VERSION),
  })
  .strict();
export type SavePolicy = z.infer<typeof ZSavePolicy>;

/** A save refused because the policy changed since `baseVersion`: `current` is the newer one. */
export type Conflict = Failure<"conflict"> & { current: PolicyRecord | null };
export type SaveResult = Result<PolicyRecord, Conflict>;

/** Policy ids are cuids. Anything else cannot exist (and PostgreSQL errors on a NUL in a string). */
export const ZPolicyId = z.string().regex(/^[\x21-\x7e]{1,64}$/);

type Row = { id: string; version: number; profile: string; updatedAt: Date };

/** A row as callers get it (a raw query may hand back the version as a bigint and the time as text). */
function record(row: Omit<Row, "profile">, profile: Profile): PolicyRecord {
  return { id: row.id, version: Number(row.version), profile, updatedAt: new Date(row.updatedAt).toISOString() };
}

/** A stored row, or null when its profile no longer parses. */
function toRecord(row: Row): PolicyRecord | null {
  let json: unknown;
  try {
    json = JSON.parse(row.profile);
  } catch {
    return null;
  }
  const parsed = ZProfile.safeParse(json);
  return parsed.success ? record(row, parsed.data) : null;
}

const SELECT = { id: true, version: true, profile: true, updatedAt: true } as const;

export function policyStore(database: Db) {
  async function getOwnPolicy(userId: string): Promise<PolicyRecord | null> {
    const row = await database.policy.findUnique({ where: { ownerId: userId }, select: SELECT });
    return row ? toRecord(row) : null;
  }

  /** A policy by id, only if it belongs to the person asking. */
  async function getPolicyById(userId: string, policyId: string): Promise<PolicyRecord | null> {
    const row = await database.policy.findFirst({ where: { id: policyId, ownerId: userId }, select: SELECT });
    return row ? toRecord(row) : null;
  }

  /**
   * Saves the whole policy or nothing. A save based on an older version than
   * the stored one is refused as a conflict (two tabs, two devices), never
   * applied over the newer one.
   */
  async function savePolicy(userId: string, { profile, baseVersion }: SavePolicy): Promise<SaveResult> {
    const json = JSON.stringify(profile);
    if (baseVersion === 0) {
      try {
        const row = await database.policy.create({ data: { ownerId: userId, profile: json, version: 1 }, select: SELECT });
        return { ok: true, data: record(row, profile) };
      } catch (error) {
        if (isUniqueViolation(error)) return conflict(userId);
        throw error;
      }
    }
    // Compare-and-set in ONE statement, the same on both databases, so the
    // database checks the version and writes atomically: only the writer
    // holding the current version wins. (Prisma's updateMany may select the
    // rows first and update them by id, which lets two writers of the same
    // version both succeed.) RETURNING hands back exactly the row this save
    // wrote: reading it again afterwards could return a later writer's policy.
    const [row] = await database.$queryRaw<Omit<Row, "profile">[]>`
      UPDATE "Policy" SET "profile" = ${json}, "version" = "version" + 1, "updatedAt" = ${new Date()}
      WHERE "ownerId" = ${userId} AND "version" = ${baseVersion}
      RETURNING "id", "version", "updatedAt"`;
    if (!row) return conflict(userId);
    return { ok: true, data: record(row, profile) };
  }

  async function conflict(userId: string): Promise<Conflict> {
    return { ...fail("conflict"), current: await getOwnPolicy(userId) };
  }

  return { getOwnPolicy, getPolicyById, savePolicy };
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
