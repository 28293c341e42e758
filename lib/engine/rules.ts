/**
 * THE rule table: the one place the rules live (STYLE.md 1–2). Read top to
 * bottom: the first rule whose `when` holds decides; the last rule is the
 * fallback and always matches. Each rule names the principles it applies
 * (DOMAIN.md P1–P20, D1–D4) and the reason keys (reasons.ts) that explain it.
 *
 * The order is DOMAIN.md's contract v2 "Which rule wins": red flags, the
 * person's own override, duty of care, a stranger's sales pitch, an unused
 * platform, an organisation's baseline (`source: "team"`), the
 * persona rules (meetings first; public accounts in follower terms), the
 * fallback.
 *
 * A rule's verdict is fixed, so the verdict-only path can return a
 * precomputed result without allocating.
 */
import type { RuleContext } from "./context";
import { PLATFORM_FACTS } from "./platforms";
import type { ReasonKey } from "./reasons";
import { PERSONAS, PLATFORMS, type Condition, type Persona, type Platform, type Principle, type Source, type Verdict } from "./vocabulary";

/** Templates a rule asks for instead of the default decline/redirect wording. */
export type RuleTemplate = "sales" | "duty";

/** Another reasonable answer a rule offers, and the condition under which it fits. */
export interface AlternativeSpec {
  readonly verdict: Verdict;
  readonly condition: Condition;
}

export interface Rule {
  readonly name: string;
  readonly principles: readonly Principle[];
  readonly verdict: Verdict;
  readonly source: Source;
  /**
   * Where the rule can apply at all (platform and persona of the request).
   * Static: evaluated once at load to index the table, so each request only
   * walks the rules that can match it. Omitted = everywhere.
   */
  readonly on?: (platform: Platform, persona: Persona) => boolean;
  /** The rest of the rule's condition, over the request's facts. */
  readonly when: (c: RuleContext) => boolean;
  readonly reasons: readonly ReasonKey[];
  /** Red-flag declines: report or block, and no reply template (replying is not advised). */
  readonly noReply?: true;
  readonly template?: RuleTemplate;
  /** Where reasonable people differ: the other answer and when it fits (contract v2). */
  readonly alternative?: (c: RuleContext) => AlternativeSpec | undefined;
}

/** LinkedIn, used in any persona. */
const linkedinUsed = (platform: Platform, persona: Persona) => platform === "linkedin" && persona !== "absent";
/** A platform other than LinkedIn used with the given persona. */
const elsewhereAs = (wanted: Persona) => (platform: Platform, persona: Persona) => platform !== "linkedin" && persona === wanted;
/** Someone you don't know yet: a stranger, or a recruiter (who usually is one). */
export const unknownPerson = (c: RuleContext) => c.relationship === "stranger" || c.relationship === "recruiter";
const powerGap = (c: RuleContext) => c.relationship === "manager" || c.relationship === "direct_report";
/** P5: a platform that still works as a professional channel in creative fields. */
const creativeWorkChannel = (c: RuleContext) => PLATFORM_FACTS[c.platform].creativeWorkChannel;
/** Whether the platform has its own "accept, but limit what they see" tool. */
const hasLimitTool = (c: RuleContext) => PLATFORM_FACTS[c.platform].limitTool !== null;
/** Met online or in person and got on well (P14): "known personally" on a mixed account. */
const gotOn = (c: RuleContext) => c.rapport && (c.met === "online" || c.met === "in_person");

function rule(r: Omit<Rule, "source"> & { source?: Source }): Rule {
  return Object.freeze({ ...r, source: r.source ?? "rules" });
}

export const RULES: readonly Rule[] = Object.freeze([
  // 1. Safety before everything: a fake profile or harassment is declined
  //    whatever the relationship or the person's own settings.
  rule({
    name: "red-flag-fake-profile",
    principles: ["P10", "P17"],
    verdict: "decline",
    when: (c) => c.fakeProfile,
    reasons: ["fake-profile", "no-reply-red-flag"],
    noReply: true,
  }),
  rule({
    name: "red-flag-harassment",
    principles: ["P7", "P17"],
    verdict: "decline",
    when: (c) => c.harassment,
    reasons: ["harassment", "no-reply-red-flag"],
    noReply: true,
  }),

  // 2. The person's own choice for this platform × relationship (P1). A
  //    redirect needs a LinkedIn profile and another platform to redirect
  //    from; otherwise it falls back to a kind decline so that "redirect ⇒
  //    LinkedIn exists and the request is not on LinkedIn" always holds.
  //    Where the choice goes against a duty of care, decide() adds the D
  //    reason and offers the duty-of-care decline as the alternative.
  rule({
    name: "override-redirect-on-linkedin",
    principles: ["P1", "P6"],
    verdict: "decline",
    source: "override",
    when: (c) => c.override === "redirect" && c.platform === "linkedin",
    reasons: ["own-override", "override-redirect-on-linkedin"],
  }),
  rule({
    name: "override-redirect-without-linkedin",
    principles: ["P1", "P6"],
    verdict: "decline",
    source: "override",
    when: (c) => c.override === "redirect" && !c.hasLinkedin,
    reasons: ["own-override", "override-redirect-without-linkedin"],
  }),
  rule({
    name: "override-accept",
    principles: ["P1"],
    verdict: "accept",
    source: "override",
    when: (c) => c.override === "accept",
    reasons: ["own-override"],
  }),
  rule({
    name: "override-decline",
    principles: ["P1"],
    verdict: "decline",
    source: "override",
    when: (c) => c.override === "decline",
    reasons: ["own-override"],
  }),
  rule({
    name: "override-redirect",
    principles: ["P1"],
    verdict: "redirect",
    source: "override",
    when: (c) => c.override === "redirect",
    reasons: ["own-override"],
  }),

  // 3. Duty of care (D1–D3) on every platform, LinkedIn included: the
  //    profession's ethics code comes before the persona rules. The reply
  //    states the boundary as a rule for everyone (D4).
  rule({
    // D1: ACA 2014 §A.5.e, BACP, GMC, the Norwegian Council for Medical Ethics.
    name: "duty-current-client",
    principles: ["D1", "D4"],
    verdict: "decline",
    when: (c) => c.duty === "D1",
    reasons: ["duty-current-client", "duty-say-it-as-a-rule"],
    template: "duty",
  }),
  rule({
    // D2: accepting a former client or patient can reveal the relationship.
    name: "duty-former-client",
    principles: ["D2", "D4"],
    verdict: "decline",
    when: (c) => c.duty === "D2",
    reasons: ["duty-former-client", "duty-say-it-as-a-rule"],
    template: "duty",
  }),
  rule({
    // D3: NASUWT guidance and Norwegian municipalities; OAJ: treat pupils equally.
    name: "duty-pupils-and-guardians",
    principles: ["D3", "D4"],
    verdict: "decline",
    when: (c) => c.duty === "D3",
    reasons: ["duty-pupils-and-guardians", "duty-say-it-as-a-rule"],
    template: "duty",
  }),

  // 4. A sales pitch from someone with no relationship to you leans to
  //    decline on every platform: numbers, not quality (P10), and the note
  //    says what they sell rather than why to connect (P11).
  rule({
    name: "sales-pitch-stranger",
    principles: ["P10", "P11"],
    verdict: "decline",
    when: (c) => c.salesPitch && c.relationship === "stranger",
    reasons: ["sales-pitch-stranger", "sales-pitch-not-why"],
    template: "sales",
  }),

  // 5. A platform the person does not use (persona absent). The sources are
  //    silent; work contacts are pointed to LinkedIn when it exists (P6),
  //    everyone else hears honestly that the person is not active there (P1).
  //    A public account's follower is not redirected: nobody asked.
  rule({
    name: "platform-not-used-redirect",
    principles: ["P1", "P6"],
    verdict: "redirect",
    on: (platform, persona) => persona === "absent" && platform !== "linkedin",
    when: (c) => c.group === "work" && c.hasLinkedin && !c.publicFollow,
    reasons: ["platform-not-used", "platform-not-used-redirect"],
  }),
  rule({
    name: "platform-not-used",
    principles: ["P1"],
    verdict: "decline",
    on: (_platform, persona) => persona === "absent",
    when: () => true,
    reasons: ["platform-not-used"],
  }),

  // 6. The organisation's baseline (issue 23), with the same fallbacks as
  //    an override: a redirect that cannot be made (the request is on
  //    LinkedIn, there is no LinkedIn, or a public account's follower, whom
  //    nobody redirects) becomes a kind decline.
  rule({
    name: "team-redirect-not-possible",
    principles: ["P1", "P6"],
    verdict: "decline",
    source: "team",
    when: (c) => c.team === "redirect" && (c.platform === "linkedin" || !c.hasLinkedin || c.publicFollow),
    reasons: ["team-baseline", "team-redirect-not-possible"],
  }),
  rule({
    name: "team-accept",
    principles: ["P1"],
    verdict: "accept",
    source: "team",
    when: (c) => c.team === "accept",
    reasons: ["team-baseline"],
  }),
  rule({
    name: "team-decline",
    principles: ["P1"],
    verdict: "decline",
    source: "team",
    when: (c) => c.team === "decline",
    reasons: ["team-baseline"],
  }),
  rule({
    name: "team-redirect",
    principles: ["P1"],
    verdict: "redirect",
    source: "team",
    when: (c) => c.team === "redirect",
    reasons: ["team-baseline"],
  }),

  // 7. The persona rules. First the meeting rule: P13 is about *sending*
  //    invitations; one you receive from someone you are about to meet is
  //    harmless, on LinkedIn and on a professional account. A selective
  //    networker gets the timing as an action (wait_until_after_meeting).
  rule({
    name: "linkedin-before-meeting",
    principles: ["P13", "P8"],
    verdict: "accept",
    on: linkedinUsed,
    when: (c) => c.met === "meeting_planned",
    reasons: ["meeting-incoming", "linkedin-home"],
  }),
  rule({
    name: "professional-before-meeting",
    principles: ["P13"],
    verdict: "accept",
    on: elsewhereAs("professional"),
    when: (c) => c.met === "meeting_planned",
    reasons: ["meeting-incoming"],
  }),

  // 7a. LinkedIn, the professional home (P8), whatever persona the person
  //     keeps there (their camp, P9, only shapes the wording).
  rule({
    // P15: for a job seeker, recruiters and relevant professionals (someone
    // with a note, common ground or mutual connections) are worth having.
    name: "linkedin-job-seeker",
    principles: ["P15"],
    verdict: "accept",
    on: linkedinUsed,
    when: (c) => c.jobSeeking && (c.relationship === "recruiter" || (c.relationship === "stranger" && (c.note || c.commonGround || c.mutual !== "none"))),
    reasons: ["job-seeker-relevant"],
  }),
  rule({
    // P19: former coworkers are the long-term, two-way part of a network.
    name: "linkedin-former-coworker",
    principles: ["P8", "P19"],
    verdict: "accept",
    on: linkedinUsed,
    when: (c) => c.relationship === "former_coworker",
    reasons: ["linkedin-home", "former-coworker-long-term"],
  }),
  rule({
    name: "linkedin-work-ties",
    principles: ["P8"],
    verdict: "accept",
    on: linkedinUsed,
    when: (c) => c.group === "work" && c.relationship !== "recruiter",
    reasons: ["linkedin-home"],
  }),
  rule({
    name: "linkedin-personal-ties",
    principles: ["P8", "P9"],
    verdict: "accept",
    on: linkedinUsed,
    when: (c) => c.group === "personal",
    reasons: ["linkedin-any-field", "persona-camp"],
  }),
  rule({
    // P14: met and got on → connect, even with nothing to discuss now.
    // Applies where work contacts belong: LinkedIn and professional accounts.
    name: "met-and-got-on",
    principles: ["P14"],
    verdict: "accept",
    on: (platform, persona) => linkedinUsed(platform, persona) || persona === "professional",
    when: (c) => unknownPerson(c) && c.met === "in_person" && c.rapport,
    reasons: ["met-and-got-on"],
  }),
  rule({
    name: "linkedin-open-networker",
    principles: ["P18", "P20"],
    verdict: "accept",
    on: linkedinUsed,
    when: (c) => c.openNetworker && unknownPerson(c),
    reasons: ["open-networker", "polite-approach"],
  }),
  rule({
    name: "linkedin-selective-with-note",
    principles: ["P11"],
    verdict: "accept",
    on: linkedinUsed,
    when: (c) => unknownPerson(c) && c.note,
    reasons: ["selective-note"],
  }),
  rule({
    name: "linkedin-selective-shared-circle",
    principles: ["P12"],
    verdict: "accept",
    on: linkedinUsed,
    when: (c) => unknownPerson(c) && c.commonGround && c.mutual === "many",
    reasons: ["selective-shared-circle"],
  }),
  rule({
    // Without a message LinkedIn lets you ignore (silently) or accept; a
    // relevant-looking profile makes "accept, then ask" reasonable (P20).
    name: "linkedin-selective-cold",
    principles: ["P10", "P11"],
    verdict: "decline",
    on: linkedinUsed,
    when: (c) => unknownPerson(c),
    reasons: ["selective-cold", "cold-no-note"],
    alternative: () => ({ verdict: "accept", condition: "profile_looks_relevant" }),
  }),

  // 7b. Professional accounts on X, Facebook and Instagram take in work
  //     relationships (P3 on X; P5 in creative fields on Facebook/Instagram).
  rule({
    name: "creative-professional-work",
    principles: ["P5"],
    verdict: "accept",
    on: elsewhereAs("professional"),
    when: (c) => c.creativeField && creativeWorkChannel(c) && c.group === "work",
    reasons: ["creative-channels"],
  }),
  rule({
    name: "x-professional-work",
    principles: ["P3"],
    verdict: "accept",
    on: (platform, persona) => platform === "x" && persona === "professional",
    when: (c) => c.group === "work",
    reasons: ["x-professional"],
  }),
  rule({
    name: "professional-work",
    principles: ["P1"],
    verdict: "accept",
    on: elsewhereAs("professional"),
    when: (c) => c.group === "work",
    reasons: ["professional-persona"],
  }),
  rule({
    // Sources silent: family and friends following a work account.
    name: "professional-personal-ties",
    principles: ["P1"],
    verdict: "accept",
    on: elsewhereAs("professional"),
    when: (c) => c.group === "personal",
    reasons: ["professional-personal-ties"],
  }),
  rule({
    // Sources silent on strangers here; a public work account exists to be
    // found (P17), so most professionals let anyone follow it.
    name: "professional-public-stranger",
    principles: ["P17"],
    verdict: "accept",
    on: elsewhereAs("professional"),
    when: (c) => c.visibility === "public" && c.group === "stranger",
    reasons: ["professional-public-stranger"],
  }),
  rule({
    name: "professional-open-networker",
    principles: ["P18"],
    verdict: "accept",
    on: elsewhereAs("professional"),
    when: (c) => c.openNetworker && c.group === "stranger",
    reasons: ["open-networker"],
  }),
  rule({
    name: "professional-selective-with-signal",
    principles: ["P12"],
    verdict: "accept",
    on: elsewhereAs("professional"),
    when: (c) => c.group === "stranger" && (c.note || c.commonGround || c.mutual !== "none"),
    reasons: ["selective-some-signal"],
  }),
  rule({
    name: "professional-selective-cold",
    principles: ["P10", "P11"],
    verdict: "decline",
    on: elsewhereAs("professional"),
    when: (c) => c.group === "stranger",
    reasons: ["selective-cold", "cold-no-note"],
  }),

  // 7c. A civilian persona on a public account: nobody asks, they already
  //     follow. The close circle is kept (P1); everyone else is not
  //     followed back, and making the account private is offered (P17).
  rule({
    name: "public-civilian-personal",
    principles: ["P1", "P17"],
    verdict: "accept",
    on: elsewhereAs("civilian"),
    when: (c) => c.publicFollow && c.group === "personal",
    reasons: ["public-civilian-personal", "public-make-private"],
  }),
  rule({
    name: "public-civilian-others",
    principles: ["P1", "P17"],
    verdict: "decline",
    on: elsewhereAs("civilian"),
    when: (c) => c.publicFollow,
    reasons: ["public-civilian-others", "public-make-private"],
  }),

  // 7d. Civilian (private) accounts: the close circle is in (P1); work
  //     contacts go to LinkedIn when it exists (P6), otherwise a kind no
  //     (P2 on X, P4 on Facebook, P7 on Instagram).
  rule({
    name: "civilian-close-circle",
    principles: ["P1"],
    verdict: "accept",
    on: elsewhereAs("civilian"),
    when: (c) => c.group === "personal",
    reasons: ["civilian-close-circle"],
  }),
  rule({
    // Sources silent on reporting lines: redirecting keeps the relationship
    // warm without opening private life to a manager or a report. Where the
    // workplace expects it, accepting with the platform's own limit tool
    // (Facebook's Restricted list) is the mainstream other answer.
    name: "civilian-power-redirect",
    principles: ["P1", "P2", "P4", "P7", "P6"],
    verdict: "redirect",
    on: elsewhereAs("civilian"),
    when: (c) => powerGap(c) && c.hasLinkedin,
    reasons: ["power-asymmetry", "civilian-boundary", "redirect-to-linkedin"],
    alternative: (c) => (hasLimitTool(c) ? { verdict: "accept", condition: "workplace_expects_it" } : undefined),
  }),
  rule({
    name: "civilian-power-decline",
    principles: ["P1", "P2", "P4", "P7", "P6"],
    verdict: "decline",
    on: elsewhereAs("civilian"),
    when: (c) => powerGap(c),
    reasons: ["power-asymmetry", "civilian-boundary", "no-linkedin-decline"],
    alternative: (c) => (hasLimitTool(c) ? { verdict: "accept", condition: "workplace_expects_it" } : undefined),
  }),
  rule({
    // P4: connecting with coworkers on Facebook is common, never obligatory.
    name: "civilian-work-redirect",
    principles: ["P1", "P2", "P4", "P7", "P6"],
    verdict: "redirect",
    on: elsewhereAs("civilian"),
    when: (c) => c.group === "work" && c.hasLinkedin,
    reasons: ["civilian-boundary", "redirect-to-linkedin"],
    alternative: (c) => (hasLimitTool(c) ? { verdict: "accept", condition: "you_know_them_well" } : undefined),
  }),
  rule({
    name: "civilian-work-decline",
    principles: ["P1", "P2", "P4", "P7", "P6"],
    verdict: "decline",
    on: elsewhereAs("civilian"),
    when: (c) => c.group === "work",
    reasons: ["civilian-boundary", "no-linkedin-decline"],
    alternative: (c) => (hasLimitTool(c) ? { verdict: "accept", condition: "you_know_them_well" } : undefined),
  }),
  rule({
    // Sources silent on strangers; a private account need not be shared (P7).
    name: "civilian-stranger",
    principles: ["P1", "P2", "P4", "P7"],
    verdict: "decline",
    on: elsewhereAs("civilian"),
    when: (c) => c.group === "stranger",
    reasons: ["civilian-stranger", "civilian-boundary"],
  }),

  // 7e. Mixed accounts ("my personality belongs here too", P9): people
  //     known privately are in; a work contact is in when you got on well
  //     (P14), not merely met; other work contacts go to LinkedIn (P6), or
  //     are declined without it. P5 still opens creative fields.
  rule({
    name: "mixed-personal-ties",
    principles: ["P9"],
    verdict: "accept",
    on: elsewhereAs("mixed"),
    when: (c) => c.group === "personal",
    reasons: ["mixed-personal"],
  }),
  rule({
    name: "mixed-creative-work",
    principles: ["P5"],
    verdict: "accept",
    on: elsewhereAs("mixed"),
    when: (c) => c.creativeField && creativeWorkChannel(c) && c.group === "work",
    reasons: ["creative-channels"],
  }),
  rule({
    name: "mixed-rapport-work",
    principles: ["P9", "P14"],
    verdict: "accept",
    on: elsewhereAs("mixed"),
    when: (c) => c.group === "work" && gotOn(c),
    reasons: ["mixed-known-work", "known-personally"],
  }),
  rule({
    // A public account's follower is not redirected (nobody asked): the
    // LinkedIn-worthy contact is simply not followed back (P8).
    name: "mixed-public-work",
    principles: ["P9", "P8"],
    verdict: "decline",
    on: elsewhereAs("mixed"),
    when: (c) => c.publicFollow && c.group === "work",
    reasons: ["mixed-boundary", "public-work-not-followed-back"],
  }),
  rule({
    name: "mixed-work-redirect",
    principles: ["P9", "P6"],
    verdict: "redirect",
    on: elsewhereAs("mixed"),
    when: (c) => c.group === "work" && c.hasLinkedin,
    reasons: ["mixed-boundary", "mixed-redirect"],
    alternative: (c) =>
      c.met === "meeting_planned" ? { verdict: "accept", condition: "after_you_have_met" } : { verdict: "accept", condition: "you_know_them_well" },
  }),
  rule({
    name: "mixed-work-decline",
    principles: ["P9", "P6"],
    verdict: "decline",
    on: elsewhereAs("mixed"),
    when: (c) => c.group === "work",
    reasons: ["mixed-boundary", "no-linkedin-decline"],
    alternative: (c) =>
      c.met === "meeting_planned" ? { verdict: "accept", condition: "after_you_have_met" } : { verdict: "accept", condition: "you_know_them_well" },
  }),
  rule({
    name: "mixed-stranger",
    principles: ["P10"],
    verdict: "decline",
    on: elsewhereAs("mixed"),
    when: (c) => c.group === "stranger",
    reasons: ["mixed-stranger"],
  }),

  // 8. Fallback: must exist and always match. When in doubt, a kind no (P1).
  rule({
    name: "fallback",
    principles: ["P1"],
    verdict: "decline",
    when: () => true,
    reasons: ["fallback"],
  }),
]);

export type RuleName = string;

export const FALLBACK_RULE_INDEX = RULES.length - 1;

/**
 * For each platform × persona, the rules that can apply there, in table
 * order: one list with the override rules and one without (most requests
 * have no override). Derived from RULES at load; it changes no outcome,
 * only how many `when` checks a request needs.
 */
const CANDIDATES = (() => {
  const index = {} as Record<
    Platform,
    Record<
      Persona,
      { readonly all: readonly Rule[]; readonly noOverride: readonly Rule[]; readonly allIdx: readonly number[]; readonly noOverrideIdx: readonly number[] }
    >
  >;
  for (const platform of PLATFORMS) {
    const byPersona = {} as (typeof index)[Platform];
    for (const persona of PERSONAS) {
      const allIdx: number[] = [];
      RULES.forEach((r, i) => {
        if (r.on === undefined || r.on(platform, persona)) allIdx.push(i);
      });
      const noOverrideIdx = allIdx.filter((i) => RULES[i]!.source !== "override");
      byPersona[persona] = {
        all: allIdx.map((i) => RULES[i]!),
        noOverride: noOverrideIdx.map((i) => RULES[i]!),
        allIdx,
        noOverrideIdx,
      };
    }
    index[platform] = byPersona;
  }
  return index;
})();

/**
 * Index in RULES of the first rule that matches (first match wins).
 * `skipOverrides` gives what the rules say on their own.
 */
export function matchRule(c: RuleContext, skipOverrides: boolean): number {
  const entry = CANDIDATES[c.platform][c.persona];
  const useAll = !skipOverrides && c.override !== undefined;
  const rules = useAll ? entry.all : entry.noOverride;
  const indices = useAll ? entry.allIdx : entry.noOverrideIdx;
  const n = rules.length;
  for (let i = 0; i < n; i++) {
    if (rules[i]!.when(c)) return indices[i]!;
  }
  return FALLBACK_RULE_INDEX;
}
