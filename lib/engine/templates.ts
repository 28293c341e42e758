/**
 * Reply templates: the texts live in each language's catalogue,
 * lib/i18n/messages/<language>/replies.json ("templates.<kind>.<tone>"),
 * written for each language rather than translated word by word. Short,
 * warm and honest, no superlatives (P16). Names and places are never
 * inflected: every language wraps them in sentences that take them as typed
 * ("Hei Jussi!", "… ja Slush oli siihen hyvä paikka.").
 */
import { formatEngineMessage } from "./messages";
import { PLATFORM_NAMES, type RequestKind } from "./platforms";
import type { Language, Platform } from "./vocabulary";

/**
 * What the person keeps the platform for, as said in a redirect or decline:
 * `close` (private account: family and close friends), `personal` (mixed:
 * people known personally) or `work` (work contacts are kept on LinkedIn).
 */
export type Scope = "close" | "personal" | "work";

/**
 * Whom a duty-of-care decline (D1–D3) is about, said as a rule for everyone
 * (D4): clients (therapists), patients (healthcare), pupils and their
 * families (teachers).
 */
export type Care = "clients" | "patients" | "school";

export interface TemplateVars {
  /** The name you would greet them by, "" when not given. */
  readonly name: string;
  /** Where you met: the bare name of the event or place (barePlace), "" when not given or not met in person. */
  readonly metAt: string;
  /** The person's LinkedIn URL, "" when not given. */
  readonly url: string;
  /** The person's display name for the signature, "" for none. */
  readonly sign: string;
  readonly platform: Platform;
  readonly scope: Scope;
  /** What the request is called there (a public account's `follow` is worded without "request"). */
  readonly kind: RequestKind;
  /** Duty-of-care declines only. */
  readonly care: Care;
  /** The practice or school page, "" when not given (duty-of-care declines only). */
  readonly practiceUrl: string;
}

export type TemplateKind =
  | "redirect"
  | "redirect_not_used"
  | "decline_private"
  | "decline_network"
  | "decline_not_used"
  | "decline_sales"
  | "decline_duty"
  | "thanks_met"
  | "looking_forward";

const yes = (value: string) => (value === "" ? "no" : "yes");

// A place typed in a Finnish locative case anyway ("designviikolla", "Helsingissä") is not turned back into its
// basic form (names are never inflected); the Finnish templates take it as it is, in a sentence where that case
// fits ("Oli mukava tavata designviikolla."). Other languages ignore this.
const FINNISH_LOCATIVE = /\p{L}(?:ssa|ssä|lla|llä)$/u;
const placeForm = (place: string) => (FINNISH_LOCATIVE.test(place) ? "locative" : "bare");

/** One reply: the catalogue's message for the kind and tone, then the signature on its own line. */
export function renderTemplate(kind: TemplateKind, tone: "warm" | "brief", language: Language, vars: TemplateVars): string {
  const text = formatEngineMessage(language, `templates.${kind}.${tone}`, {
    name: vars.name,
    named: yes(vars.name),
    place: vars.metAt,
    placed: yes(vars.metAt),
    placeForm: placeForm(vars.metAt),
    url: vars.url,
    linked: yes(vars.url),
    platform: vars.platform,
    platformName: PLATFORM_NAMES[vars.platform],
    scope: vars.scope,
    kind: vars.kind,
    care: vars.care,
    practiceUrl: vars.practiceUrl,
    practice: yes(vars.practiceUrl),
  });
  return vars.sign === "" ? text : `${text}\n${vars.sign}`;
}
