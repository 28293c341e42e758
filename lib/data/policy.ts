import "server-only";

import { z } from "zod";

import { groupCommit } from "@/lib/data/group-commit";
import { providerOf, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { ZProfile, type Profile } from "@/lib/engine";
import { fieldErrors, forbiddenKeyError, forbiddenKeyPath, type FieldError } from "@/lib/http/json-body";

// The saved policy of one signed-in person. Every function takes the id of
// the person asking and only ever touches rows they own: another person's
// policy is reported as not found, never read or changed.

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

export type SaveResult =
  | { ok: true; policy: PolicyRecord }
  | { ok: false; reason: "conflict"; current: PolicyRecord | null }
  | { ok: false; reason: "invalid"; fieldErrors: FieldError[] };

type Row = { id: string; version: number; profile: string; updatedAt: Date };

function toRecord(row: Row): PolicyRecord | null {
  let json: unknown;
  try {
    json = JSON.parse(row.profile);
  } catch {
    return null;
  }
  const parsed = ZProfile.safeParse(json);
  return parsed.success ? { id: row.id, version: row.version, profile: parsed.data, updatedAt: row.updatedAt.toISOString() } : null;
}

const SELECT = { id: true, version: true, profile: true, updatedAt: true } as const;

export function policyStore(database: Db) {
  async function getOwnPolicy(userId: string): Promise<PolicyRecord | null> {
    const row = await database.policy.findUnique({ where: { ownerId: userId }, select: SELECT });
    return row ? toRecord(row) : null;
  }

  /** A policy by id, only if it belongs to the person asking. */
  async function getPolicyById(userId: string, policyId: string): Promise<PolicyRecord | null> {
    // Ids are cuids. Anything else cannot exist, and PostgreSQL errors on a NUL in a string.
    if (!/^[\x21-\x7e]{1,64}$/.test(policyId)) return null;
    const row = await database.policy.findFirst({ where: { id: policyId, ownerId: userId }, select: SELECT });
    return row ? toRecord(row) : null;
  }

  /**
   * Saves the whole policy or nothing. A save based on an older version than
   * the stored one is refused as a conflict (two tabs, two devices), never
   * applied over the newer one.
   */
  async function savePolicy(userId: string, input: unknown): Promise<SaveResult> {
    const parsed = ZSavePolicy.safeParse(input);
    if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrors(parsed.error) };
    // A record type drops a `__proto__` key silently; refuse it like any unknown field.
    const forbidden = forbiddenKeyPath(input);
    if (forbidden !== null) return { ok: false, reason: "invalid", fieldErrors: [forbiddenKeyError(forbidden)] };
    const { profile, baseVersion } = parsed.data;
    const json = JSON.stringify(profile);

    if (baseVersion === 0) {
      try {
        const row = await database.policy.create({ data: { ownerId: userId, profile: json, version: 1 }, select: SELECT });
        return { ok: true, policy: toRecord(row)! };
      } catch (error) {
        if (isUniqueViolation(error)) return { ok: false, reason: "conflict", current: await getOwnPolicy(userId) };
        throw error;
      }
    }
    // Compare-and-set in ONE statement, so the database checks the version and
    // writes atomically: only the writer holding the current version wins.
    // (Prisma's updateMany may select the rows first and update them by id,
    // which lets two writers of the same version both succeed.) RETURNING hands
    // back exactly the row this save wrote: reading it again afterwards could
    // return a later writer's policy, which the caller would then take as its own.
    // On SQLite, saves under way at once share that statement (see sqliteSaves);
    // PostgreSQL commits them side by side on its pool.
    const save = { ownerId: userId, json, baseVersion };
    const row = providerOf(database) === "sqlite" ? await sqliteSaves(database)(save) : await updateOne(database, save);
    // The profile was just validated; no need to parse what was written back.
    if (row) return { ok: true, policy: { id: row.id, version: Number(row.version), profile, updatedAt: new Date(row.updatedAt).toISOString() } };
    return { ok: false, reason: "conflict", current: await getOwnPolicy(userId) };
  }

  return { getOwnPolicy, getPolicyById, savePolicy };
}

type Save = { ownerId: string; json: string; baseVersion: number };
type Written = Omit<Row, "profile">;

/** One compare-and-set UPDATE: the row it wrote, or undefined when the save's version was stale. */
async function updateOne(database: Db, save: Save): Promise<Written | undefined> {
  const rows = await database.$queryRaw<Written[]>`
    UPDATE "Policy" SET "profile" = ${save.json}, "version" = "version" + 1, "updatedAt" = ${new Date()}
    WHERE "ownerId" = ${save.ownerId} AND "version" = ${save.baseVersion}
    RETURNING "id", "version", "updatedAt"`;
  return rows[0];
}

/**
 * Saves of several people as ONE compare-and-set UPDATE (SQLite's UPDATE … FROM):
 * each row is written only if its version is still the one its save started
 * from, all in one statement, so in one commit with one flush to disk. A
 * single statement is written whole or not at all and holds no transaction
 * open between turns of the event loop, where another query of this process
 * could land in it. groupCommit puts at most one save per person in a group.
 */
async function updateTogether(database: Db, saves: Save[]): Promise<(Written | undefined)[]> {
  const given = Prisma.join(
    saves.map((s) => Prisma.sql`SELECT ${s.ownerId} AS "ownerId", ${s.baseVersion} AS "baseVersion", ${s.json} AS "profile"`),
    " UNION ALL ",
  );
  const rows = await database.$queryRaw<(Written & { ownerId: string })[]>`
    UPDATE "Policy" SET "profile" = given."profile", "version" = "Policy"."version" + 1, "updatedAt" = ${new Date()}
    FROM (${given}) AS given
    WHERE "Policy"."ownerId" = given."ownerId" AND "Policy"."version" = given."baseVersion"
    RETURNING "ownerId", "id", "version", "updatedAt"`;
  const byOwner = new Map(rows.map((row) => [row.ownerId, row]));
  return saves.map((s) => byOwner.get(s.ownerId));
}

const sqliteQueues = new WeakMap<Db, (save: Save) => Promise<Written | undefined>>();

/** This SQLite client's saves, grouped (lib/data/group-commit.ts): one person's saves never share a group. */
function sqliteSaves(database: Db) {
  let write = sqliteQueues.get(database);
  if (!write) {
    write = groupCommit((saves: Save[]) => updateTogether(database, saves), { key: (save) => save.ownerId });
    sqliteQueues.set(database, write);
  }
  return write;
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
