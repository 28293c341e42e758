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
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const MET_VALUES = ["never", "online", "in_person", "meeting_planned"] as const;
export type Met = (typeof MET_VALUES)[number];

export const MUTUAL_LEVELS = ["none", "few", "many"] as const;
export type MutualLevel = (typeof MUTUAL_LEVELS)[number];

export const RED_FLAGS = ["fake_profile", "sales_pitch", "harassment"] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

export const NETWORKING_STYLES = ["selective", "open"] as const;
export type NetworkingStyle = (typeof NETWORKING_STYLES)[number];

export const LANGUAGES = ["en", "fi", "nb"] as const;
export type Language = (typeof LANGUAGES)[number];

export const VERDICTS = ["accept", "decline", "redirect"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SOURCES = ["rules", "override"] as const;
export type Source = (typeof SOURCES)[number];

/**
 * Reply template tones. Every decline and redirect comes in `warm` and
 * `brief`; `curious` is the "what prompted the invite?" question (P11) that
 * goes to a stranger who sent no note.
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
  /** Ask what prompted the invitation (stranger without a note, P11). */
  "ask_what_prompted",
  /** Look at their profile before answering (strangers, few mutuals, sales pitches). */
  "check_profile_first",
  /** Leave it pending and connect after the meeting (P13). */
  "wait_until_after_meeting",
  /** Declining a stranger needs no reply at all; ignoring is fine. */
  "ignore_quietly",
  /** Report or block the account (fake profile, harassment); do not reply. */
  "report_or_block",
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
};

/** Exhaustiveness guard for switches over the vocabulary. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
