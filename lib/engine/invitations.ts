/**
 * Writing your own invitation (issue 22): `composeInvitation(profile,
 * target)` says when to send it (after a planned meeting, P13), where
 * (LinkedIn for work ties, P8; a private platform only for personal ties,
 * P1/P6) and writes the note in the profile's language and each tone from
 * the catalogue lib/i18n/messages/<language>/invitations.json: it says why
 * (P11), uses the common ground (P12) and stays plain (P16). A target that
 * the person's duty of care rules out (D1–D3) gets no note, only the reason.
 *
 * Every note fits its limit, counted as JavaScript string length (UTF-16
 * code units; PLATFORMS.md "counting a note's length"): a LinkedIn note
 * 200 characters on a free account and 300 with Premium, a first message on
 * Facebook, Instagram or X that platform's message limit. When the full
 * note is too long, the common ground is shortened and then dropped, then
 * the place (the closing line goes first: the invitation itself asks to
 * connect); the name always stays.
 *
 * Pure: no I/O, nothing logged; runs in the browser and on the server.
 */
import { z } from "zod";

import { barePlace, dutyOf, type Duty } from "./context";
import { formatEngineMessage } from "./messages";
import { PLATFORM_FACTS, PLATFORM_NAMES, type Platform } from "./platforms";
import { lineText, ZLanguage, ZLinkedinAccount, ZMet, ZPlatform, ZReason, ZRelationship, type Profile, type ProfileInput, type Reason } from "./schemas";
import { RELATIONSHIP_GROUP, type Language, type Principle, type RelationshipGroup } from "./vocabulary";

export type LinkedinAccount = z.infer<typeof ZLinkedinAccount>;

/**
 * Where a request carries no note, the composer writes a first message
 * instead, within the platform's message limit (PLATFORMS.md "first direct
 * message": Messenger ~20,000 characters, Instagram DMs 1,000, X DMs
 * 10,000 — reported figures, taken as they are).
 */
export const FIRST_MESSAGE_MAX_LENGTH: Readonly<Record<Exclude<Platform, "linkedin">, number>> = {
  facebook: 20_000,
  instagram: 1_000,
  x: 10_000,
};

export const INVITATION_TONES = ["warm", "brief"] as const;
export type InvitationTone = (typeof INVITATION_TONES)[number];

/** The parts of a note that are shortened or dropped to make it fit, in that order (the name always stays). */
export const FITTED_PARTS = ["ground", "place", "why"] as const;

export const INVITATION_NAME_MAX = 80;
export const INVITATION_PLACE_MAX = 120;
export const INVITATION_GROUND_MAX = 120;
export const INVITATION_WHY_MAX = 200;

/** Whom you want to invite, and what you know about them. */
export const ZInvitationTarget = z
  .object({
    /** The platform you had in mind; the advice may point to another. */
    platform: ZPlatform,
    relationship: ZRelationship,
    /** The name you would greet them by. */
    name: lineText(INVITATION_NAME_MAX).optional(),
    met: ZMet.default("never"),
    /** Where you met or will meet: the bare name of the event or place. */
    metAt: lineText(INVITATION_PLACE_MAX).optional(),
    /** You got on well (P14). */
    rapport: z.boolean().default(false),
    /** What you have in common, as a short phrase (P12): "we both studied in Tampere". */
    commonGround: lineText(INVITATION_GROUND_MAX).optional(),
    /** Why you want to connect, in your own words (P11). */
    why: lineText(INVITATION_WHY_MAX).optional(),
  })
  .strict();

export const ZInvitationNote = z
  .object({
    language: ZLanguage,
    tone: z.enum(INVITATION_TONES),
    text: z.string().min(1).max(20_000),
    /** UTF-16 length of `text`. */
    length: z.number().int().min(1),
    /** The parts shortened or dropped to fit the limit. */
    fitted: z.array(z.enum(FITTED_PARTS)).max(FITTED_PARTS.length),
  })
  .strict();

export const ZInvitation = z
  .object({
    /** True when a duty of care (D1–D3) rules the invitation out: no notes, only the reason. */
    refused: z.boolean(),
    /** Send now, or after the planned meeting (P13); null when refused. */
    timing: z.enum(["now", "after_meeting"]).nullable(),
    /** Where to send it; null when refused. */
    platform: ZPlatform.nullable(),
    /** A LinkedIn invitation's note, or a first message where requests carry none; null when refused. */
    kind: z.enum(["note", "first_message"]).nullable(),
    /** The longest text the platform takes, in UTF-16 code units; null when refused. */
    limit: z.number().int().min(1).nullable(),
    reasons: z.array(ZReason).min(1).max(12),
    notes: z.array(ZInvitationNote).max(INVITATION_TONES.length),
  })
  .strict();

export type InvitationTarget = z.infer<typeof ZInvitationTarget>;
export type InvitationTargetInput = z.input<typeof ZInvitationTarget>;
export type Invitation = z.infer<typeof ZInvitation>;
export type InvitationNote = z.infer<typeof ZInvitationNote>;
export type FittedPart = (typeof FITTED_PARTS)[number];

/** The profile fields the composer reads (a parsed profile, or one as typed). */
type AnyProfile = Profile | ProfileInput;

/** One composer message, e.g. `invitationMessage("fi", "reasons.plain")`. */
export function invitationMessage(language: Language, key: string, values?: Record<string, string>): string {
  return formatEngineMessage(language, key, values, "invitations");
}

/** The note limit for a platform and LinkedIn account type (UTF-16 code units). */
export function invitationLimit(platform: Platform, account: LinkedinAccount = "free"): number {
  const note = PLATFORM_FACTS[platform].noteMaxLength;
  if (note !== null) return note[account];
  return FIRST_MESSAGE_MAX_LENGTH[platform as Exclude<Platform, "linkedin">];
}

const ELLIPSIS = "…";

/** A phrase cut at a word boundary to at most `max` UTF-16 units, ending in "…"; "" if nothing useful is left. */
export function shortenPhrase(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return "";
  let cut = text.slice(0, max - 1);
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(" ");
  if (space > 0) cut = cut.slice(0, space);
  cut = cut.replace(/[\s,;:.–-]+$/u, "");
  return cut.length < 3 ? "" : cut + ELLIPSIS;
}

/** The user's own sentence: as typed, with a full stop added when it has no closing punctuation. */
function sentence(text: string): string {
  return /[.!?…)]$/u.test(text) ? text : `${text}.`;
}

interface NoteParts {
  readonly name: string;
  readonly place: string;
  readonly ground: string;
  readonly why: string;
  /** Drop the closing line (last resorts). */
  readonly close: boolean;
  /** Drop the context line (last resorts). */
  readonly context: boolean;
}

interface NoteSetting {
  readonly language: Language;
  readonly tone: InvitationTone;
  readonly contact: "in_person" | "online" | "never";
  readonly group: RelationshipGroup;
  readonly rapport: boolean;
  readonly kind: "note" | "first_message";
  readonly platform: Platform;
}

const yes = (value: string | boolean) => (value === "" || value === false ? "no" : "yes");

/** Renders one note from its parts. */
export function renderNote(s: NoteSetting, p: NoteParts): string {
  const t = (key: string, values: Record<string, string> = {}) => invitationMessage(s.language, `notes.${key}.${s.tone}`, values);
  const greeting = t("greeting", { name: p.name, named: yes(p.name) });
  const lines: string[] = [];
  if (p.context) {
    if (s.contact === "in_person") lines.push(t("met", { place: p.place, placed: yes(p.place), rapport: yes(s.rapport) }));
    else if (s.contact === "online") lines.push(t("online", { rapport: yes(s.rapport) }));
    else if (s.group !== "personal") lines.push(t("cold"));
  }
  lines.push(p.why !== "" ? sentence(p.why) : t("why", { group: s.group, rapport: yes(s.rapport) }));
  if (p.ground !== "") lines.push(t("ground", { ground: p.ground }));
  if (p.close) lines.push(t("close", { kind: s.kind === "note" ? "note" : "message", platformName: PLATFORM_NAMES[s.platform] }));
  // A shortened phrase ends in "…": no full stop after it.
  return `${greeting}${s.tone === "warm" ? "\n" : " "}${lines.join(" ")}`.replace(/…\./gu, "…");
}

/**
 * The longest note that fits: first the whole note; then without the
 * closing line; then the common ground shortened, then dropped; then the
 * place; then the context line, and last the person's own "why" shortened
 * and dropped.
 * The name always stays (its bound keeps the shortest note far within 200).
 */
export function fitNote(s: NoteSetting, full: NoteParts, limit: number): { text: string; fitted: FittedPart[] } {
  const fits = (p: NoteParts) => renderNote(s, p).length <= limit;
  const done = (p: NoteParts) => {
    const fitted: FittedPart[] = [];
    if (p.ground !== full.ground) fitted.push("ground");
    if (p.place !== full.place) fitted.push("place");
    if (p.why !== full.why) fitted.push("why");
    return { text: renderNote(s, p), fitted };
  };
  if (fits(full)) return done(full);
  // 1. The closing line: the invitation itself already asks to connect.
  let parts: NoteParts = { ...full, close: false };
  if (fits(parts)) return done(parts);
  // 2. The common ground: as long as it fits, else dropped.
  parts = shrink(parts, "ground", fits);
  if (fits(parts)) return done(parts);
  // 3. The place: dropped (a cut-off place name reads oddly).
  parts = { ...parts, place: "" };
  if (fits(parts)) return done(parts);
  // 4. Last resorts, so the note still fits with long own words.
  parts = { ...parts, context: false };
  if (fits(parts)) return done(parts);
  parts = shrink(parts, "why", fits);
  return done(parts);
}

const MIN_SHORTENED = 15;

/** The part as long as still fits (cut at a word), or "" when even a short cut does not. */
function shrink(parts: NoteParts, key: "ground" | "why", fits: (p: NoteParts) => boolean): NoteParts {
  const text = parts[key];
  if (text === "") return parts;
  for (let max = text.length - 1; max >= MIN_SHORTENED; max--) {
    const cut = shortenPhrase(text, max);
    // A stub of a few letters says nothing: drop the part instead.
    if (cut.length < MIN_SHORTENED) break;
    const candidate = { ...parts, [key]: cut };
    if (fits(candidate)) return candidate;
  }
  return { ...parts, [key]: "" };
}

const DUTY_KEY: Readonly<Record<Duty, "duty-D1" | "duty-D2" | "duty-D3">> = { D1: "duty-D1", D2: "duty-D2", D3: "duty-D3" };

/** Where to send it and why: LinkedIn for work ties (P8), a private platform only for personal ties (P1/P6). */
function choosePlatform(profile: AnyProfile, target: InvitationTarget, group: RelationshipGroup): { platform: Platform; reason: [Principle, string] } {
  const wanted = target.platform;
  if (group === "personal") {
    return wanted === "linkedin" ? { platform: wanted, reason: ["P8", "linkedin-for-work"] } : { platform: wanted, reason: ["P1", "personal-platform"] };
  }
  if (wanted === "linkedin") return { platform: "linkedin", reason: ["P8", "linkedin-for-work"] };
  const persona = profile.platforms?.[wanted]?.persona ?? "absent";
  if (persona === "professional") return { platform: wanted, reason: ["P1", "professional-account"] };
  return { platform: "linkedin", reason: ["P6", "suggest-linkedin"] };
}

/**
 * Composes an invitation to `target`. Throws on input that does not match
 * the schemas (the API parses first and answers field errors).
 */
export function composeInvitation(profileInput: AnyProfile, targetInput: InvitationTargetInput): Invitation {
  const target = ZInvitationTarget.parse(targetInput);
  const language: Language = profileInput.language ?? "en";
  const reason = (principle: Principle, key: string, values?: Record<string, string>): Reason => ({
    principle,
    text: invitationMessage(language, `reasons.${key}`, values),
  });

  const duty = dutyOf(profileInput.profession ?? "none", target.relationship);
  if (duty !== undefined) {
    return { refused: true, timing: null, platform: null, kind: null, limit: null, reasons: [reason(duty, DUTY_KEY[duty])], notes: [] };
  }

  const group = RELATIONSHIP_GROUP[target.relationship];
  const reasons: Reason[] = [];
  const timing = target.met === "meeting_planned" ? "after_meeting" : "now";
  if (timing === "after_meeting") reasons.push(reason("P13", "after-meeting"));

  const chosen = choosePlatform(profileInput, target, group);
  reasons.push(reason(chosen.reason[0], chosen.reason[1], { platformName: PLATFORM_NAMES[target.platform] }));

  // A planned meeting: the note is written for after it, as if you had met in person.
  const contact = target.met === "meeting_planned" || target.met === "in_person" ? "in_person" : target.met === "online" ? "online" : "never";
  if (contact !== "never" && target.rapport) reasons.push(reason("P14", "rapport"));
  if (contact === "never" && group !== "personal") {
    reasons.push(reason("P11", "say-why"));
    if (chosen.platform === "linkedin" && group === "stranger") reasons.push(reason("P20", "polite-approach"));
  }
  const ground = target.commonGround ?? "";
  if (ground !== "") reasons.push(reason("P12", "common-ground"));
  else if (group !== "personal") reasons.push(reason("P12", "look-them-up"));
  reasons.push(reason("P16", "plain"));

  const kind = PLATFORM_FACTS[chosen.platform].noteMaxLength === null ? "first_message" : "note";
  const account = profileInput.linkedinAccount ?? "free";
  const limit = invitationLimit(chosen.platform, account);
  const full: NoteParts = {
    name: target.name ?? "",
    place: contact === "in_person" ? barePlace(target.metAt) : "",
    ground: ground.replace(/[.!?]+$/u, ""),
    why: target.why ?? "",
    close: true,
    context: true,
  };
  const notes = INVITATION_TONES.map((tone): InvitationNote => {
    const setting: NoteSetting = { language, tone, contact, group, rapport: target.rapport, kind, platform: chosen.platform };
    const { text, fitted } = fitNote(setting, full, limit);
    return { language, tone, text, length: text.length, fitted };
  });
  return { refused: false, timing, platform: chosen.platform, kind, limit, reasons, notes };
}
