/**
 * The "policy at a glance" grid: for every platform the person uses and
 * every kind of requester, what happens to a request with default signals.
 * Computed with decide() itself, so the grid can never disagree with the
 * advice for a concrete request.
 */
import type { AnyProfile } from "./context";
import { decide, decideRuleVerdict, decideVerdict } from "./decide";
import type { RequestKind } from "./platforms";
import type { Alternative, Baseline, ConnectionRequestInput } from "./schemas";
import { PLATFORMS, relationshipsFor, type Platform, type Principle, type Relationship, type Source, type Verdict } from "./vocabulary";

export interface PolicyCell {
  readonly platform: Platform;
  readonly relationship: Relationship;
  readonly verdict: Verdict;
  readonly source: Source;
  /** Name of the deciding rule in RULES. */
  readonly rule: string;
  /** Principles cited by the decision's reasons, in order, without repeats. */
  readonly principles: Principle[];
  /** What the rules say ignoring the person's override for this cell. */
  readonly ruleVerdict: Verdict;
  /** `follow` on a public account: the cell reads in follower terms ("They follow you: keep / remove"). */
  readonly requestKind: RequestKind;
  /** The other reasonable answer for this cell, if any. */
  readonly alternatives: Alternative[];
  /** What the person's team suggests for this cell, if its baseline names it ("Your team suggests"). */
  readonly teamVerdict?: Verdict;
}

/** The request a grid cell stands for: default signals (never met, no note, no mutuals, no red flags). */
export function defaultRequest(platform: Platform, relationship: Relationship): ConnectionRequestInput {
  return { platform, relationship };
}

export function policyMatrix(profile: AnyProfile, baseline?: Baseline): PolicyCell[] {
  const cells: PolicyCell[] = [];
  for (const platform of PLATFORMS) {
    const persona = profile.platforms?.[platform]?.persona ?? "absent";
    if (persona === "absent") continue;
    // Each profession sees the relationships its duty of care changes.
    for (const relationship of relationshipsFor(profile.profession ?? "none")) {
      const request = defaultRequest(platform, relationship);
      const decision = decide(profile, request, { baseline });
      const verdict = decideVerdict(profile, request, baseline);
      const teamVerdict = baseline?.[platform]?.[relationship];
      const principles: Principle[] = [];
      for (const reason of decision.reasons) {
        if (!principles.includes(reason.principle)) principles.push(reason.principle);
      }
      cells.push({
        platform,
        relationship,
        verdict: decision.verdict,
        source: decision.source,
        rule: verdict.rule,
        principles,
        ruleVerdict: decideRuleVerdict(profile, request, baseline).verdict,
        requestKind: decision.requestKind,
        alternatives: decision.alternatives,
        ...(teamVerdict === undefined ? {} : { teamVerdict }),
      });
    }
  }
  return cells;
}
