import { describe, expect, it } from "vitest";

import { EMPTY_QUEUE } from "@/lib/import/triage";

import { EMPTY_IMPORT, parseImportState } from "./import-store";

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
