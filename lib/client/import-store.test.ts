import { afterEach, describe, expect, it, vi } from "vitest";

import { EMPTY_QUEUE } from "@/lib/import/triage";

import { EMPTY_IMPORT, IMPORT_STORAGE_KEY, importNotKeptReason, parseImportState, writeImportState } from "./import-store";

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
  afterEach(() => vi.unstubAllGlobals());

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
    expect(items.get(IMPORT_STORAGE_KEY)).toBe(JSON.stringify(first));
    expect(importNotKeptReason()).toBeNull();
    full = true;
    writeImportState({ ...first, requests: [request as never, request as never] });
    expect(items.has(IMPORT_STORAGE_KEY)).toBe(false);
    expect(importNotKeptReason()).toBe("tooLarge");
  });

  it("tells a blocked storage from a full one", () => {
    fakeStorage(() => new DOMException("denied", "SecurityError"));
    writeImportState({ ...EMPTY_IMPORT, requests: [request as never] });
    expect(importNotKeptReason()).toBe("blocked");
  });
});
