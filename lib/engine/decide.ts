/**
 * decide() and decideVerdict(): both read the one rule table (rules.ts).
 * Neither runs zod — callers validate at the boundary — but both fill the
 * documented defaults themselves (context.ts).
 */
import { buildContext, type AnyProfile, type AnyRequest, type RuleContext } from "./context";
import { chooseActions, shouldAskWhatPrompted } from "./actions";
import { renderReason, type ReasonKey } from "./reasons";
import { matchRule, RULES, type Rule } from "./rules";
import type { Decision, Reason, ReplyTemplate } from "./schemas";
import { renderAskPrompt, renderTemplate, type Scope, type TemplateKind, type TemplateVars } from "./templates";
import { assertNever, type Language, type Persona, type Principle, type Source, type Verdict } from "./vocabulary";

export interface VerdictResult {
  readonly verdict: Verdict;
  readonly source: Source;
  /** Name of the deciding rule in RULES. */
  readonly rule: string;
}

export interface DecideOptions {
  /** Language of the reply templates; defaults to the profile's language. */
  readonly templateLanguage?: Language;
}

// One frozen result per rule: the verdict-only path allocates nothing but
// the context.
const RESULTS: readonly VerdictResult[] = RULES.map((r) => Object.freeze({ verdict: r.verdict, source: r.source, rule: r.name }));

/** The verdict only: the same rules as decide(), without reasons or templates. */
export function decideVerdict(profile: AnyProfile, request: AnyRequest): VerdictResult {
  return RESULTS[matchRule(buildContext(profile, request), false)]!;
}

/** What the rules alone say, ignoring the person's override (for the policy grid). */
export function decideRuleVerdict(profile: AnyProfile, request: AnyRequest): VerdictResult {
  return RESULTS[matchRule(buildContext(profile, request), true)]!;
}

const RULES_WOULD: Record<Verdict, ReasonKey> = {
  accept: "rules-would-accept",
  decline: "rules-would-decline",
  redirect: "rules-would-redirect",
};

function cites(reasons: readonly Reason[], principle: Principle): boolean {
  for (let i = 0; i < reasons.length; i++) if (reasons[i]!.principle === principle) return true;
  return false;
}

// Module-level rather than a closure: no per-call function allocation on the hot path.
function pushReason(reasons: Reason[], key: ReasonKey, c: RuleContext, language: Language): void {
  const rendered = renderReason(key, c.platform, language);
  reasons.push({ principle: rendered.principle, text: rendered.text });
}

function buildReasons(c: RuleContext, r: Rule, language: Language): Reason[] {
  const reasons: Reason[] = [];
  for (let i = 0; i < r.reasons.length; i++) pushReason(reasons, r.reasons[i]!, c, language);
  if (r.source === "override") {
    const ruleVerdict = RULES[matchRule(c, true)]!.verdict;
    if (ruleVerdict !== r.verdict) pushReason(reasons, RULES_WOULD[ruleVerdict], c, language);
  }
  // Red-flag declines explain the red flag only; signals would read as
  // arguments for a contact that should not happen.
  if (r.noReply === true) return reasons;
  if (c.note && !cites(reasons, "P11")) pushReason(reasons, "signal-note", c, language);
  if (c.commonGround && !cites(reasons, "P12")) pushReason(reasons, "signal-common-ground", c, language);
  if (c.met === "in_person" && c.rapport && !cites(reasons, "P14")) pushReason(reasons, "signal-rapport", c, language);
  if (c.met === "meeting_planned" && !cites(reasons, "P13")) pushReason(reasons, "signal-meeting-planned", c, language);
  if (c.salesPitch && !cites(reasons, "P10")) pushReason(reasons, "signal-sales-pitch", c, language);
  return reasons;
}

/** What the person keeps the platform for, as said in the reply. */
function scopeOf(persona: Persona): Scope {
  switch (persona) {
    case "civilian":
      return "close";
    case "mixed":
      return "personal";
    case "professional":
    case "absent":
      return "work";
    default:
      return assertNever(persona);
  }
}

function templateKind(c: RuleContext, r: Rule, verdict: Verdict): TemplateKind | undefined {
  switch (verdict) {
    case "redirect":
      return c.persona === "absent" ? "redirect_not_used" : "redirect";
    case "decline":
      // No reply is advised to a fake profile or a harasser (documented
      // exception to "every decline carries a template").
      if (r.noReply === true) return undefined;
      if (r.template === "sales") return "decline_sales";
      if (r.template === "after_meeting") return "after_meeting";
      if (c.persona === "absent") return "decline_not_used";
      if (c.platform === "linkedin" || c.persona === "professional") return "decline_network";
      return "decline_private";
    case "accept":
      // A LinkedIn thank-you that recalls where you met helps; elsewhere an
      // accept needs no message.
      return c.platform === "linkedin" && (c.met === "in_person" || c.metAtGiven) ? "thanks_met" : undefined;
    default:
      return assertNever(verdict);
  }
}

function buildTemplates(c: RuleContext, r: Rule, verdict: Verdict, profile: AnyProfile, request: AnyRequest, language: Language): ReplyTemplate[] {
  const kind = templateKind(c, r, verdict);
  const ask = shouldAskWhatPrompted(c, r);
  if (kind === undefined && !ask) return [];
  const vars: TemplateVars = {
    name: request.requesterName ?? "",
    metAt: request.metAt ?? "",
    url: profile.linkedinUrl ?? "",
    sign: profile.displayName ?? "",
    platform: c.platform,
    scope: scopeOf(c.persona),
  };
  const templates: ReplyTemplate[] = [];
  if (kind !== undefined) {
    templates.push({ language, tone: "warm", text: renderTemplate(kind, "warm", language, vars) });
    templates.push({ language, tone: "brief", text: renderTemplate(kind, "brief", language, vars) });
  }
  if (ask) templates.push({ language, tone: "curious", text: renderAskPrompt(language, vars) });
  return templates;
}

/** The full decision: verdict, reasons, actions and reply templates. Deterministic. */
export function decide(profile: AnyProfile, request: AnyRequest, options?: DecideOptions): Decision {
  const c = buildContext(profile, request);
  const r = RULES[matchRule(c, false)]!;
  const language = profile.language ?? "en";
  const templateLanguage = options?.templateLanguage ?? language;
  const reasons = buildReasons(c, r, language);
  const templates = buildTemplates(c, r, r.verdict, profile, request, templateLanguage);
  const actions = chooseActions(c, r, r.verdict, templates.length > 0, (profile.linkedinUrl ?? "") !== "");
  return { verdict: r.verdict, source: r.source, reasons, actions, templates };
}
