import "server-only";

import { randomUUID } from "node:crypto";

import type { Db } from "@/lib/db-client";
import { ZPlatform, ZRelationship, ZVerdict } from "@/lib/engine";
import { fail, type Failure, type Result } from "@/lib/errors";
import {
  DEFAULT_RETENTION,
  expiryCutoff,
  MAX_HISTORY_ENTRIES,
  ORIGINS,
  RETENTIONS,
  type HistoryEntryInput,
  type HistoryList,
  type HistoryRecord,
  type Retention,
} from "@/lib/history/schema";

// The decision history of one signed-in person. Every function takes the id of
// the person asking and touches only their rows: another person's entry is
// reported as not found, never read or deleted. Inputs arrive parsed
// (ZHistoryPost, ZEntryId). Entries are only ever added or deleted, never
// changed, so two devices recording at once cannot overwrite each other; an
// entry sent twice (same clientId) is stored once.

/** Adding past MAX_HISTORY_ENTRIES: nothing of the batch beyond the limit was stored. */
export type HistoryFull = Failure<"conflict"> & { reason: "full"; stored: HistoryRecord[] };

type Row = {
  id: string;
  clientId: string;
  platform: string;
  relationship: string;
  fullName: string;
  greetingName: string;
  profileLink: string | null;
  verdict: string;
  message: string | null;
  origin: string;
  note: string | null;
  waiting: boolean;
  meetingDate: string | null;
  decidedAt: Date;
};

const SELECT = {
  id: true,
  clientId: true,
  platform: true,
  relationship: true,
  fullName: true,
  greetingName: true,
  profileLink: true,
  verdict: true,
  message: true,
  origin: true,
  note: true,
  waiting: true,
  meetingDate: true,
  decidedAt: true,
} as const;

/** A stored row, or null when its vocabulary is no longer the engine's (it is then left out). */
function toRecord(row: Row): HistoryRecord | null {
  const platform = ZPlatform.safeParse(row.platform);
  const relationship = ZRelationship.safeParse(row.relationship);
  const verdict = ZVerdict.safeParse(row.verdict);
  if (!platform.success || !relationship.success || !verdict.success) return null;
  return {
    ...row,
    platform: platform.data,
    relationship: relationship.data,
    verdict: verdict.data,
    origin: (ORIGINS as readonly string[]).includes(row.origin) ? (row.origin as HistoryRecord["origin"]) : "advice",
    decidedAt: new Date(row.decidedAt).toISOString(),
  };
}

const records = (rows: Row[]) => rows.map(toRecord).filter((r): r is HistoryRecord => r !== null);

const toRetention = (months: number | undefined): Retention =>
  (RETENTIONS as readonly number[]).includes(months ?? -1) ? (months as Retention) : DEFAULT_RETENTION;

export function historyStore(database: Db) {
  async function getRetention(userId: string): Promise<Retention> {
    const row = await database.historySettings.findUnique({ where: { ownerId: userId }, select: { retentionMonths: true } });
    return toRetention(row?.retentionMonths);
  }

  /** Deletes this person's expired entries (their retention), so a list never shows one even between sweeps. */
  async function expireOwn(userId: string, retention: Retention, now = new Date()) {
    const cutoff = expiryCutoff(retention, now);
    if (cutoff) await database.historyEntry.deleteMany({ where: { ownerId: userId, decidedAt: { lt: cutoff } } });
  }

  /** The whole history, newest first, with the retention setting. */
  async function list(userId: string): Promise<HistoryList> {
    const retention = await getRetention(userId);
    await expireOwn(userId, retention);
    const rows = await database.historyEntry.findMany({
      where: { ownerId: userId },
      select: SELECT,
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: MAX_HISTORY_ENTRIES,
    });
    return { entries: records(rows), retention };
  }

  /** One entry by id, only if it belongs to the person asking. */
  async function get(userId: string, id: string): Promise<HistoryRecord | null> {
    const row = await database.historyEntry.findFirst({ where: { id, ownerId: userId }, select: SELECT });
    return row ? toRecord(row) : null;
  }

  /**
   * Adds entries, each in one statement that inserts it only while the person holds
   * fewer than MAX_HISTORY_ENTRIES and only if its clientId is new (then the stored
   * one is handed back). Two writers at the limit on PostgreSQL could both pass the
   * count, so the count is checked again afterwards and an entry past the limit is
   * taken back and refused: the limit holds and nothing is lost without an answer.
   */
  async function add(userId: string, entries: HistoryEntryInput[]): Promise<Result<HistoryRecord[], HistoryFull>> {
    const stored: HistoryRecord[] = [];
    for (const entry of entries) {
      const id = `h${randomUUID().replace(/-/g, "")}`;
      const inserted = await database.$executeRaw`
        INSERT INTO "HistoryEntry" ("id", "ownerId", "clientId", "platform", "relationship", "fullName", "greetingName",
          "profileLink", "verdict", "message", "origin", "note", "waiting", "meetingDate", "decidedAt", "createdAt")
        SELECT ${id}, ${userId}, ${entry.clientId}, ${entry.platform}, ${entry.relationship}, ${entry.fullName}, ${entry.greetingName},
          ${entry.profileLink ?? null}, ${entry.verdict}, ${entry.message ?? null}, ${entry.origin}, ${entry.note ?? null},
          ${entry.waiting}, ${entry.meetingDate ?? null}, ${new Date(entry.decidedAt)}, ${new Date()}
        WHERE (SELECT COUNT(*) FROM "HistoryEntry" WHERE "ownerId" = ${userId}) < ${MAX_HISTORY_ENTRIES}
        ON CONFLICT ("ownerId", "clientId") DO NOTHING`;
      if (inserted === 1 && (await database.historyEntry.count({ where: { ownerId: userId } })) > MAX_HISTORY_ENTRIES) {
        await database.historyEntry.deleteMany({ where: { id, ownerId: userId } });
        return { ...fail("conflict"), reason: "full", stored };
      }
      const row = await database.historyEntry.findUnique({ where: { ownerId_clientId: { ownerId: userId, clientId: entry.clientId } }, select: SELECT });
      if (!row) return { ...fail("conflict"), reason: "full", stored };
      const record = toRecord(row);
      if (record) stored.push(record);
    }
    return { ok: true, data: stored };
  }

  /** Deletes one entry; false when the person has no entry with that id. */
  async function remove(userId: string, id: string): Promise<boolean> {
    const { count } = await database.historyEntry.deleteMany({ where: { id, ownerId: userId } });
    return count === 1;
  }

  /** Deletes every entry of the person; the number deleted. */
  async function removeAll(userId: string): Promise<number> {
    const { count } = await database.historyEntry.deleteMany({ where: { ownerId: userId } });
    return count;
  }

  /** Sets how long entries are kept, and deletes at once what that setting has expired. */
  async function setRetention(userId: string, retention: Retention): Promise<Retention> {
    await database.historySettings.upsert({
      where: { ownerId: userId },
      create: { ownerId: userId, retentionMonths: retention },
      update: { retentionMonths: retention },
    });
    await expireOwn(userId, retention);
    return retention;
  }

  return { list, get, add, remove, removeAll, getRetention, setRetention };
}

/**
 * Deletes every person's expired entries: older than 3 months for those who keep 3,
 * older than 12 months for those who keep 12 or never chose. Run on a timer by the
 * server (lib/history/expiry.ts), whether or not anyone visits. The number deleted.
 */
export async function expireHistory(database: Db, now = new Date()): Promise<number> {
  const twelve = expiryCutoff(12, now)!;
  const three = expiryCutoff(3, now)!;
  const kept12 = await database.historyEntry.deleteMany({
    where: { decidedAt: { lt: twelve }, owner: { OR: [{ historyPrefs: { is: null } }, { historyPrefs: { is: { retentionMonths: { notIn: [0, 3] } } } }] } },
  });
  const kept3 = await database.historyEntry.deleteMany({
    where: { decidedAt: { lt: three }, owner: { historyPrefs: { is: { retentionMonths: 3 } } } },
  });
  return kept12.count + kept3.count;
}
