"use client";

import { useSyncExternalStore } from "react";
import { z } from "zod";

import { ZImportProblem, ZPendingRequest, type ImportProblem, type PendingRequest } from "@/lib/import/schemas";
import { EMPTY_QUEUE, ZQueueState, type QueueState } from "@/lib/import/triage";

// The imported requests and the triage queue's state, kept in this browser's
// localStorage so the queue resumes after a reload. Names included: it is the
// person's own device, and the screen says so. Nothing here is ever sent.
// Read back through zod: anything edited by hand or left by an older version
// is dropped, never trusted.

// Two items: the requests and problems (large, written when an import changes them) and the queue's state
// (written on every change of the queue). An older version kept the queue inside the first; it is read there.
export const IMPORT_STORAGE_KEY = "kindly.import";
export const IMPORT_QUEUE_KEY = "kindly.import.queue";
const CHANGE_EVENT = "kindly-import-change";

export type ImportState = { requests: PendingRequest[]; problems: ImportProblem[]; queue: QueueState };
export const EMPTY_IMPORT: ImportState = { requests: [], problems: [], queue: EMPTY_QUEUE };

const ZStored = z.object({
  requests: z.array(z.unknown()).catch([]),
  problems: z.array(z.unknown()).catch([]),
  queue: ZQueueState.catch(EMPTY_QUEUE),
});

const jsonOf = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};

/** Reads the stored import (and its queue, stored apart); each request or problem that does not parse is left out. */
export function parseImportState(raw: string | null, rawQueue: string | null = null): ImportState {
  if (!raw) return EMPTY_IMPORT;
  const json = jsonOf(raw);
  if (json === undefined) return EMPTY_IMPORT;
  const stored = ZStored.safeParse(json);
  if (!stored.success) return EMPTY_IMPORT;
  // Each value checked once: what parses is kept as parsed, the rest left out.
  const keep = <T>(schema: z.ZodType<T>, values: unknown[]) =>
    values.flatMap((v) => {
      const parsed = schema.safeParse(v);
      return parsed.success ? [parsed.data] : [];
    });
  const queue = rawQueue === null ? stored.data.queue : ZQueueState.catch(EMPTY_QUEUE).parse(jsonOf(rawQueue));
  return { requests: keep(ZPendingRequest, stored.data.requests), problems: keep(ZImportProblem, stored.data.problems), queue };
}

let cached: { raw: string | null; rawQueue: string | null; state: ImportState } | null = null;
/** Why the last write failed, if it did: the screen says the queue will not survive a reload, and why. */
let writeFailed: "tooLarge" | "blocked" | null = null;

/** Why this browser is not keeping the import: too large for its storage, or storage blocked; null when kept. */
export function importNotKeptReason(): "tooLarge" | "blocked" | null {
  return writeFailed;
}

function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function snapshot(): ImportState {
  if (pending) return pending;
  if (memory) return memory;
  const raw = readRaw(IMPORT_STORAGE_KEY);
  const rawQueue = readRaw(IMPORT_QUEUE_KEY);
  if (cached?.raw !== raw || cached.rawQueue !== rawQueue) cached = { raw, rawQueue, state: parseImportState(raw, rawQueue) };
  return cached.state;
}

// Where storage refuses a write (private mode, full), the state lives in memory for this tab.
let memory: ImportState | null = null;
// What was shown last and is not yet in storage: written after the frame, once the changes pause.
let pending: ImportState | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let idle: number | null = null;
let flushOnLeave = false;

/** How long changes must pause before they are written: key presses in a row make one write. */
export const WRITE_DELAY_MS = 250;

/**
 * Shows `state` at once and keeps it: the write to localStorage (the whole import, JSON) comes after the
 * frame, when changes pause, or at once when the page is hidden or left, so a reload never loses it.
 */
export function writeImportState(state: ImportState) {
  pending = state;
  if (!flushOnLeave) {
    flushOnLeave = true;
    window.addEventListener("pagehide", flushImportState);
    if (typeof document !== "undefined") document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flushImportState());
  }
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    if (typeof requestIdleCallback === "function") idle = requestIdleCallback(() => prepare(), { timeout: 1000 });
    else prepare();
  }, WRITE_DELAY_MS);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Requests turned into JSON per task: a backlog of 1,666 is never one long task on the main thread. */
export const JSON_CHUNK = 200;
// The requests and problems as JSON, made a chunk per task ahead of the write.
let prepared: { requests: PendingRequest[]; problems: ImportProblem[]; raw: string } | null = null;

/** Makes the JSON of the waiting requests `JSON_CHUNK` at a time, one task each, then writes. */
function prepare(requests: PendingRequest[] | null = null, from = 0, parts: string[] = []) {
  idle = timer = null;
  const state = pending;
  if (!state) return;
  const ready = (cached && cached.state.requests === state.requests) || (prepared && prepared.requests === state.requests);
  if (ready || state.requests.length <= JSON_CHUNK) return flushImportState();
  // Other requests meanwhile: never mix two lists, start again with the newest.
  if (requests !== state.requests) return prepare(state.requests, 0, []);
  const next = [...parts, JSON.stringify(requests.slice(from, from + JSON_CHUNK)).slice(1, -1)];
  if (from + JSON_CHUNK < requests.length) {
    timer = setTimeout(() => prepare(requests, from + JSON_CHUNK, next), 0);
    return;
  }
  // The same text JSON.stringify gives for the whole: '{"requests":[a,b,…],"problems":[…]}'.
  prepared = { requests, problems: state.problems, raw: `{"requests":[${next.join(",")}],"problems":${JSON.stringify(state.problems)}}` };
  flushImportState();
}

/** Writes what is waiting now (the page is hidden or left; tests). */
export function flushImportState() {
  if (timer !== null) clearTimeout(timer);
  if (idle !== null && typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
  timer = idle = null;
  const state = pending;
  if (!state) return;
  pending = null;
  const failedBefore = writeFailed;
  try {
    let raw: string | null = null;
    let rawQueue: string | null = null;
    if (state.requests.length === 0 && state.problems.length === 0) {
      localStorage.removeItem(IMPORT_STORAGE_KEY);
      localStorage.removeItem(IMPORT_QUEUE_KEY);
    } else {
      // The requests are written again only when they changed: a key press in the queue writes the queue alone.
      const unchanged = cached && cached.state.requests === state.requests && cached.state.problems === state.problems ? cached.raw : null;
      const ready = prepared && prepared.requests === state.requests && prepared.problems === state.problems ? prepared.raw : null;
      raw = unchanged ?? ready ?? JSON.stringify({ requests: state.requests, problems: state.problems });
      if (unchanged === null) localStorage.setItem(IMPORT_STORAGE_KEY, raw);
      localStorage.setItem(IMPORT_QUEUE_KEY, (rawQueue = JSON.stringify(state.queue)));
    }
    prepared = null;
    memory = null;
    writeFailed = null;
    // What was just written is what is shown: the next read need not parse it all again.
    cached = { raw, rawQueue, state };
  } catch (error) {
    const quota = error instanceof DOMException && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED");
    // The stored copy is now older than what is shown; a reload must not bring it back as if current.
    try {
      localStorage.removeItem(IMPORT_STORAGE_KEY);
      localStorage.removeItem(IMPORT_QUEUE_KEY);
    } catch {
      // Storage refused altogether: nothing is kept to go stale.
    }
    memory = state;
    writeFailed = quota ? "tooLarge" : "blocked";
    cached = null;
  }
  // The state shown is the same; only whether it is kept may have changed.
  if (writeFailed !== failedBefore) window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Changes the stored state from its latest value (never a stale render's). */
export function updateImportState(change: (state: ImportState) => ImportState) {
  writeImportState(change(snapshot()));
}

function subscribe(listener: () => void) {
  const onStorage = (event: StorageEvent) => (event.key === IMPORT_STORAGE_KEY || event.key === IMPORT_QUEUE_KEY) && listener();
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener("storage", onStorage);
  };
}

type ImportView = { state: ImportState; loaded: boolean; kept: boolean };
const LOADING: ImportView = { state: EMPTY_IMPORT, loaded: false, kept: true };
let lastView: ImportView | null = null;

function view(): ImportView {
  const state = snapshot();
  if (lastView?.state !== state || lastView.kept !== !writeFailed) lastView = { state, loaded: true, kept: writeFailed === null };
  return lastView;
}

/** The stored import, `loaded: false` until the browser has read it (the server renders the empty screen). */
export function useImportState(): ImportView {
  return useSyncExternalStore(subscribe, view, () => LOADING);
}
