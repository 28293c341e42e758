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
  initialSignals,
  isConfirmed,
  otherRelationships,
  queueReducer,
  SIGNAL_KEYS,
  toConnectionRequest,
  triageProfile,
  undoableStep,
  ZQueueState,
  type Frozen,
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

  it("capitalises each part of a shouted double name", () => {
    expect(greetingNameFrom("KARI-PEKKA EKSEMPEL")).toBe("Kari-Pekka");
    expect(greetingNameFrom("Anna-Kaisa Prøve")).toBe("Anna-Kaisa");
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

  it("follows the person's own overrides, but never batches someone marked as known (the history would say stranger)", () => {
    const everyone = Object.fromEntries(relationshipsFor("none").map((r) => [r, "decline"]));
    const profile = aProfile({ x: "civilian", overrides: { x: everyone } });
    expect(batchRule(profile, "x")).toEqual({ anyone: "decline", strangers: "decline" });
    const batch = batchFor(batchRule(profile, "x"), [
      { key: "a", relationship: null },
      { key: "b", relationship: "friend" },
    ]);
    expect(batch).toEqual({ scope: "strangers", verdict: "decline", keys: ["a"] });
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
  const accepted = { verdict: "accept", reply: "Hi Kari!", actions: ["reply_with_template"] } as const satisfies Frozen;
  const declined = { verdict: "decline", reply: "", actions: [] } as const satisfies Frozen;
  const run = (...actions: Parameters<typeof queueReducer>[1][]) => actions.reduce(queueReducer, EMPTY_QUEUE);

  it("confirms only a request with a relationship, then shows the next open one", () => {
    let state = run({ type: "confirm", key: "a", order, frozen: accepted });
    expect(state).toEqual(EMPTY_QUEUE);
    state = run({ type: "choose", key: "a", item, relationship: "friend" }, { type: "confirm", key: "a", order, frozen: accepted });
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
      { type: "confirm", key: "a", order, frozen: accepted },
      { type: "batch", keys: ["b", "c"], items, relationship: "stranger", order, frozen: { b: declined, c: declined } },
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

  it("confirms a batch of thousands as one step, each request's own choices kept, and undoes it whole", () => {
    const many = Array.from({ length: 3000 }, (_, i) => `k${i}`);
    const items = Object.fromEntries(many.map((k, i) => [k, { name: `Kari ${i}`, ...(i % 3 === 0 ? { message: "Hei" } : {}) }]));
    const frozen = Object.fromEntries(many.map((k) => [k, declined]));
    const chosen = queueReducer(queueReducer(EMPTY_QUEUE, { type: "greeting", key: "k1", item: items.k1!, greetingName: "Kaisa" }), {
      type: "choose",
      key: "k2",
      item: items.k2!,
      relationship: "recruiter",
    });
    // How fast this is (one linear pass) is measured by `npm run bench:import`, not asserted here.
    const state = queueReducer(chosen, { type: "batch", keys: many, items, relationship: "stranger", order: many, frozen });
    expect(state.confirmed).toEqual([many]);
    expect(Object.keys(state.frozen)).toHaveLength(3000);
    expect(state.choices.k0).toEqual({ relationship: "stranger", signals: initialSignals({ message: "Hei" }), greetingName: "Kari" });
    expect(state.choices.k1).toMatchObject({ relationship: "stranger", greetingName: "Kaisa" });
    expect(state.choices.k2?.relationship).toBe("recruiter");
    expect(state.before.k0).toBeNull();
    expect(state.before.k1).toEqual(chosen.choices.k1);
    expect(currentKey(state, many)).toBeNull();
    const undone = queueReducer(state, { type: "undo" });
    expect(undone.confirmed).toEqual([]);
    expect(undone.choices).toEqual(chosen.choices);
    expect(undone.frozen).toEqual({});
  });

  it("keeps a relationship already chosen when a batch confirms it", () => {
    const state = run(
      { type: "choose", key: "a", item, relationship: "stranger" },
      { type: "batch", keys: ["a"], items: { a: item }, relationship: "friend", order, frozen: { a: declined } },
    );
    expect(state.choices.a?.relationship).toBe("stranger");
  });

  it("moves with the arrows without running off either end", () => {
    let state: QueueState = run({ type: "move", delta: -1, order });
    expect(currentKey(state, order)).toBe("a");
    state = run({ type: "move", delta: 1, order }, { type: "move", delta: 1, order }, { type: "move", delta: 1, order });
    expect(currentKey(state, order)).toBe("c");
  });

  it("checks items off, records each once, and forgets an unrecorded check when its confirm is undone", () => {
    let state = run(
      { type: "choose", key: "a", item, relationship: "friend" },
      { type: "confirm", key: "a", order, frozen: accepted },
      { type: "done", key: "a", done: true },
      { type: "recorded", key: "a" },
      { type: "recorded", key: "a" },
    );
    expect(state.done).toEqual(["a"]);
    expect(state.recorded).toEqual(["a"]);
    // Checked off but not recorded (the write failed): undo forgets the check.
    state = run(
      { type: "choose", key: "a", item, relationship: "friend" },
      { type: "confirm", key: "a", order, frozen: accepted },
      { type: "done", key: "a", done: true },
    );
    state = queueReducer(state, { type: "undo" });
    expect(state.done).toEqual([]);
  });

  it("restores each request's own choices when a batch is undone, not the batch's stranger", () => {
    let state = run(
      { type: "toggle", key: "b", item, signal: "rapport" },
      { type: "batch", keys: ["b", "c"], items: { b: item, c: item }, relationship: "stranger", order, frozen: { b: declined, c: declined } },
    );
    expect(state.choices.b?.relationship).toBe("stranger");
    state = queueReducer(state, { type: "undo" });
    expect(state.choices.b).toMatchObject({ relationship: null, signals: { rapport: true } });
    expect(state.choices.c).toBeUndefined();
    expect(state.frozen).toEqual({});
  });

  it("keeps the decision frozen at confirm for the to-do list", () => {
    const state = run({ type: "choose", key: "a", item, relationship: "friend" }, { type: "confirm", key: "a", order, frozen: accepted });
    expect(state.frozen.a).toEqual(accepted);
  });

  it("sends a confirmed but unrecorded request back to the queue when its choices change", () => {
    for (const change of [
      { type: "choose", key: "a", item, relationship: "stranger" },
      { type: "toggle", key: "a", item, signal: "fake_profile" },
      { type: "greeting", key: "a", item, greetingName: "K" },
    ] as const) {
      const state = run(
        { type: "choose", key: "a", item, relationship: "friend" },
        { type: "confirm", key: "a", order, frozen: accepted },
        { type: "done", key: "a", done: true },
        change,
      );
      expect(isConfirmed(state, "a")).toBe(false);
      expect(state.done).toEqual([]);
      expect(state.frozen.a).toBeUndefined();
    }
  });

  it("leaves a request already in the history as it is: no change, no re-confirm, and undo passes it by", () => {
    const recorded = run(
      { type: "choose", key: "a", item, relationship: "friend" },
      { type: "confirm", key: "a", order, frozen: accepted },
      { type: "done", key: "a", done: true },
      { type: "recorded", key: "a" },
    );
    for (const action of [
      { type: "choose", key: "a", item, relationship: "stranger" },
      { type: "toggle", key: "a", item, signal: "harassment" },
      { type: "greeting", key: "a", item, greetingName: "X" },
      { type: "confirm", key: "a", order, frozen: declined },
      { type: "undo" },
    ] as const)
      expect(queueReducer(recorded, action)).toBe(recorded);
    expect(undoableStep(recorded)).toBeNull();
    // With a later, unrecorded step, U undoes that one and keeps the recorded one.
    const later = queueReducer(queueReducer(recorded, { type: "choose", key: "b", item, relationship: "friend" }), {
      type: "confirm",
      key: "b",
      order,
      frozen: accepted,
    });
    const undone = queueReducer(later, { type: "undo" });
    expect(isConfirmed(undone, "b")).toBe(false);
    expect(isConfirmed(undone, "a")).toBe(true);
    expect(undone.done).toEqual(["a"]);
  });

  it("keeps one history id per item, whatever is asked later", () => {
    const state = run({ type: "clientId", key: "a", clientId: "first-id-123" }, { type: "clientId", key: "a", clientId: "second-id-456" });
    expect(state.clientIds).toEqual({ a: "first-id-123" });
  });

  it("reads a state stored before the history ids and frozen decisions existed", () => {
    const old = { choices: {}, confirmed: [["a"]], current: null, done: [], recorded: [] };
    expect(ZQueueState.parse(old)).toMatchObject({ clientIds: {}, frozen: {}, before: {} });
  });

  it("produces states its own schema accepts (what is stored and read back)", () => {
    const state = run({ type: "choose", key: "a", item, relationship: "friend" }, { type: "confirm", key: "a", order, frozen: accepted });
    expect(ZQueueState.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});
