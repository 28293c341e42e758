import { describe, expect, it } from "vitest";

import { groupCommit, MAX_GROUP } from "../../lib/data/group-commit.ts";

type Item = { who: string; n: number };

/** A commit that records each group it is given and answers every item with its own label. */
function recording({ fail }: { fail?: (items: Item[]) => boolean } = {}) {
  const groups: string[][] = [];
  const commit = async (items: Item[]) => {
    groups.push(items.map((i) => `${i.who}${i.n}`));
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (fail?.(items)) throw new Error("the database said no");
    return items.map((i) => `saved ${i.who}${i.n}`);
  };
  return { groups, commit };
}

const byWho = { key: (item: Item) => item.who };

describe("groupCommit (lib/data/group-commit.ts)", () => {
  it("writes asked for in the same turn share one commit, and each caller gets its own answer", async () => {
    const { groups, commit } = recording();
    const write = groupCommit(commit, byWho);
    const answers = await Promise.all(["a", "b", "c"].map((who) => write({ who, n: 1 })));
    expect(answers).toEqual(["saved a1", "saved b1", "saved c1"]);
    expect(groups).toEqual([["a1", "b1", "c1"]]);
  });

  it("a write that arrives while a commit is under way waits for it and goes with the others that came meanwhile", async () => {
    const { groups, commit } = recording();
    const write = groupCommit(commit, byWho);
    const first = write({ who: "a", n: 1 });
    // Immediates run in order: after this one, the queue's own has started the first commit.
    await new Promise((resolve) => setImmediate(resolve));
    const later = Promise.all([write({ who: "b", n: 1 }), write({ who: "c", n: 1 })]);
    expect(await first).toBe("saved a1");
    expect(await later).toEqual(["saved b1", "saved c1"]);
    expect(groups).toEqual([["a1"], ["b1", "c1"]]);
  });

  it(`puts at most ${MAX_GROUP} writes in one commit`, async () => {
    const { groups, commit } = recording();
    const write = groupCommit(commit, byWho);
    const count = MAX_GROUP * 2 + 5;
    const answers = await Promise.all(Array.from({ length: count }, (_, i) => write({ who: `p${i}-`, n: 1 })));
    expect(answers).toHaveLength(count);
    expect(groups.map((g) => g.length)).toEqual([MAX_GROUP, MAX_GROUP, 5]);
  });

  it("never puts two writes of one key in a group: the later waits for the next, in the order they came", async () => {
    const { groups, commit } = recording();
    const write = groupCommit(commit, byWho);
    const answers = await Promise.all([write({ who: "a", n: 1 }), write({ who: "b", n: 1 }), write({ who: "a", n: 2 }), write({ who: "a", n: 3 }), write({ who: "c", n: 1 })]);
    expect(answers).toEqual(["saved a1", "saved b1", "saved a2", "saved a3", "saved c1"]);
    expect(groups).toEqual([["a1", "b1", "c1"], ["a2"], ["a3"]]);
  });

  it("a commit that fails fails every write of its group with its error; the next group still commits", async () => {
    const { groups, commit } = recording({ fail: (items) => items.some((i) => i.who === "bad") });
    const write = groupCommit(commit, byWho);
    const outcomes = await Promise.allSettled([write({ who: "a", n: 1 }), write({ who: "bad", n: 1 }), write({ who: "a", n: 2 })]);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : String(o.reason)))).toEqual([
      "Error: the database said no",
      "Error: the database said no",
      "saved a2",
    ]);
    expect(groups).toEqual([["a1", "bad1"], ["a2"]]);
    expect(await write({ who: "b", n: 1 })).toBe("saved b1");
  });

  it("refuses a group size it cannot keep (SQLite's compound SELECT holds at most 500 terms)", () => {
    for (const max of [0, -1, 1.5, Number.NaN, 501]) expect(() => groupCommit(async (items: Item[]) => items, { ...byWho, max })).toThrow(/max must be 1–500/);
  });

  it("a write whose key cannot be made is refused at once, and the queue goes on", async () => {
    const { groups, commit } = recording();
    const write = groupCommit(commit, { key: (item: Item) => (item.who === "?" ? JSON.parse("{") : item.who) });
    await expect(write({ who: "?", n: 1 })).rejects.toThrow(SyntaxError);
    expect(await write({ who: "a", n: 1 })).toBe("saved a1");
    expect(groups).toEqual([["a1"]]);
  });

  it("a commit that answers the wrong number of writes fails its group instead of mixing answers up", async () => {
    const write = groupCommit(async (items: Item[]) => items.slice(1).map((i) => i.who), byWho);
    const outcomes = await Promise.allSettled([write({ who: "a", n: 1 }), write({ who: "b", n: 1 })]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/1 results for 2 writes/);
  });
});
