/**
 * The engine's vocabulary: the exact string values of the JSON contract
 * (DOMAIN.md). Labels shown to people are translated elsewhere; these values
 * never are.
 */

// The platform ids and names are derived from the platform registry
// (platforms.ts); re-exported here so the vocabulary stays in one import.
export { PLATFORM_NAMES, PLATFORMS, type Platform } from "./platforms";

export const PERSONAS = ["absent", "civilian", "professional", "mixed"] as const;
export type Persona = (typeof PERSONAS)[number];

export const VISIBILITIES = ["public", "private"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const RELATIONSHIPS = [
  "family",
  "close_friend",
  "friend",
  "coworker",
  "former_coworker",
  "manager",
  "direct_report",
  "client",
  "partner",
  "work_acquaintance",
  "recruiter",
  "stranger",
  // Contract v2: relationships that a duty of care (D1–D3) concerns. For a
  // profession they do not concern, they are work relationships.
  "former_client",
  "student",
  "guardian",
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const MET_VALUES = ["never", "online", "in_person", "meeting_planned"] as const;
export type Met = (typeof MET_VALUES)[number];

export const MUTUAL_LEVELS = ["none", "few", "many"] as const;
export type MutualLevel = (typeof MUTUAL_LEVELS)[number];

export const RED_FLAGS = ["fake_profile", "sales_pitch", "harassment"] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

/**
 * The person's profession (contract v2). `therapist` (psychologists,
 * psychotherapists, counsellors, social workers), `healthcare` (doctors,
 * nurses, dentists, physiotherapists…) and `teacher` have a duty of care
 * (D1–D3); a `recruiter` networks openly (P15, P18, P20).
 */
export const PROFESSIONS = ["none", "therapist", "healthcare", "teacher", "recruiter"] as const;
export type Profession = (typeof PROFESSIONS)[number];

/**
 * The relationships each profession adds to the advice form and the policy
 * grid: those its duty of care changes. Every other profession sees the v1
 * list (the new values stay valid input everywhere).
 */
export const PROFESSION_RELATIONSHIPS: Readonly<Record<Profession, readonly Relationship[]>> = {
  none: [],
  therapist: ["former_client"],
  healthcare: ["former_client"],
  teacher: ["student", "guardian"],
  recruiter: [],
};

/** The v1 relationships, shown to everyone. */
export const BASE_RELATIONSHIPS: readonly Relationship[] = RELATIONSHIPS.filter((r) => r !== "former_client" && r !== "student" && r !== "guardian");

/** The relationships that matter for a profession, in vocabulary order. */
export function relationshipsFor(profession: Profession): readonly Relationship[] {
  const extra = PROFESSION_RELATIONSHIPS[profession];
  return RELATIONSHIPS.filter((r) => BASE_RELATIONSHIPS.includes(r) || extra.includes(r));
}

export const NETWORKING_STYLES = ["selective", "open"] as const;
export type NetworkingStyle = (typeof NETWORKING_STYLES)[number];

/** `selective` (P10, P11) unless set; `open` for a recruiter, for whom open networking is the job (P15, P18, P20). */
export function defaultNetworkingStyle(profession: Profession | undefined): NetworkingStyle {
  return profession === "recruiter" ? "open" : "selective";
}

// The languages come from the registry (one entry per language).
export { LANGUAGES, type Language } from "../i18n/languages";

export const VERDICTS = ["accept", "decline", "redirect"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** `team` is reserved for an organisation's baseline cell (contract v2); the engine does not produce it yet. */
export const SOURCES = ["rules", "override", "team"] as const;
export type Source = (typeof SOURCES)[number];

/**
 * Reply template tones. Every decline and redirect that can be answered
 * comes in `warm` and `brief`. `curious` (v1: "what prompted the invite?"
 * to a stranger who sent no note) stays valid in the contract but is no
 * longer produced: without a message a LinkedIn invitation cannot be
 * answered before accepting (contract v2; `accept_then_ask` instead).
 */
export const TONES = ["warm", "brief", "curious"] as const;
export type Tone = (typeof TONES)[number];

/**
 * Suggested actions, in the order they are listed in a decision. Kindly
 * never performs them; it only advises.
 */
export const ACTIONS = [
  /** Copy one of the reply templates and send it. */
  "reply_with_template",
  /** Send the LinkedIn profile link (redirects, when the profile has a URL). */
  "send_linkedin_link",
  /** Follow them back on X or Instagram: courteous between professionals (P3). */
  "follow_back",
  /** Accept, but put them on the Facebook Restricted list. */
  "restrict_facebook",
  /** Accept, but keep them off Instagram Close Friends (share stories only with close friends). */
  "close_friends_instagram",
  /** Accept, but hide your connection list on LinkedIn. */
  "hide_connections_linkedin",
  /**
   * Ask what prompted the request before deciding (P11). Kept in the
   * contract; contract v2 suggests `accept_then_ask` instead, because a
   * reply before accepting needs a message to answer (PLATFORMS.md).
   */
  "ask_what_prompted",
  /** Look at their profile before accepting someone you don't know (few mutuals). */
  "check_profile_first",
  /** A selective networker accepts once you have met (P13 is about sending). */
  "wait_until_after_meeting",
  /** Decline silently where no message can reach them (LinkedIn's Ignore: the sender is not told). */
  "ignore_quietly",
  /** Report or block the account (fake profile, harassment); do not reply. */
  "report_or_block",
  /**
   * LinkedIn without a message: replying before accepting is not possible,
   * so accept and then ask what prompted it (PLATFORMS.md "reply before accepting").
   */
  "accept_then_ask",
  /** A public account: remove this follower; they are not told (PLATFORMS.md "remove someone quietly"). */
  "remove_follower_quietly",
  /** A public account kept for private life: make it private; existing followers stay (PLATFORMS.md "going private"). */
  "make_account_private",
  /** Duty of care (D1, D2): point them to your practice's own page. */
  "point_to_practice_page",
  /** Duty of care (D3): point pupils and guardians to the school's own channels. */
  "use_school_channel",
] as const;
export type Action = (typeof ACTIONS)[number];

/** Principle ids from DOMAIN.md; P16 governs the templates, P17 the red-flag advice. */
export const PRINCIPLES = [
  "P1",
  "P2",
  "P3",
  "P4",
  "P5",
  "P6",
  "P7",
  "P8",
  "P9",
  "P10",
  "P11",
  "P12",
  "P13",
  "P14",
  "P15",
  "P16",
  "P17",
  "P18",
  "P19",
  "P20",
  // Duty of care (contract v2): professional ethics codes, see DOMAIN.md.
  "D1",
  "D2",
  "D3",
  "D4",
] as const;
export type Principle = (typeof PRINCIPLES)[number];

/**
 * How a relationship reads to the rules: people you know privately, people
 * you know through work (recruiters included), and strangers.
 */
export type RelationshipGroup = "personal" | "work" | "stranger";

export const RELATIONSHIP_GROUP: Readonly<Record<Relationship, RelationshipGroup>> = {
  family: "personal",
  close_friend: "personal",
  friend: "personal",
  coworker: "work",
  former_coworker: "work",
  manager: "work",
  direct_report: "work",
  client: "work",
  partner: "work",
  work_acquaintance: "work",
  recruiter: "work",
  stranger: "stranger",
  former_client: "work",
  student: "work",
  guardian: "work",
};

/**
 * What an alternative's condition is (contract v2 "When two answers are
 * both right"): a fixed list; the sentence for each is in conditions.ts.
 */
export const CONDITIONS = [
  "workplace_expects_it",
  "you_know_them_well",
  "after_you_have_met",
  "your_own_choice",
  "duty_of_care",
  "profile_looks_relevant",
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** Exhaustiveness guard for switches over the vocabulary. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
