"use server";

import { signedInUser } from "@/app/actions/signed-in";
import { historyStore, type HistoryFull } from "@/lib/data/history";
import { db } from "@/lib/db";
import { fail, type Failure, type Result } from "@/lib/errors";
import { countHistoryRequest } from "@/lib/history/limit";
import { ZEntryId, ZHistoryPost, type HistoryList, type HistoryRecord, type Retention } from "@/lib/history/schema";
import { parseJsonInput } from "@/lib/validation";

// The history screen's and the advice screen's actions: the same checks and data layer as
// /api/history (Origin, session, per-person limit, zod), for the signed-in person only.

type Refused = Failure<"signedOut" | "forbidden" | "notFound" | "invalid" | "tooManyRequests">;
export type HistoryActionResult<T> = Result<T, Refused | HistoryFull>;

async function who(): Promise<Result<string, Refused>> {
  const user = await signedInUser();
  if (!user.ok) return user;
  return countHistoryRequest(user.data.id).ok ? { ok: true, data: user.data.id } : fail("tooManyRequests");
}

export async function loadHistoryAction(): Promise<HistoryActionResult<HistoryList>> {
  const user = await who();
  if (!user.ok) return user;
  return { ok: true, data: await historyStore(db()).list(user.data) };
}

/** Records entries and/or sets the retention; `json` is ZHistoryPost as JSON. */
export async function recordHistoryAction(json: string): Promise<HistoryActionResult<{ entries: HistoryRecord[]; retention: Retention }>> {
  const user = await who();
  if (!user.ok) return user;
  const parsed = parseJsonInput(ZHistoryPost, json);
  if (!parsed.ok) return parsed;
  const store = historyStore(db());
  const retention = parsed.data.retention === undefined ? await store.getRetention(user.data) : await store.setRetention(user.data, parsed.data.retention);
  if (!parsed.data.entries) return { ok: true, data: { entries: [], retention } };
  const added = await store.add(user.data, parsed.data.entries);
  return added.ok ? { ok: true, data: { entries: added.data, retention } } : added;
}

export async function deleteHistoryEntryAction(entryId: unknown): Promise<HistoryActionResult<{ deleted: number }>> {
  const user = await who();
  if (!user.ok) return user;
  // An id that cannot exist is not found, like another person's.
  const id = ZEntryId.safeParse(entryId);
  if (!id.success || !(await historyStore(db()).remove(user.data, id.data))) return fail("notFound");
  return { ok: true, data: { deleted: 1 } };
}

export async function deleteAllHistoryAction(): Promise<HistoryActionResult<{ deleted: number }>> {
  const user = await who();
  if (!user.ok) return user;
  return { ok: true, data: { deleted: await historyStore(db()).removeAll(user.data) } };
}
