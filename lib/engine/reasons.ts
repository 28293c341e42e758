/**
 * Reasons, as data: message key → the principle its sentence states. The
 * sentences live in each language's catalogue,
 * lib/i18n/messages/<language>/replies.json ("reasons.<key>"), in ICU
 * MessageFormat: `{platformName}` is the platform's name, `{platform}`
 * selects a platform's own wording, and `{kind, select, follow {…}}` words
 * a public account's follower apart (nobody asked, so no "request"). Rules
 * refer to keys only (STYLE.md "Reasons are data").
 */
import { formatEngineMessage } from "./messages";
import { PLATFORMS, PLATFORM_NAMES, type Language, type Platform, type Principle } from "./vocabulary";

interface ReasonEntry {
  readonly principle: Principle;
  /** A platform's own principle, where that platform has its own source advice. */
  readonly byPlatform?: Partial<Record<Platform, Principle>>;
}

const REASONS = {
  // --- red flags -----------------------------------------------------------
  "fake-profile": { principle: "P10" },
  harassment: { principle: "P7" },
  "no-reply-red-flag": { principle: "P17" },
  // --- the person's own choice ---------------------------------------------
  "own-override": { principle: "P1" },
  "override-against-duty": { principle: "P1" },
  "override-redirect-on-linkedin": { principle: "P6" },
  "override-redirect-without-linkedin": { principle: "P6" },
  "rules-would-accept": { principle: "P1" },
  "rules-would-decline": { principle: "P1" },
  "rules-would-redirect": { principle: "P1" },
  // --- the organisation's baseline (issue 23) --------------------------------
  "team-baseline": { principle: "P1" },
  "team-redirect-not-possible": { principle: "P6" },
  // --- sales pitches, unused platforms --------------------------------------
  "sales-pitch-stranger": { principle: "P10" },
  "sales-pitch-not-why": { principle: "P11" },
  "platform-not-used": { principle: "P1" },
  "platform-not-used-redirect": { principle: "P6" },
  // --- LinkedIn, the professional home --------------------------------------
  "meeting-incoming": { principle: "P13" },
  "job-seeker-relevant": { principle: "P15" },
  "linkedin-home": { principle: "P8" },
  "former-coworker-long-term": { principle: "P19" },
  "linkedin-any-field": { principle: "P8" },
  "persona-camp": { principle: "P9" },
  "met-and-got-on": { principle: "P14" },
  "open-networker": { principle: "P18" },
  "polite-approach": { principle: "P20" },
  "selective-note": { principle: "P11" },
  "selective-shared-circle": { principle: "P12" },
  "selective-cold": { principle: "P10" },
  "cold-no-note": { principle: "P11" },
  // --- professional accounts elsewhere --------------------------------------
  "x-professional": { principle: "P3" },
  "creative-channels": { principle: "P5" },
  "professional-persona": { principle: "P1" },
  // The sentence is about how you use the account (P1), not about camps.
  "professional-personal-ties": { principle: "P1" },
  "professional-public-stranger": { principle: "P17" },
  "selective-some-signal": { principle: "P12" },
  // --- civilian (private) accounts ------------------------------------------
  "civilian-close-circle": { principle: "P1" },
  // P2: a private X account is for people close to you only; P4: Facebook is
  // mostly private life, coworkers there never an obligation; P7: a private
  // Instagram need not be mentioned or shared.
  "civilian-boundary": { principle: "P1", byPlatform: { x: "P2", facebook: "P4", instagram: "P7" } },
  "redirect-to-linkedin": { principle: "P6" },
  // Keeping private accounts apart from reporting lines is your own choice (P1).
  "power-asymmetry": { principle: "P1" },
  "no-linkedin-decline": { principle: "P6" },
  "civilian-stranger": { principle: "P7" },
  // --- mixed accounts -------------------------------------------------------
  "mixed-personal": { principle: "P9" },
  "mixed-known-work": { principle: "P9" },
  "known-personally": { principle: "P14" },
  "mixed-boundary": { principle: "P9" },
  "mixed-redirect": { principle: "P6" },
  "mixed-stranger": { principle: "P10" },
  "public-work-not-followed-back": { principle: "P8" },
  // --- public accounts (contract v2): followers, not requests ----------------
  "public-civilian-personal": { principle: "P1" },
  "public-civilian-others": { principle: "P1" },
  "public-make-private": { principle: "P17" },
  // --- duty of care (contract v2, D1–D4) -------------------------------------
  "duty-current-client": { principle: "D1" },
  "duty-former-client": { principle: "D2" },
  "duty-pupils-and-guardians": { principle: "D3" },
  "duty-say-it-as-a-rule": { principle: "D4" },
  fallback: { principle: "P1" },
  // --- signals appended after the rule's own reasons -------------------------
  "signal-note": { principle: "P11" },
  "signal-common-ground": { principle: "P12" },
  "signal-rapport": { principle: "P14" },
  "signal-meeting-planned": { principle: "P13" },
  "signal-sales-pitch": { principle: "P10" },
} as const satisfies Record<string, ReasonEntry>;

export type ReasonKey = keyof typeof REASONS;
export const REASON_KEYS = Object.keys(REASONS) as ReasonKey[];

export interface RenderedReason {
  readonly principle: Principle;
  readonly text: string;
}

function principleOf(key: ReasonKey, platform: Platform): Principle {
  const entry: ReasonEntry = REASONS[key];
  return entry.byPlatform?.[platform] ?? entry.principle;
}

// A reason depends only on its key, platform, language and follow/request:
// each is formatted once, on first use, and kept (at most ~60 × 4 × 4 × 2).
const rendered = new Map<string, RenderedReason>();

/** A reason in a language; `follow` for a public account's follower (no "request" wording). */
export function renderReason(key: ReasonKey, platform: Platform, language: Language, follow = false): RenderedReason {
  const id = `${language}|${platform}|${follow ? 1 : 0}|${key}`;
  let reason = rendered.get(id);
  if (reason === undefined) {
    const text = formatEngineMessage(language, `reasons.${key}`, {
      platform,
      platformName: PLATFORM_NAMES[platform],
      kind: follow ? "follow" : "request",
    });
    reason = Object.freeze({ principle: principleOf(key, platform), text });
    rendered.set(id, reason);
  }
  return reason;
}

/** Every principle a key can cite, over all platforms (for checking the rule table). */
export function reasonPrinciples(key: ReasonKey): Principle[] {
  const set = new Set<Principle>();
  for (const platform of PLATFORMS) set.add(principleOf(key, platform));
  return [...set];
}
