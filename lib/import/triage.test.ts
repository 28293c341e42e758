import { describe, expect, it } from "vitest";

import { decideVerdict, relationshipsFor } from "@/lib/engine";
import { aProfile } from "@/lib/engine/test-builders";

import {
  batchFor,
  batchRule,
  choiceOf,
  COMMON_RELATIONSHIPS,
  currentKey,
  decidedAnyway,
  EMPTY_QUEUE,
  greetingNameFrom,
  isConfirmed,
  otherRelationships,
  queueReducer,
  SIGNAL_KEYS,
  toConnectionRequest,
  triageProfile,
  ZQueueState,
  type QueueState,
} from "./triage";

describe("greetingNameFrom", () => {
  it.each([
    ["Kari Eksempel, MBA, Fake Group", undefined, "Kari"],
    ["Fake Recruiter, PhD", undefined, "Fake"],
    ["Dr. Åse Prøve-Nordmann", undefined, "Åse"],
    ["Prof Maija Mallikas-Äärelä", undefined, "Maija"],
    ["Åse Prøve 🌸", undefined, "Åse"],
    ["🌸 Anna-Kaisa Virtanen", undefined, "Anna-Kaisa"],
    ["KARI NORDMANN", undefined, "Kari"],
    ["Jussi (he/him) Esimerkki", undefined, "Jussi"],
    ["Ola | Fake AS", undefined, "Ola"],
    ["@kari.eks", undefined, ""],
    ["maija_mallikas_fake", "maija_mallikas_fake", ""],
    ["testi.testinen.example", "testi.testinen.example", ""],
    ["kari", "kari", ""],
    ["kari99 Eksempel", undefined, ""],
    ["   ", undefined, ""],
    ["Dr.", undefined, ""],
  ])("%s → %j", (name, handle, expected) => {
    expect(greetingNameFrom(name, handle)).toBe(expected);
  });

  it("never returns more than 80 characters", () => {
    expect(greetingNameFrom(`${"A".repeat(50)}${"b".repeat(50)} Surname`)).toHaveLength(80);
  });
});

describe("relationships and signals", () => {
  it("numbers nine common relationships and offers every other one the profession needs", () => {
    expect(COMMON_RELATIONSHIPS).toHaveLength(9);
    const teacher = aProfile({ profession: "teacher" });
    const others = otherRelationships(teacher);
    expect(others).toEqual(expect.arrayContaining(["manager", "direct_report", "partner", "student", "guardian"]));
    expect([...COMMON_RELATIONSHIPS, ...others].sort()).toEqual([...relationshipsFor("teacher")].sort());
    expect(otherRelationships(aProfile())).not.toContain("student");
  });

  it("gives every signal its own letter, none of them U", () => {
    const keys = SIGNAL_KEYS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain("u");
  });

  it("turns the choices into the engine's request", () => {
    const choice = choiceOf(EMPTY_QUEUE, "k", { name: "Kari Eksempel", message: "Hei" });
    expect(choice).toMatchObject({ relationship: null, greetingName: "Kari" });
    expect(toConnectionRequest("linkedin", "coworker", { ...choice.signals, metInPerson: true, sales_pitch: true }, "Kari")).toEqual({
      platform: "linkedin",
      relationship: "coworker",
      met: "in_person",
      rapport: false,
      note: true,
      commonGround: false,
      mutualConnections: "none",
      redFlags: ["sales_pitch"],
      requesterName: "Kari",
    });
  });

  it("counts a platform the person has requests on as used, in its usual way", () => {
    const profile = aProfile({ linkedin: "professional" });
    const { profile: used, assumed } = triageProfile(profile, ["instagram", "linkedin", "instagram"]);
    expect(assumed).toEqual(["instagram"]);
    expect(used.platforms.instagram.persona).toBe("civilian");
    expect(used.platforms.linkedin).toEqual(profile.platforms.linkedin);
  });
});

describe("decided anyway (the batch step)", () => {
  const privateInstagram = aProfile({ instagram: "civilian", visibility: { instagram: "private" } });

  it("finds that a private civilian Instagram declines every stranger, but not everyone", () => {
    expect(decidedAnyway(privateInstagram, "instagram", ["stranger"])).toBe("decline");
    expect(decidedAnyway(privateInstagram, "instagram", relationshipsFor("none"))).toBeNull();
    // Asked of the engine: a stranger's answer does not move with a note, a meeting or mutual friends.
    for (const met of ["never", "in_person"] as const)
      expect(
        decideVerdict(privateInstagram, { ...toConnectionRequest("instagram", "stranger", choiceOf(EMPTY_QUEUE, "k", { name: "x" }).signals), met }).verdict,
      ).toBe("decline");
  });

  it("offers no batch where a signal changes a stranger's answer (LinkedIn: a note or mutuals can make it accept)", () => {
    const profile = aProfile({ linkedin: "professional" });
    expect(decidedAnyway(profile, "linkedin", ["stranger"])).toBeNull();
    expect(batchFor(batchRule(profile, "linkedin"), [{ key: "a", relationship: null }])).toBeNull();
  });

  it("follows the person's own overrides: a policy that declines everyone on X batches everyone", () => {
    const everyone = Object.fromEntries(relationshipsFor("none").map((r) => [r, "decline"]));
    const profile = aProfile({ x: "civilian", overrides: { x: everyone } });
    const batch = batchFor(batchRule(profile, "x"), [
      { key: "a", relationship: null },
      { key: "b", relationship: "friend" },
    ]);
    expect(batch).toEqual({ scope: "anyone", verdict: "decline", keys: ["a", "b"] });
  });

  it("batches strangers only among requests not marked as someone known", () => {
    const rule = batchRule(privateInstagram, "instagram");
    expect(rule).toEqual({ anyone: null, strangers: "decline" });
    const batch = batchFor(rule, [
      { key: "a", relationship: null },
      { key: "b", relationship: "friend" },
      { key: "c", relationship: "stranger" },
    ]);
    expect(batch).toEqual({ scope: "strangers", verdict: "decline", keys: ["a", "c"] });
    expect(batchFor(rule, [{ key: "b", relationship: "friend" }])).toBeNull();
    expect(batchFor(rule, [])).toBeNull();
  });
});

describe("queueReducer", () => {
  const order = ["a", "b", "c"];
  const item = { name: "Kari Eksempel" };
  const run = (...actions: Parameters<typeof queueReducer>[1][]) => actions.reduce(queueReducer, EMPTY_QUEUE);

  it("confirms only a request with a relationship, then shows the next open one", () => {
    let state = run({ type: "confirm", key: "a", order });
    expect(state).toEqual(EMPTY_QUEUE);
    state = run({ type: "choose", key: "a", item, relationship: "friend" }, { type: "confirm", key: "a", order });
    expect(isConfirmed(state, "a")).toBe(true);
    expect(currentKey(state, order)).toBe("b");
  });

  it("toggles signals and keeps an edited greeting name", () => {
    const state = run(
      { type: "toggle", key: "a", item, signal: "fake_profile" },
      { type: "toggle", key: "a", item, signal: "rapport" },
      { type: "toggle", key: "a", item, signal: "rapport" },
      { type: "greeting", key: "a", item, greetingName: "Kaisa" },
    );
    expect(state.choices.a).toMatchObject({ greetingName: "Kaisa", signals: { fake_profile: true, rapport: false } });
  });

  it("undoes the last confirm step, a whole batch at once", () => {
    const items = { b: item, c: item };
    let state = run(
      { type: "choose", key: "a", item, relationship: "friend" },
      { type: "confirm", key: "a", order },
      { type: "batch", keys: ["b", "c"], items, relationship: "stranger", order },
    );
    expect(order.every((k) => isConfirmed(state, k))).toBe(true);
    expect(currentKey(state, order)).toBeNull();
    expect(state.choices.b?.relationship).toBe("stranger");
    state = queueReducer(state, { type: "undo" });
    expect(isConfirmed(state, "b") || isConfirmed(state, "c")).toBe(false);
    expect(isConfirmed(state, "a")).toBe(true);
    expect(currentKey(state, order)).toBe("b");
    state = queueReducer(queueReducer(state, { type: "undo" }), { type: "undo" });
    expect(state.confirmed).toEqual([]);
    expect(currentKey(state, order)).toBe("a");
  });

  it("keeps a relationship already chosen when a batch confirms it", () => {
    const state = run(
      { type: "choose", key: "a", item, relationship: "stranger" },
      { type: "batch", keys: ["a"], items: { a: item }, relationship: "friend", order },
    );
    expect(state.choices.a?.relationship).toBe("stranger");
  });

  it("moves with the arrows without running off either end", () => {
    let state: QueueState = run({ type: "move", delta: -1, order });
    expect(currentKey(state, order)).toBe("a");
    state = run({ type: "move", delta: 1, order }, { type: "move", delta: 1, order }, { type: "move", delta: 1, order });
    expect(currentKey(state, order)).toBe("c");
  });

  it("checks items off, records each once, and forgets the check when its confirm is undone", () => {
    let state = run(
      { type: "choose", key: "a", item, relationship: "friend" },
      { type: "confirm", key: "a", order },
      { type: "done", key: "a", done: true },
      { type: "recorded", key: "a" },
      { type: "recorded", key: "a" },
    );
    expect(state.done).toEqual(["a"]);
    expect(state.recorded).toEqual(["a"]);
    state = queueReducer(state, { type: "undo" });
    expect(state.done).toEqual([]);
  });

  it("produces states its own schema accepts (what is stored and read back)", () => {
    const state = run({ type: "choose", key: "a", item, relationship: "friend" }, { type: "confirm", key: "a", order });
    expect(ZQueueState.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});
