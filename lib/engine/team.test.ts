/**
 * The organisation's baseline (issue 23): an input beside the profile,
 * deciding after the person's own override, duty of care, a stranger's
 * sales pitch and an unused platform, and before the persona rules
 * (DOMAIN.md "Which rule wins", step 6), with `source: "team"`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decide,
  decideRuleVerdict,
  decideVerdict,
  incoherence,
  LANGUAGES,
  MET_VALUES,
  MUTUAL_LEVELS,
  PERSONAS,
  PLATFORMS,
  policyMatrix,
  PROFESSIONS,
  RED_FLAGS,
  RELATIONSHIPS,
  VERDICTS,
  VISIBILITIES,
  ZBaseline,
  ZConnectionRequest,
  ZDecision,
  ZProfile,
  type Baseline,
  type ConnectionRequest,
  type Profile,
  type Verdict,
} from "./index";
import { aProfile, aRequest } from "./test-builders";

const verdictsArb = fc.record(Object.fromEntries(RELATIONSHIPS.map((r) => [r, fc.constantFrom(...VERDICTS)])) as Record<string, fc.Arbitrary<Verdict>>, {
  requiredKeys: [],
});
const baselineArb: fc.Arbitrary<Baseline> = fc
  .record(Object.fromEntries(PLATFORMS.map((p) => [p, verdictsArb])) as Record<string, typeof verdictsArb>, { requiredKeys: [] })
  .map((b) => ZBaseline.parse(b));
const settingsArb = fc.record(
  { persona: fc.constantFrom(...PERSONAS), visibility: fc.constantFrom(...VISIBILITIES), overrides: verdictsArb },
  { requiredKeys: ["persona"] },
);
const profileArb: fc.Arbitrary<Profile> = fc
  .record(
    {
      language: fc.constantFrom(...LANGUAGES),
      jobSeeking: fc.boolean(),
      creativeField: fc.boolean(),
      profession: fc.constantFrom(...PROFESSIONS),
      linkedinUrl: fc.constant("https://www.linkedin.com/in/aino-example"),
      platforms: fc.record(Object.fromEntries(PLATFORMS.map((p) => [p, settingsArb])) as Record<string, typeof settingsArb>, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  )
  .map((p) => ZProfile.parse(p));
const requestArb: fc.Arbitrary<ConnectionRequest> = fc
  .record(
    {
      platform: fc.constantFrom(...PLATFORMS),
      relationship: fc.constantFrom(...RELATIONSHIPS),
      met: fc.constantFrom(...MET_VALUES),
      rapport: fc.boolean(),
      note: fc.boolean(),
      mutualConnections: fc.constantFrom(...MUTUAL_LEVELS),
      redFlags: fc.subarray([...RED_FLAGS]),
    },
    { requiredKeys: ["platform", "relationship"] },
  )
  .map((r) => ZConnectionRequest.parse(r));

const dutyApplies = (p: Profile, r: ConnectionRequest) =>
  ((p.profession === "therapist" || p.profession === "healthcare") && (r.relationship === "client" || r.relationship === "former_client")) ||
  (p.profession === "teacher" && (r.relationship === "student" || r.relationship === "guardian"));

/** What the steps before the baseline decide on their own: red flags, the own override, duty of care, a sales pitch, an unused platform. */
function earlierStepDecides(p: Profile, r: ConnectionRequest): boolean {
  const settings = p.platforms[r.platform];
  return (
    r.redFlags.includes("fake_profile") ||
    r.redFlags.includes("harassment") ||
    settings.overrides[r.relationship] !== undefined ||
    dutyApplies(p, r) ||
    (r.redFlags.includes("sales_pitch") && r.relationship === "stranger") ||
    settings.persona === "absent"
  );
}

const RUNS = { numRuns: 1500 };
// Property runs take a second on an idle machine; the shared CI machine may be busy.
const SLOW = 60_000;

describe("the team's baseline", { timeout: SLOW }, () => {
  it("decides after the earlier steps and before the rules, with source team, and keeps every invariant", () => {
    fc.assert(
      fc.property(profileArb, requestArb, baselineArb, (profile, request, baseline) => {
        const own = decide(profile, request);
        const withTeam = decide(profile, request, { baseline });
        expect(ZDecision.safeParse(withTeam).success).toBe(true);
        expect(incoherence(withTeam.verdict, withTeam.actions)).toBeUndefined();
        expect(decideVerdict(profile, request, baseline).verdict).toBe(withTeam.verdict);
        expect(decideVerdict(profile, request, baseline).source).toBe(withTeam.source);
        const suggested = baseline[request.platform]?.[request.relationship];
        if (earlierStepDecides(profile, request) || suggested === undefined) {
          // The baseline changes nothing here, but for what an override
          // says it sets aside ("Without your own setting, … would suggest").
          const { reasons: ownReasons, ...ownRest } = own;
          const { reasons: teamReasons, ...teamRest } = withTeam;
          expect(teamRest).toEqual(ownRest);
          if (own.source !== "override") expect(teamReasons).toEqual(ownReasons);
          else expect(teamReasons.slice(0, 1)).toEqual(ownReasons.slice(0, 1));
          return;
        }
        expect(withTeam.source).toBe("team");
        const linkedin = profile.platforms.linkedin.persona !== "absent";
        const cannotRedirect = request.platform === "linkedin" || !linkedin || withTeam.requestKind === "follow";
        expect(withTeam.verdict).toBe(suggested === "redirect" && cannotRedirect ? "decline" : suggested);
        // The rules' own answer, where it differs, is the person's choice to make.
        if (own.verdict !== withTeam.verdict) {
          expect(withTeam.alternatives).toHaveLength(1);
          expect(withTeam.alternatives[0]!.verdict).toBe(own.verdict);
          expect(withTeam.alternatives[0]!.condition.key).toBe("your_own_choice");
        } else {
          expect(withTeam.alternatives).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it("never redirects where a redirect cannot be made", () => {
    fc.assert(
      fc.property(profileArb, requestArb, baselineArb, (profile, request, baseline) => {
        const d = decide(profile, request, { baseline });
        if (d.verdict !== "redirect") return;
        expect(profile.platforms.linkedin.persona).not.toBe("absent");
        expect(request.platform).not.toBe("linkedin");
        if (d.requestKind === "follow") expect(d.source).toBe("override");
      }),
      RUNS,
    );
  });

  it("an empty baseline is no baseline", () => {
    fc.assert(
      fc.property(profileArb, requestArb, (profile, request) => {
        expect(decide(profile, request, { baseline: {} })).toEqual(decide(profile, request));
      }),
      { numRuns: 500 },
    );
  });

  it("leaving the team keeps the person's own choices: every overridden cell is the same with and without the baseline", () => {
    fc.assert(
      fc.property(profileArb, baselineArb, (profile, baseline) => {
        const withTeam = policyMatrix(profile, baseline);
        const alone = policyMatrix(profile);
        expect(withTeam.length).toBe(alone.length);
        withTeam.forEach((cell, i) => {
          const before = alone[i]!;
          if (cell.source === "override") expect(cell.verdict).toBe(before.verdict);
          expect(before.teamVerdict).toBeUndefined();
          expect(cell.teamVerdict).toBe(baseline[cell.platform]?.[cell.relationship]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("a coworker on a civilian Facebook: the team's redirect decides, and the rules' decline is the own choice", () => {
    const profile = aProfile({ facebook: "civilian" });
    const request = aRequest("facebook", "client");
    const baseline: Baseline = { facebook: { client: "redirect" } };
    const d = decide(profile, request, { baseline });
    expect(d.verdict).toBe("redirect");
    expect(d.source).toBe("team");
    expect(d.reasons[0]!.text).toMatch(/Your team suggests/);
    expect(d.actions).toContain("send_linkedin_link");
    expect(decide(profile, request).source).toBe("rules");
  });

  it("the person's own override wins over the team", () => {
    const profile = aProfile({ facebook: "civilian", overrides: { facebook: { client: "accept" } } });
    const d = decide(profile, aRequest("facebook", "client"), { baseline: { facebook: { client: "redirect" } } });
    expect(d.verdict).toBe("accept");
    expect(d.source).toBe("override");
  });

  it("duty of care wins over the team: a therapist's client is declined whatever the baseline says", () => {
    const profile = aProfile({ profession: "therapist", facebook: "professional" });
    for (const verdict of VERDICTS) {
      const d = decide(profile, aRequest("facebook", "client"), { baseline: { facebook: { client: verdict } } });
      expect(d.verdict).toBe("decline");
      expect(d.source).toBe("rules");
    }
  });

  it("a redirect the team suggests on LinkedIn itself, or without LinkedIn, becomes a kind decline", () => {
    const onLinkedin = decide(aProfile(), aRequest("linkedin", "client"), { baseline: { linkedin: { client: "redirect" } } });
    expect([onLinkedin.verdict, onLinkedin.source]).toEqual(["decline", "team"]);
    const noLinkedin = aProfile({ linkedin: "absent", facebook: "civilian" });
    const d = decide(noLinkedin, aRequest("facebook", "client"), { baseline: { facebook: { client: "redirect" } } });
    expect([d.verdict, d.source]).toEqual(["decline", "team"]);
    expect(d.reasons.map((r) => r.principle)).toContain("P6");
  });

  it("the grid's rule verdict (what a reset returns to) is the team's suggestion", () => {
    const profile = aProfile({ facebook: "civilian", overrides: { facebook: { client: "accept" } } });
    const baseline: Baseline = { facebook: { client: "redirect" } };
    expect(decideRuleVerdict(profile, aRequest("facebook", "client"), baseline).verdict).toBe("redirect");
    const cell = policyMatrix(profile, baseline).find((c) => c.platform === "facebook" && c.relationship === "client")!;
    expect(cell).toMatchObject({ verdict: "accept", source: "override", ruleVerdict: "redirect", teamVerdict: "redirect" });
  });

  it("the baseline schema refuses unknown platforms, relationships and verdicts", () => {
    expect(ZBaseline.safeParse({ myspace: { client: "accept" } }).success).toBe(false);
    expect(ZBaseline.safeParse({ facebook: { boss: "accept" } }).success).toBe(false);
    expect(ZBaseline.safeParse({ facebook: { client: "maybe" } }).success).toBe(false);
    expect(ZBaseline.safeParse({ facebook: { client: "redirect" } }).success).toBe(true);
  });
});
