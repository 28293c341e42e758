import {
  DEFAULT_RETENTION,
  expiryCutoff,
  ZHistoryEntryInput,
  ZRetention,
  type HistoryEntryInput,
  type HistoryRecord,
  type Retention,
} from "@/lib/history/schema";

// A guest's history as this browser keeps it (localStorage, HISTORY_STORAGE_KEY): pure
// reading and expiry, so the rules can be tested outside a browser (lib/client/history.ts
// carries them out).

export const HISTORY_STORAGE_KEY = "kindly.history";

export type LocalState = { entries: HistoryEntryInput[]; retention: Retention };
export const EMPTY_LOCAL: LocalState = { entries: [], retention: DEFAULT_RETENTION };

/** A local entry shown like a stored one: its clientId is its id. */
export function localRecord(entry: HistoryEntryInput): HistoryRecord {
  return {
    ...entry,
    id: entry.clientId,
    profileLink: entry.profileLink ?? null,
    message: entry.message ?? null,
    note: entry.note ?? null,
    meetingDate: entry.meetingDate ?? null,
  };
}

/** Drops the entries the retention has expired (browser-side expiry). */
export function expireLocal(state: LocalState, now = new Date()): LocalState {
  const cutoff = expiryCutoff(state.retention, now)?.getTime() ?? -Infinity;
  return { ...state, entries: state.entries.filter((e) => Date.parse(e.decidedAt) >= cutoff) };
}

/** Reads the guest's history: anything invalid is dropped, and whatever its retention has expired. */
export function readLocalHistory(storage: Pick<Storage, "getItem">, now = new Date()): LocalState {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(HISTORY_STORAGE_KEY) ?? "null");
  } catch {
    return EMPTY_LOCAL;
  }
  if (!raw || typeof raw !== "object") return EMPTY_LOCAL;
  const { entries, retention } = raw as { entries?: unknown; retention?: unknown };
  const keep = ZRetention.safeParse(retention);
  const valid = (Array.isArray(entries) ? entries : []).map((e) => ZHistoryEntryInput.safeParse(e)).flatMap((p) => (p.success ? [p.data] : []));
  return expireLocal({ entries: valid, retention: keep.success ? keep.data : DEFAULT_RETENTION }, now);
}
