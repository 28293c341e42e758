/**
 * decide() and decideVerdict(): both read the one rule table (rules.ts).
 * Neither runs zod — callers validate at the boundary — but both fill the
 * documented defaults themselves (context.ts).
 */
import { buildContext, type AnyProfile, type AnyRequest, type RuleContext } from "./context";
import { canAnswer, chooseActions, pathActions } from "./actions";
import { renderCondition } from "./conditions";
import { renderReason, type ReasonKey } from "./reasons";
import { matchRule, RULES, type AlternativeSpec, type Rule } from "./rules";
import type { Alternative, Baseline, Decision, Reason, ReplyTemplate } from "./schemas";
import { renderTemplate, type Care, type Scope, type TemplateKind, type TemplateVars } from "./templates";
import { assertNever, type Language, type Persona, type Principle, type Profession, type Source, type Verdict } from "./vocabulary";

export interface VerdictResult {
  readonly verdict: Verdict;
  readonly source: Source;
  /** Name of the deciding rule in RULES. */
  readonly rule: string;
}

export interface DecideOptions {
  /** Language of the reply templates; defaults to the profile's language. */
  readonly templateLanguage?: Language;
  /** The organisation's baseline, if the person belongs to one (issue 23); stored apart from the profile. */
  readonly baseline?: Baseline;
}

// One frozen result per rule: the verdict-only path allocates nothing but
// the context.
const RESULTS: readonly VerdictResult[] = RULES.map((r) => Object.freeze({ verdict: r.verdict, source: r.source, rule: r.name }));

/** The verdict only: the same rules as decide(), without reasons or templates. */
export function decideVerdict(profile: AnyProfile, request: AnyRequest, baseline?: Baseline): VerdictResult {
  return RESULTS[matchRule(buildContext(profile, request, baseline), false)]!;
}

/**
 * What the rules say ignoring the person's override (for the policy grid):
 * with a baseline, what the team suggests where it suggests something.
 */
export function decideRuleVerdict(profile: AnyProfile, request: AnyRequest, baseline?: Baseline): VerdictResult {
  return RESULTS[matchRule(buildContext(profile, request, baseline), true)]!;
}

/** What the rules alone would say here, without the person's override or the team's baseline. */
function withoutTeam(c: RuleContext): Rule {
  return RULES[matchRule(c.team === undefined ? c : { ...c, team: undefined }, true)]!;
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
  const rendered = renderReason(key, c.platform, language, c.publicFollow);
  reasons.push({ principle: rendered.principle, text: rendered.text });
}

function buildReasons(c: RuleContext, r: Rule, language: Language): Reason[] {
  const reasons: Reason[] = [];
  for (let i = 0; i < r.reasons.length; i++) pushReason(reasons, r.reasons[i]!, c, language);
  if (r.source === "override") {
    const ruleVerdict = RULES[matchRule(c, true)]!.verdict;
    if (againstDuty(c, r)) {
      // The person's own choice still wins; the duty it sets aside is said
      // (D1–D3) and offered as the alternative.
      pushReason(reasons, DUTY_REASON[c.duty!], c, language);
      pushReason(reasons, "override-against-duty", c, language);
    } else if (ruleVerdict !== r.verdict) pushReason(reasons, RULES_WOULD[ruleVerdict], c, language);
  }
  // Red-flag and duty-of-care declines explain themselves only; signals
  // would read as arguments for a contact that should not happen.
  if (r.noReply === true || r.template === "duty") return reasons;
  if (c.note && !cites(reasons, "P11")) pushReason(reasons, "signal-note", c, language);
  if (c.commonGround && !cites(reasons, "P12")) pushReason(reasons, "signal-common-ground", c, language);
  if (c.met === "in_person" && c.rapport && !cites(reasons, "P14")) pushReason(reasons, "signal-rapport", c, language);
  if (c.met === "meeting_planned" && !cites(reasons, "P13")) pushReason(reasons, "signal-meeting-planned", c, language);
  if (c.salesPitch && !cites(reasons, "P10")) pushReason(reasons, "signal-sales-pitch", c, language);
  return reasons;
}

const DUTY_REASON = { D1: "duty-current-client", D2: "duty-former-client", D3: "duty-pupils-and-guardians" } as const satisfies Record<
  NonNullable<RuleContext["duty"]>,
  ReasonKey
>;

/** An override that goes against a duty of care: anything but a decline to someone D1–D3 concerns. */
function againstDuty(c: RuleContext, r: Rule): boolean {
  return r.source === "override" && c.duty !== undefined && r.verdict !== "decline";
}

/** A decline that a duty of care asks for: the duty rules, or the person's own decline of someone D1–D3 concerns. */
function dutyDecline(c: RuleContext, r: Rule, verdict: Verdict): boolean {
  return verdict === "decline" && c.duty !== undefined && (r.template === "duty" || r.source === "override");
}

function careOf(profession: Profession): Care {
  switch (profession) {
    case "therapist":
      return "clients";
    case "healthcare":
      return "patients";
    case "teacher":
    case "none":
    case "recruiter":
      return "school";
    default:
      return assertNever(profession);
  }
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
  if (!canAnswer(c, r, verdict)) {
    // A public account's follower hears nothing, except where the person's
    // own override asks to point them to LinkedIn.
    return verdict === "redirect" && r.noReply !== true ? (c.persona === "absent" ? "redirect_not_used" : "redirect") : undefined;
  }
  switch (verdict) {
    case "redirect":
      return c.persona === "absent" ? "redirect_not_used" : "redirect";
    case "decline":
      if (dutyDecline(c, r, verdict)) return "decline_duty";
      if (r.template === "sales") return "decline_sales";
      if (c.persona === "absent") return "decline_not_used";
      if (c.platform === "linkedin" || c.persona === "professional") return "decline_network";
      return "decline_private";
    case "accept":
      // A LinkedIn thank-you helps: recalling where you met, or, before a
      // meeting you don't wait for, looking forward to it. Elsewhere an
      // accept needs no message.
      if (c.platform !== "linkedin") return undefined;
      if (c.met === "meeting_planned") return c.openNetworker ? "looking_forward" : "thanks_met";
      return c.met === "in_person" ? "thanks_met" : undefined;
    default:
      return assertNever(verdict);
  }
}

function buildTemplates(c: RuleContext, r: Rule, verdict: Verdict, profile: AnyProfile, request: AnyRequest, language: Language): ReplyTemplate[] {
  const kind = templateKind(c, r, verdict);
  if (kind === undefined) return [];
  const vars: TemplateVars = {
    name: request.requesterName?.trim() ?? "",
    metAt: c.place,
    url: profile.linkedinUrl ?? "",
    sign: profile.displayName ?? "",
    platform: c.platform,
    scope: scopeOf(c.persona),
    kind: c.requestKind,
    care: careOf(c.profession),
    practiceUrl: profile.practiceUrl ?? "",
  };
  return [
    { language, tone: "warm", text: renderTemplate(kind, "warm", language, vars) },
    { language, tone: "brief", text: renderTemplate(kind, "brief", language, vars) },
  ];
}

function alternative(c: RuleContext, r: Rule, spec: AlternativeSpec, language: Language): Alternative {
  return {
    verdict: spec.verdict,
    condition: { key: spec.condition, text: renderCondition(spec.condition, language) },
    actions: pathActions(c, r, spec.verdict, spec.verdict !== "accept" && canAnswer(c, r, spec.verdict)),
  };
}

/** The other reasonable answer, if any (contract v2 "When two answers are both right"). */
function buildAlternatives(c: RuleContext, r: Rule, language: Language): Alternative[] {
  if (againstDuty(c, r)) {
    // The duty rule the override set aside.
    const duty = RULES[matchRule(c, true)]!;
    return [alternative(c, duty, { verdict: duty.verdict, condition: "duty_of_care" }, language)];
  }
  if (r.source === "team") {
    // The team only suggests: what the rules alone would say is the
    // person's own choice to make.
    const own = withoutTeam(c);
    return own.verdict === r.verdict ? [] : [alternative(c, own, { verdict: own.verdict, condition: "your_own_choice" }, language)];
  }
  const spec = r.alternative?.(c);
  return spec === undefined || spec.verdict === r.verdict ? [] : [alternative(c, r, spec, language)];
}

/** The full decision: verdict, reasons, actions and reply templates. Deterministic. */
export function decide(profile: AnyProfile, request: AnyRequest, options?: DecideOptions): Decision {
  const c = buildContext(profile, request, options?.baseline);
  const r = RULES[matchRule(c, false)]!;
  const language = profile.language ?? "en";
  const templateLanguage = options?.templateLanguage ?? language;
  const reasons = buildReasons(c, r, language);
  const templates = buildTemplates(c, r, r.verdict, profile, request, templateLanguage);
  const actions = chooseActions(c, r, r.verdict, templates.length > 0, (profile.linkedinUrl ?? "") !== "");
  const alternatives = buildAlternatives(c, r, language);
  return { verdict: r.verdict, source: r.source, requestKind: c.requestKind, reasons, actions, templates, alternatives };
}
