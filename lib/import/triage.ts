/**
 * The triage queue's rules (issue 21, point 4), pure so they can be tested
 * outside a browser: the greeting name a display name suggests, the signals
 * and their keys, the queue's state and how each key press changes it, and
 * "the policy decides these anyway" for the batch step. No DOM, no storage.
 */
import { z } from "zod";

import {
  ACTIONS,
  decideVerdict,
  MET_VALUES,
  MUTUAL_LEVELS,
  PLATFORM_FACTS,
  RED_FLAGS,
  relationshipsFor,
  ZRelationship,
  ZVerdict,
  type Baseline,
  type ConnectionRequest,
  type Platform,
  type Profile,
  type Relationship,
  type Verdict,
} from "@/lib/engine";

import type { PendingRequest } from "./schemas";

// ---------------------------------------------------------------------------
// The greeting name

/** Titles that come before a first name in the four languages (any case, with or without a dot). */
const TITLES = new Set(
  ["dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "herr", "fru", "frk", "rouva", "herra", "neiti", "tri", "fil", "ing", "mag"].map(
    (t) => t.toLowerCase(),
  ),
);

/**
 * The name to greet someone by, from the name an export gives: its first word,
 * without the titles, degrees and company that follow a comma or precede the
 * name ("Dr. Kari Eksempel, MBA, Fake Group" → "Kari"). A handle is no name:
 * "@kari.eks", "maija_mallikas_fake" or a name equal to the person's handle
 * give "" (the person types one if they like).
 */
export function greetingNameFrom(name: string, handle?: string): string {
  const trimmed = name.normalize("NFC").trim();
  if (!trimmed || trimmed.startsWith("@")) return "";
  if (handle && trimmed.toLowerCase() === handle.replace(/^@/, "").toLowerCase() && !/\s/.test(trimmed)) return "";
  const beforeComma = trimmed.split(/[,|(/]/)[0] ?? "";
  const words = beforeComma
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}_@]+|[^\p{L}\p{N}_@]+$/gu, ""))
    .filter((word) => word.length > 0);
  const first = words.find((word) => !TITLES.has(word.toLowerCase().replace(/\.$/, "")));
  if (!first) return "";
  // A handle-like word (digits, underscores, dots inside) is not a first name.
  if (/[\d_.@]/.test(first) || !/^[\p{L}][\p{L}\p{M}'’-]*$/u.test(first)) return "";
  // "KARI" from a shouting export reads "Kari", "KARI-PEKKA" "Kari-Pekka"; "McKenzie" and "Anna-Kaisa" stay as they are.
  const cased =
    first === first.toUpperCase() && first.length > 1
      ? first
          .split("-")
          .map((part) => (part ? part[0] + part.slice(1).toLowerCase() : part))
          .join("-")
      : first;
  return cased.slice(0, 80);
}

// ---------------------------------------------------------------------------
// Relationships and signals

/** The nine most asked-about relationships, on the number keys 1–9 in this order; the rest are searched. */
export const COMMON_RELATIONSHIPS = [
  "family",
  "close_friend",
  "friend",
  "coworker",
  "former_coworker",
  "work_acquaintance",
  "client",
  "recruiter",
  "stranger",
] as const satisfies readonly Relationship[];

/** The relationships the search list offers: every other one that matters for the person's profession. */
export function otherRelationships(profile: Profile): Relationship[] {
  return relationshipsFor(profile.profession).filter((r) => !(COMMON_RELATIONSHIPS as readonly Relationship[]).includes(r));
}

export const ZSignals = z
  .object({
    metInPerson: z.boolean(),
    rapport: z.boolean(),
    note: z.boolean(),
    commonGround: z.boolean(),
    manyMutual: z.boolean(),
    fake_profile: z.boolean(),
    sales_pitch: z.boolean(),
    harassment: z.boolean(),
  })
  .strict();
export type Signals = z.infer<typeof ZSignals>;
export type Signal = keyof Signals;

/**
 * The signals and the letter that toggles each (shown on the toggle). The
 * same letters in every language, so a person's habit survives a language
 * switch; U is kept for undo.
 */
export const SIGNAL_KEYS = [
  { signal: "note", key: "n" },
  { signal: "metInPerson", key: "m" },
  { signal: "rapport", key: "r" },
  { signal: "commonGround", key: "c" },
  { signal: "manyMutual", key: "k" },
  { signal: "fake_profile", key: "f" },
  { signal: "sales_pitch", key: "s" },
  { signal: "harassment", key: "h" },
] as const satisfies readonly { signal: Signal; key: string }[];

/** What a request says by itself: a note counts as a note. */
export function initialSignals(request: Pick<PendingRequest, "message">): Signals {
  return {
    metInPerson: false,
    rapport: false,
    note: request.message !== undefined,
    commonGround: false,
    manyMutual: false,
    fake_profile: false,
    sales_pitch: false,
    harassment: false,
  };
}

/** The engine's request for a queue item's choices. */
export function toConnectionRequest(platform: Platform, relationship: Relationship, signals: Signals, requesterName?: string): ConnectionRequest {
  return {
    platform,
    relationship,
    met: signals.metInPerson ? "in_person" : "never",
    rapport: signals.rapport,
    note: signals.note,
    commonGround: signals.commonGround,
    mutualConnections: signals.manyMutual ? "many" : "none",
    redFlags: RED_FLAGS.filter((flag) => signals[flag]),
    ...(requesterName ? { requesterName } : {}),
  };
}

// ---------------------------------------------------------------------------
// The policy used

/**
 * The policy the queue decides with: the saved one (or the partial one made
 * from the questionnaire so far), with every platform the person has
 * requests on counted as used — they exported it, so they are on it — in the
 * platform's usual way until they say otherwise. Returns the platforms so filled.
 */
export function triageProfile(profile: Profile, platforms: readonly Platform[]): { profile: Profile; assumed: Platform[] } {
  const assumed = [...new Set(platforms)].filter((p) => profile.platforms[p].persona === "absent");
  if (assumed.length === 0) return { profile, assumed };
  const filled = { ...profile.platforms };
  for (const p of assumed) filled[p] = { ...filled[p], persona: PLATFORM_FACTS[p].defaultPersona, overrides: {} };
  return { profile: { ...profile, platforms: filled }, assumed };
}

// ---------------------------------------------------------------------------
// "The policy decides these anyway"

function* everySignalCombination(platform: Platform, relationship: Relationship): Generator<ConnectionRequest> {
  const flagSets = [[], ...RED_FLAGS.map((flag) => [flag]), [...RED_FLAGS]] as ConnectionRequest["redFlags"][];
  for (const met of MET_VALUES)
    for (const rapport of [false, true])
      for (const note of [false, true])
        for (const commonGround of [false, true])
          for (const mutualConnections of MUTUAL_LEVELS)
            for (const redFlags of flagSets) yield { platform, relationship, met, rapport, note, commonGround, mutualConnections, redFlags };
}

/**
 * The verdict the policy gives on `platform` to every one of `relationships`,
 * whatever else is true (how you met, a note, mutual connections, a red
 * flag), or null when anything could change it. Asked of the engine, never
 * assumed: a private civilian Instagram declines every stranger, but its
 * answer to a friend depends on the friend.
 */
export function decidedAnyway(profile: Profile, platform: Platform, relationships: readonly Relationship[], baseline?: Baseline): Verdict | null {
  let verdict: Verdict | null = null;
  for (const relationship of relationships)
    for (const request of everySignalCombination(platform, relationship)) {
      const next = decideVerdict(profile, request, baseline).verdict;
      if (verdict === null) verdict = next;
      else if (verdict !== next) return null;
    }
  return verdict;
}

/** What the policy decides on a platform without more context: for anyone, and for any stranger (null: it depends). */
export type BatchRule = { anyone: Verdict | null; strangers: Verdict | null };

/** The batch rule of a platform: asked of the engine once per policy (a few thousand verdicts), not per key press. */
export function batchRule(profile: Profile, platform: Platform, baseline?: Baseline): BatchRule {
  const anyone = decidedAnyway(profile, platform, relationshipsFor(profile.profession), baseline);
  return { anyone, strangers: anyone ?? decidedAnyway(profile, platform, ["stranger"], baseline) };
}

/**
 * The batch the policy allows on one platform: with one verdict for every
 * stranger, the open requests not yet marked as someone known ("if you don't
 * know them"). They are recorded as strangers, so the batch never covers a
 * request the person marked as someone they know, even where the policy
 * decides everyone alike: the history would say a relationship they never
 * chose. Null when the policy gives strangers no single verdict.
 */
export function batchFor(
  rule: BatchRule,
  open: readonly { key: string; relationship: Relationship | null }[],
): { scope: "strangers"; verdict: Verdict; keys: string[] } | null {
  if (open.length === 0 || !rule.strangers) return null;
  const keys = open.filter((o) => o.relationship === null || o.relationship === "stranger").map((o) => o.key);
  return keys.length > 0 ? { scope: "strangers", verdict: rule.strangers, keys } : null;
}

// ---------------------------------------------------------------------------
// The queue

/** A request's identity in the queue and in storage: the same person sent twice is one item. */
export function requestKey(request: Pick<PendingRequest, "platform" | "profileUrl" | "handle" | "name" | "sentAt">): string {
  return `${request.platform}|${(request.profileUrl ?? request.handle ?? request.name).toLowerCase()}|${request.sentAt ?? ""}`;
}

export const ZChoice = z
  .object({
    relationship: ZRelationship.nullable(),
    signals: ZSignals,
    greetingName: z.string().max(80),
  })
  .strict();
export type Choice = z.infer<typeof ZChoice>;

const ZKey = z.string().min(1).max(2000);
/** As lib/history/schema.ts checks it (not imported: that module is the server's too). */
const ZClientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const ZFrozen = z
  .object({
    verdict: ZVerdict,
    reply: z.string().max(4000),
    actions: z.array(z.enum(ACTIONS)).max(ACTIONS.length),
  })
  .strict();
export type Frozen = z.infer<typeof ZFrozen>;

export const ZQueueState = z
  .object({
    choices: z.record(ZKey, ZChoice),
    /** Each confirm step, oldest first (a batch is one step): what U undoes. */
    confirmed: z.array(z.array(ZKey)),
    /** The request on screen; null shows the first open one. */
    current: ZKey.nullable(),
    /** To-do items checked off. */
    done: z.array(ZKey),
    /** Items already written to the history (checked off once, recorded once). */
    recorded: z.array(ZKey),
    /** Each item's history entry id, made at its first check-off, so a retry stores it once. */
    clientIds: z.record(ZKey, ZClientId).default({}),
    /** What each confirmed item was decided, frozen at its confirm: a later policy change does not move it. */
    frozen: z.record(ZKey, ZFrozen).default({}),
    /** The choices a batch replaced (null: none made), restored when the batch is undone. */
    before: z.record(ZKey, ZChoice.nullable()).default({}),
  })
  .strict();
export type QueueState = z.infer<typeof ZQueueState>;

export const EMPTY_QUEUE: QueueState = { choices: {}, confirmed: [], current: null, done: [], recorded: [], clientIds: {}, frozen: {}, before: {} };

type Item = Pick<PendingRequest, "name" | "handle" | "message">;

/** A request's choices: as the person left them, or what the request suggests. */
export function choiceOf(state: QueueState, key: string, request: Item): Choice {
  return state.choices[key] ?? { relationship: null, signals: initialSignals(request), greetingName: greetingNameFrom(request.name, request.handle) };
}

// The sets of confirmed keys, kept per state (states are never changed in place), so a backlog of
// thousands is not scanned once per key.
const confirmedSets = new WeakMap<QueueState["confirmed"], Set<string>>();

/** Every confirmed key, as a set. */
export function confirmedKeys(state: Pick<QueueState, "confirmed">): ReadonlySet<string> {
  let set = confirmedSets.get(state.confirmed);
  if (!set) confirmedSets.set(state.confirmed, (set = new Set(state.confirmed.flat())));
  return set;
}

export function isConfirmed(state: Pick<QueueState, "confirmed">, key: string): boolean {
  return confirmedKeys(state).has(key);
}

/** Whether an item is already in the history: then it is changed there, not here. */
export function isRecorded(state: Pick<QueueState, "recorded">, key: string): boolean {
  return state.recorded.includes(key);
}

/** The request on screen: the chosen one if it still exists, else the first open one, else null (all done). */
export function currentKey(state: QueueState, order: readonly string[]): string | null {
  if (state.current && order.includes(state.current)) return state.current;
  return order.find((key) => !isConfirmed(state, key)) ?? null;
}

export type QueueAction =
  | { type: "choose"; key: string; item: Item; relationship: Relationship }
  | { type: "toggle"; key: string; item: Item; signal: Signal }
  | { type: "greeting"; key: string; item: Item; greetingName: string }
  | { type: "confirm"; key: string; order: readonly string[]; frozen: Frozen }
  | {
      type: "batch";
      keys: readonly string[];
      items: Readonly<Record<string, Item>>;
      relationship: Relationship;
      order: readonly string[];
      frozen: Readonly<Record<string, Frozen>>;
    }
  | { type: "undo" }
  | { type: "move"; delta: 1 | -1; order: readonly string[] }
  | { type: "done"; key: string; done: boolean }
  | { type: "recorded"; key: string }
  | { type: "clientId"; key: string; clientId: string };

const without = <T>(record: Readonly<Record<string, T>>, keys: readonly string[]): Record<string, T> => {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(record).filter(([k]) => !drop.has(k)));
};

/** Takes keys out of their confirm steps (and their check-offs and frozen decisions). */
function unconfirm(state: QueueState, keys: readonly string[]): QueueState {
  const drop = new Set(keys);
  return {
    ...state,
    confirmed: state.confirmed.map((step) => step.filter((k) => !drop.has(k))).filter((step) => step.length > 0),
    done: state.done.filter((k) => !drop.has(k)),
    frozen: without(state.frozen, keys),
    before: without(state.before, keys),
  };
}

/**
 * A change to a request's choices. An item already in the history stays as it is (it is changed there);
 * a confirmed one not yet recorded goes back to the queue, so its to-do item never shows a stale decision.
 */
function withChoice(state: QueueState, key: string, item: Item, change: (choice: Choice) => Choice): QueueState {
  if (isRecorded(state, key)) return state;
  const next = isConfirmed(state, key) ? unconfirm(state, [key]) : state;
  return { ...next, choices: { ...next.choices, [key]: change(choiceOf(next, key, item)) } };
}

/** The first open request after `key` in the queue's order, wrapping round; null when none is open. */
function nextOpen(state: QueueState, order: readonly string[], key: string): string | null {
  const start = order.indexOf(key);
  for (let i = 1; i <= order.length; i++) {
    const candidate = order[(start + i) % order.length]!;
    if (!isConfirmed(state, candidate)) return candidate;
  }
  return null;
}

/** What U would undo: the unrecorded keys of the last step that has any, or null. */
export function undoableStep(state: QueueState): string[] | null {
  const recorded = new Set(state.recorded);
  for (let i = state.confirmed.length - 1; i >= 0; i--) {
    const keys = state.confirmed[i]!.filter((k) => !recorded.has(k));
    if (keys.length > 0) return keys;
  }
  return null;
}

/** Every change the queue knows, as a pure function of the state (React's useReducer, and the tests). */
export function queueReducer(state: QueueState, action: QueueAction): QueueState {
  switch (action.type) {
    case "choose":
      return withChoice(state, action.key, action.item, (c) => ({ ...c, relationship: action.relationship }));
    case "toggle":
      return withChoice(state, action.key, action.item, (c) => ({ ...c, signals: { ...c.signals, [action.signal]: !c.signals[action.signal] } }));
    case "greeting":
      return withChoice(state, action.key, action.item, (c) => ({ ...c, greetingName: action.greetingName.slice(0, 80) }));
    case "confirm": {
      if (!state.choices[action.key]?.relationship || isRecorded(state, action.key)) return state;
      // Confirming a request again moves it to the end of the undo steps.
      const cleared = unconfirm(state, [action.key]);
      const next = { ...cleared, confirmed: [...cleared.confirmed, [action.key]], frozen: { ...cleared.frozen, [action.key]: action.frozen } };
      return { ...next, current: nextOpen(next, action.order, action.key) };
    }
    case "batch": {
      const keys = action.keys.filter((key) => !isConfirmed(state, key) && action.frozen[key]);
      if (keys.length === 0) return state;
      // As withChoice for each key (none is confirmed; a recorded one keeps its choices), in one pass over
      // copies made once: a batch of thousands is linear, not one copy of every choice per key.
      const recorded = new Set(state.recorded);
      const before = { ...state.before };
      const choices = { ...state.choices };
      const frozen = { ...state.frozen };
      for (const key of keys) {
        before[key] = state.choices[key] ?? null;
        frozen[key] = action.frozen[key]!;
        if (recorded.has(key)) continue;
        const choice = choiceOf(state, key, action.items[key]!);
        choices[key] = { ...choice, relationship: choice.relationship ?? action.relationship };
      }
      const next: QueueState = { ...state, before, choices, frozen, confirmed: [...state.confirmed, keys] };
      const current = next.current && !isConfirmed(next, next.current) ? next.current : (action.order.find((key) => !isConfirmed(next, key)) ?? null);
      return { ...next, current };
    }
    case "undo": {
      // The last step with something not yet in the history; what is recorded stays (it is changed there).
      const keys = undoableStep(state);
      if (!keys) return state;
      const next = unconfirm(state, keys);
      const choices = { ...next.choices };
      for (const key of keys) {
        if (!(key in state.before)) continue;
        const before = state.before[key];
        if (before) choices[key] = before;
        else delete choices[key];
      }
      return { ...next, choices, current: keys[0]! };
    }
    case "move": {
      if (action.order.length === 0) return state;
      const at = action.order.indexOf(currentKey(state, action.order) ?? action.order[0]!);
      const index = Math.min(action.order.length - 1, Math.max(0, (at < 0 ? 0 : at) + action.delta));
      return { ...state, current: action.order[index]! };
    }
    case "done":
      return { ...state, done: action.done ? [...new Set([...state.done, action.key])] : state.done.filter((k) => k !== action.key) };
    case "recorded":
      return { ...state, recorded: [...new Set([...state.recorded, action.key])] };
    case "clientId":
      return state.clientIds[action.key] ? state : { ...state, clientIds: { ...state.clientIds, [action.key]: action.clientId } };
  }
}
