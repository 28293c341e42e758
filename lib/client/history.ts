"use client";

import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";

import { deleteAllHistoryAction, deleteHistoryEntryAction, loadHistoryAction, recordHistoryAction, type HistoryActionResult } from "@/app/actions/history";
import { useSessionState } from "@/lib/client/session";
import { EMPTY_LOCAL, expireLocal, HISTORY_STORAGE_KEY, localRecord, readLocalHistory, type LocalState } from "@/lib/history/local";
import {
  DEFAULT_RETENTION,
  MAX_ENTRIES_PER_REQUEST,
  MAX_HISTORY_ENTRIES,
  ZHistoryEntryInput,
  type HistoryEntryDraft,
  type HistoryRecord,
  type Retention,
} from "@/lib/history/schema";

// The decision history as the screens use it. A guest's history lives in this
// browser's localStorage only and never leaves the device unless the person, once
// signed in, chooses to add it to their account. A signed-in person's history
// lives in the account (app/actions/history.ts) and is not kept in the browser.

const CHANGE_EVENT = "kindly-history-change";

/** Keeps the browser's history; "storage" when the browser refuses (storage full, or blocked as in some private windows). */
function writeLocal(state: LocalState): HistoryError | null {
  try {
    if (state.entries.length === 0 && state.retention === DEFAULT_RETENTION) localStorage.removeItem(HISTORY_STORAGE_KEY);
    else localStorage.setItem(HISTORY_STORAGE_KEY, JSON.stringify(state));
  } catch {
    return "storage";
  }
  cached = null;
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return null;
}

let cached: { raw: string | null; state: LocalState } | null = null;

function snapshot(): LocalState {
  const raw = localStorage.getItem(HISTORY_STORAGE_KEY);
  if (cached?.raw !== raw) {
    const state = readLocalHistory(localStorage);
    cached = { raw, state };
  }
  return cached.state;
}

function subscribe(listener: () => void) {
  const onStorage = (event: StorageEvent) => event.key === HISTORY_STORAGE_KEY && listener();
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener("storage", onStorage);
  };
}

function useLocalHistory(): LocalState {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY_LOCAL);
}

/** A new entry's id, made here so that sending it twice stores it once. */
export function newClientId(): string {
  return crypto.randomUUID();
}

export type HistoryError = "full" | "signedOut" | "failed" | "storage";

export type HistoryApi = {
  status: "loading" | "ready" | "error";
  /** Where the entries are: this browser only (guest), or the account. */
  where: "browser" | "account";
  entries: HistoryRecord[];
  retention: Retention;
  /** Records one decision; given the same `clientId` again, it is stored once (a retry after a lost answer). */
  record: (draft: Omit<HistoryEntryDraft, "clientId" | "decidedAt"> & { clientId?: string }) => Promise<HistoryError | null>;
  remove: (id: string) => Promise<HistoryError | null>;
  removeAll: () => Promise<HistoryError | null>;
  setRetention: (retention: Retention) => Promise<HistoryError | null>;
  /** Entries a guest recorded in this browser before signing in: offered to the account, never moved silently. */
  guestEntries: number;
  bringGuestEntries: () => Promise<HistoryError | null>;
  discardGuestEntries: () => void;
};

const errorOf = (result: HistoryActionResult<unknown>): HistoryError | null => {
  if (result.ok) return null;
  if (result.code === "conflict") return "full";
  if (result.code === "signedOut") return "signedOut";
  return "failed";
};

/** The history of whoever uses Kindly here: the account's when signed in, else this browser's. */
export function useHistory(): HistoryApi {
  const session = useSessionState();
  const local = useLocalHistory();
  const signedIn = session !== "loading" && session !== null && session !== "unknown";
  const [remote, setRemote] = useState<{ status: "loading" | "ready" | "error"; entries: HistoryRecord[]; retention: Retention }>({
    status: "loading",
    entries: [],
    retention: DEFAULT_RETENTION,
  });

  // Newest first; the same array while the stored entries are the same, so what is derived from it can be kept.
  const localEntries = useMemo(() => [...local.entries].sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt)).map(localRecord), [local.entries]);

  const reload = useCallback(
    () =>
      loadHistoryAction().then(
        (result) => setRemote((r) => (result.ok ? { status: "ready", ...result.data } : { ...r, status: "error" })),
        () => setRemote((r) => ({ ...r, status: "error" })),
      ),
    [],
  );

  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    loadHistoryAction().then(
      (result) => live && setRemote((r) => (result.ok ? { status: "ready", ...result.data } : { ...r, status: "error" })),
      () => live && setRemote((r) => ({ ...r, status: "error" })),
    );
    return () => {
      live = false;
    };
  }, [signedIn]);

  const call = async (run: () => Promise<HistoryActionResult<unknown>>): Promise<HistoryError | null> => {
    try {
      const error = errorOf(await run());
      await reload();
      return error;
    } catch {
      return "failed";
    }
  };

  if (!signedIn) {
    return {
      status: session === "loading" ? "loading" : "ready",
      where: "browser",
      entries: localEntries,
      retention: local.retention,
      record: async (draft) => {
        if (draft.clientId && local.entries.some((e) => e.clientId === draft.clientId)) return null;
        if (local.entries.length >= MAX_HISTORY_ENTRIES) return "full";
        const parsed = ZHistoryEntryInput.safeParse({ ...draft, clientId: draft.clientId ?? newClientId(), decidedAt: new Date().toISOString() });
        if (!parsed.success) return "failed";
        return writeLocal({ ...local, entries: [...local.entries, parsed.data] });
      },
      remove: async (id) => writeLocal({ ...local, entries: local.entries.filter((e) => e.clientId !== id) }),
      removeAll: async () => writeLocal({ ...local, entries: [] }),
      setRetention: async (retention) => writeLocal(expireLocal({ ...local, retention })),
      guestEntries: 0,
      bringGuestEntries: async () => null,
      discardGuestEntries: () => {},
    };
  }

  return {
    status: remote.status,
    where: "account",
    entries: remote.entries,
    retention: remote.retention,
    record: (draft) =>
      call(() =>
        recordHistoryAction(JSON.stringify({ entries: [{ ...draft, clientId: draft.clientId ?? newClientId(), decidedAt: new Date().toISOString() }] })),
      ),
    remove: (id) => call(() => deleteHistoryEntryAction(id)),
    removeAll: () => call(() => deleteAllHistoryAction()),
    setRetention: (retention) => call(() => recordHistoryAction(JSON.stringify({ retention }))),
    guestEntries: local.entries.length,
    bringGuestEntries: async () => {
      // In batches; each entry keeps its clientId, so a batch sent again after a failure is stored once.
      const pending = [...local.entries];
      for (let i = 0; i < pending.length; i += MAX_ENTRIES_PER_REQUEST) {
        const batch = pending.slice(i, i + MAX_ENTRIES_PER_REQUEST);
        const error = await call(() => recordHistoryAction(JSON.stringify({ entries: batch })));
        if (error) return error;
      }
      writeLocal({ ...local, entries: [] });
      return null;
    },
    discardGuestEntries: () => writeLocal({ ...local, entries: [] }),
  };
}
