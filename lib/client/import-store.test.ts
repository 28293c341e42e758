import { afterEach, describe, expect, it, vi } from "vitest";

import { EMPTY_QUEUE } from "@/lib/import/triage";

import {
  EMPTY_IMPORT,
  flushImportState,
  IMPORT_QUEUE_KEY,
  IMPORT_STORAGE_KEY,
  importNotKeptReason,
  parseImportState,
  WRITE_DELAY_MS,
  writeImportState,
} from "./import-store";

const request = { platform: "linkedin", name: "Kari Eksempel", status: "not_connected", source: "Invitations.csv", sentAt: "2026-01-14T23:49:00.000Z" };

describe("parseImportState (what a reload reads back)", () => {
  it("reads back what was stored", () => {
    const queue = { ...EMPTY_QUEUE, confirmed: [["k"]], choices: {} };
    const state = parseImportState(JSON.stringify({ requests: [request], problems: [], queue }));
    expect(state.requests).toEqual([request]);
    expect(state.queue.confirmed).toEqual([["k"]]);
  });

  it("drops what does not parse, one request at a time, and never throws", () => {
    const state = parseImportState(JSON.stringify({ requests: [request, { platform: "myspace", name: "x" }, null], problems: [{ code: "nope" }], queue: 7 }));
    expect(state.requests).toEqual([request]);
    expect(state.problems).toEqual([]);
    expect(state.queue).toEqual(EMPTY_QUEUE);
    for (const raw of [null, "", "{", "[]", "null", '"text"', JSON.stringify({ requests: "no" })]) expect(parseImportState(raw).requests).toEqual([]);
    expect(parseImportState("{")).toEqual(EMPTY_IMPORT);
  });

  it("refuses a queue whose relationship is not in the vocabulary", () => {
    const queue = {
      ...EMPTY_QUEUE,
      choices: {
        k: {
          relationship: "enemy",
          greetingName: "",
          signals: {
            metInPerson: false,
            rapport: false,
            note: false,
            commonGround: false,
            manyMutual: false,
            fake_profile: false,
            sales_pitch: false,
            harassment: false,
          },
        },
      },
    };
    expect(parseImportState(JSON.stringify({ requests: [request], problems: [], queue })).queue).toEqual(EMPTY_QUEUE);
  });
});

describe("writeImportState (when the browser refuses)", () => {
  afterEach(() => {
    flushImportState();
    vi.unstubAllGlobals();
  });

  function fakeStorage(refuse: () => Error | null) {
    const items = new Map<string, string>();
    vi.stubGlobal("window", new EventTarget());
    vi.stubGlobal("localStorage", {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => {
        const error = refuse();
        if (error) throw error;
        items.set(key, value);
      },
      removeItem: (key: string) => void items.delete(key),
    });
    return items;
  }

  it("drops the stale stored copy when the import is too large, and says why", () => {
    let full = false;
    const items = fakeStorage(() => (full ? new DOMException("full", "QuotaExceededError") : null));
    const first = { ...EMPTY_IMPORT, requests: [request as never] };
    writeImportState(first);
    flushImportState();
    expect(parseImportState(items.get(IMPORT_STORAGE_KEY)!, items.get(IMPORT_QUEUE_KEY)!)).toEqual(first);
    expect(importNotKeptReason()).toBeNull();
    full = true;
    writeImportState({ ...first, requests: [request as never, request as never] });
    flushImportState();
    expect(items.has(IMPORT_STORAGE_KEY)).toBe(false);
    expect(items.has(IMPORT_QUEUE_KEY)).toBe(false);
    expect(importNotKeptReason()).toBe("tooLarge");
  });

  it("tells a blocked storage from a full one", () => {
    fakeStorage(() => new DOMException("denied", "SecurityError"));
    writeImportState({ ...EMPTY_IMPORT, requests: [request as never] });
    flushImportState();
    expect(importNotKeptReason()).toBe("blocked");
  });
});

describe("writeImportState (after the frame, never lost)", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function freshStore() {
    vi.resetModules();
    const items = new Map<string, string>();
    const win = new EventTarget();
    const changes = vi.fn();
    win.addEventListener("kindly-import-change", changes);
    vi.stubGlobal("window", win);
    vi.stubGlobal("localStorage", {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    });
    return { items, win, changes, store: await import("./import-store") };
  }

  it("writes once when the changes pause, the latest state, and says the change at once", async () => {
    vi.useFakeTimers();
    const { items, changes, store } = await freshStore();
    const one = { ...EMPTY_IMPORT, requests: [request as never] };
    const two = { ...one, queue: { ...EMPTY_QUEUE, current: "k" } };
    store.writeImportState(one);
    expect(changes).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(WRITE_DELAY_MS - 10);
    store.writeImportState(two);
    expect(changes).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(WRITE_DELAY_MS - 10);
    expect(items.has(IMPORT_STORAGE_KEY)).toBe(false);
    vi.advanceTimersByTime(10);
    expect(parseImportState(items.get(IMPORT_STORAGE_KEY)!, items.get(IMPORT_QUEUE_KEY)!)).toEqual(two);
  });

  it("writes what is waiting when the page is left, so a reload resumes", async () => {
    vi.useFakeTimers();
    const { items, win, store } = await freshStore();
    const state = { ...EMPTY_IMPORT, requests: [request as never] };
    store.writeImportState(state);
    expect(items.has(IMPORT_STORAGE_KEY)).toBe(false);
    win.dispatchEvent(new Event("pagehide"));
    expect(parseImportState(items.get(IMPORT_STORAGE_KEY)!, items.get(IMPORT_QUEUE_KEY)!)).toEqual(state);
  });

  it("changes from the state just shown, not the older stored one", async () => {
    vi.useFakeTimers();
    const { items, store } = await freshStore();
    store.writeImportState({ ...EMPTY_IMPORT, requests: [request as never] });
    store.updateImportState((state) => ({ ...state, requests: [...state.requests, { ...request, name: "Maija" } as never] }));
    store.flushImportState();
    expect(parseImportState(items.get(IMPORT_STORAGE_KEY)!).requests.map((r) => r.name)).toEqual(["Kari Eksempel", "Maija"]);
  });

  it("writes the requests again only when they change: a key press in the queue writes the queue alone", async () => {
    const { items, store } = await freshStore();
    const writes: string[] = [];
    const setItem = localStorage.setItem;
    vi.stubGlobal("localStorage", { ...localStorage, setItem: (key: string, value: string) => (writes.push(key), setItem(key, value)) });
    const first = { ...EMPTY_IMPORT, requests: [request as never] };
    store.writeImportState(first);
    store.flushImportState();
    expect(writes).toEqual([IMPORT_STORAGE_KEY, IMPORT_QUEUE_KEY]);
    const moved = { ...first, queue: { ...EMPTY_QUEUE, current: "k" } };
    store.writeImportState(moved);
    store.flushImportState();
    expect(writes).toEqual([IMPORT_STORAGE_KEY, IMPORT_QUEUE_KEY, IMPORT_QUEUE_KEY]);
    expect(parseImportState(items.get(IMPORT_STORAGE_KEY)!, items.get(IMPORT_QUEUE_KEY)!)).toEqual(moved);
    store.writeImportState(EMPTY_IMPORT);
    store.flushImportState();
    expect([...items.keys()]).toEqual([]);
  });

  it("makes the JSON of a long import a chunk per task, the same text as at once, and writes it whole if the page is left meanwhile", async () => {
    vi.useFakeTimers();
    const { items, win, store } = await freshStore();
    const requests = Array.from({ length: 5 * store.JSON_CHUNK + 7 }, (_, i) => ({ ...request, name: `Kari ${i}`, message: `"Hei" ${i}\n` }));
    const state = { ...EMPTY_IMPORT, requests: requests as never[], problems: [{ code: "noConnections", severity: "warning", file: "x.csv" } as never] };
    store.writeImportState(state);
    vi.advanceTimersByTime(store.WRITE_DELAY_MS);
    let tasks = 1;
    while (!items.has(IMPORT_STORAGE_KEY) && tasks < 100) {
      vi.advanceTimersToNextTimer();
      tasks++;
    }
    expect(tasks).toBe(6);
    expect(items.get(IMPORT_STORAGE_KEY)).toBe(JSON.stringify({ requests: state.requests, problems: state.problems }));

    const more = { ...state, requests: [...state.requests, { ...request, name: "Maija" } as never] };
    store.writeImportState(more);
    vi.advanceTimersByTime(store.WRITE_DELAY_MS);
    vi.advanceTimersToNextTimer();
    expect(parseImportState(items.get(IMPORT_STORAGE_KEY)!).requests).toHaveLength(requests.length);
    win.dispatchEvent(new Event("pagehide"));
    expect(items.get(IMPORT_STORAGE_KEY)).toBe(JSON.stringify({ requests: more.requests, problems: more.problems }));
    vi.runAllTimers();
    const read = parseImportState(items.get(IMPORT_STORAGE_KEY)!, items.get(IMPORT_QUEUE_KEY)!);
    expect([read.requests, read.queue]).toEqual([more.requests, more.queue]);
  });

  it("reads a queue an older version kept inside the import", () => {
    const queue = { ...EMPTY_QUEUE, current: "k" };
    expect(parseImportState(JSON.stringify({ requests: [request], problems: [], queue })).queue).toEqual(queue);
    expect(parseImportState(JSON.stringify({ requests: [request], problems: [], queue }), JSON.stringify(EMPTY_QUEUE)).queue).toEqual(EMPTY_QUEUE);
    expect(parseImportState(JSON.stringify({ requests: [request], problems: [] }), "{").queue).toEqual(EMPTY_QUEUE);
  });
});
