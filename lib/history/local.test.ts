import { describe, expect, it } from "vitest";

import { HISTORY_STORAGE_KEY, readLocalHistory } from "./local";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
const entry = (daysAgo: number, fullName = `${daysAgo} days`) => ({
  clientId: `entry-${daysAgo}-${fullName.length}xx`,
  platform: "facebook",
  relationship: "friend",
  fullName,
  verdict: "accept",
  decidedAt: new Date(now.getTime() - daysAgo * DAY).toISOString(),
});
const storage = (value: unknown) => ({ getItem: (key: string) => (key === HISTORY_STORAGE_KEY ? JSON.stringify(value) : null) });

describe("a guest's history in the browser", () => {
  it("drops on load what the retention has expired: 12 months unless chosen, 3 months, or kept until deleted", () => {
    const entries = [entry(10), entry(120), entry(400)];
    expect(readLocalHistory(storage({ entries }), now).entries.map((e) => e.fullName)).toEqual(["10 days", "120 days"]);
    expect(readLocalHistory(storage({ entries, retention: 3 }), now).entries.map((e) => e.fullName)).toEqual(["10 days"]);
    expect(readLocalHistory(storage({ entries, retention: 0 }), now).entries).toHaveLength(3);
  });

  it("drops what is not a valid entry and survives anything else in the key", () => {
    const bad = [{ ...entry(1), platform: "myspace" }, { ...entry(2), fullName: "x".repeat(500) }, "text", null];
    expect(readLocalHistory(storage({ entries: [...bad, entry(3)], retention: 7 }), now)).toMatchObject({ retention: 12, entries: [{ fullName: "3 days" }] });
    for (const value of [null, 1, "x", [], { entries: "x" }]) expect(readLocalHistory(storage(value), now).entries).toEqual([]);
    expect(readLocalHistory({ getItem: () => "{not json" }, now).entries).toEqual([]);
  });
});
