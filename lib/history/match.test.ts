import { describe, expect, it } from "vitest";

import { findPastDecisions, findPastDecisionsIndexed, normaliseLink, normaliseName, type PastDecision } from "./match";

const entry = (overrides: Partial<PastDecision>): PastDecision => ({
  fullName: "Jussi Virtanen",
  greetingName: "Jussi",
  profileLink: null,
  platform: "facebook",
  verdict: "redirect",
  decidedAt: "2026-11-03T10:00:00.000Z",
  ...overrides,
});

describe("findPastDecisions", () => {
  it("matches on the profile link where both have one, whatever the name", () => {
    const history = [entry({ profileLink: "https://www.instagram.com/jussi_v/", fullName: "J. V." })];
    expect(findPastDecisions(history, { fullName: "Jussi Virtanen", profileLink: "instagram.com/Jussi_V" })).toEqual([{ entry: history[0], by: "link" }]);
    expect(normaliseLink("@Jussi_V")).toBe("jussi_v");
  });

  it("different links are different people, even with the same full name", () => {
    const history = [entry({ profileLink: "https://facebook.com/jussi.virtanen.1" })];
    expect(findPastDecisions(history, { fullName: "Jussi Virtanen", profileLink: "https://facebook.com/jussi.virtanen.2" })).toEqual([]);
  });

  it("falls back to the full name when either side has no link, as a guess to confirm", () => {
    const history = [entry({ profileLink: "https://facebook.com/jussi" }), entry({ fullName: "Aino Example" })];
    const found = findPastDecisions(history, { fullName: "  jussi   VIRTANEN " });
    expect(found).toEqual([{ entry: history[0], by: "name" }]);
    expect(normaliseName("Ｊussi Virtanen")).toBe("jussi virtanen");
  });

  it("matches nobody on a greeting name alone or on nothing, and lists newest first", () => {
    const history = [entry({ decidedAt: "2026-01-01T00:00:00Z" }), entry({ decidedAt: "2026-06-01T00:00:00Z", verdict: "accept" })];
    expect(findPastDecisions(history, { greetingName: "Jussi" })).toEqual([]);
    expect(findPastDecisions(history, { fullName: "Jussi Virtanen" }).map((m) => m.entry.verdict)).toEqual(["accept", "redirect"]);
  });
});

describe("findPastDecisionsIndexed", () => {
  it("answers exactly as findPastDecisions, for every person in a mixed history", () => {
    const links = [null, "", "https://www.facebook.com/jussi/", "facebook.com/Jussi", "@aino.e", "instagram.com/aino.e", "https://linkedin.com/in/kari"];
    const names = ["Jussi Virtanen", "  jussi   VIRTANEN ", "Aino Example", "Kari Eksempel", ""];
    const history: PastDecision[] = [];
    for (let i = 0; i < 60; i++)
      history.push(
        entry({
          fullName: names[i % names.length]!,
          profileLink: links[(i * 3) % links.length],
          // Some on the same instant, so the order among equals is checked too.
          decidedAt: new Date(Date.UTC(2026, 10, 1 + (i % 7))).toISOString(),
          verdict: i % 2 ? "accept" : "decline",
        }),
      );
    let matched = 0;
    for (const fullName of [...names, "Nobody Here"])
      for (const profileLink of [...links, "https://facebook.com/someone-else"]) {
        const person = { fullName, profileLink };
        const expected = findPastDecisions(history, person);
        matched += expected.length;
        expect(findPastDecisionsIndexed(history, person)).toEqual(expected);
      }
    expect(matched).toBeGreaterThan(100);
  });

  it("sees a new history (a new array) and not a stale index", () => {
    const first = [entry({ fullName: "Aino Example" })];
    expect(findPastDecisionsIndexed(first, { fullName: "Jussi Virtanen" })).toEqual([]);
    const second = [...first, entry({})];
    expect(findPastDecisionsIndexed(second, { fullName: "Jussi Virtanen" })).toEqual([{ entry: second[1], by: "name" }]);
  });
});
