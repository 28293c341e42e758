import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decide,
  decideRuleVerdict,
  decideVerdict,
  LANGUAGES,
  MET_VALUES,
  MUTUAL_LEVELS,
  NETWORKING_STYLES,
  PERSONAS,
  PLATFORMS,
  policyMatrix,
  RED_FLAGS,
  RELATIONSHIPS,
  VERDICTS,
  VISIBILITIES,
  ZConnectionRequest,
  ZDecision,
  ZProfile,
  type ConnectionRequestInput,
  type Decision,
  type Profile,
  type ProfileInput,
  type ConnectionRequest,
  RULES,
} from "./index";
import { buildContext } from "./context";

// ---------------------------------------------------------------- arbitraries, from the vocabulary

const word = fc.stringMatching(/^[A-Za-zÅÄÖåäöæøÉé][a-zåäöæøé'-]{0,11}$/);
/** Names as the schema leaves them: trimmed, single spaces. */
const nameArb = fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => (b === undefined ? a : `${a} ${b}`));
const metAtArb = fc.array(fc.stringMatching(/^[A-Za-z0-9ÅÄÖåäöæø][a-z0-9åäöæø&.-]{0,9}$/), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));
const urlArb = fc
  .tuple(fc.constantFrom("https://www.linkedin.com/in/", "https://linkedin.com/in/"), fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,30}$/))
  .map(([base, slug]) => base + slug);

const overridesArb = fc.record(
  Object.fromEntries(RELATIONSHIPS.map((r) => [r, fc.constantFrom(...VERDICTS)])) as Record<
    (typeof RELATIONSHIPS)[number],
    fc.Arbitrary<(typeof VERDICTS)[number]>
  >,
  { requiredKeys: [] },
);

const platformSettingsArb = fc.record(
  {
    persona: fc.constantFrom(...PERSONAS),
    visibility: fc.constantFrom(...VISIBILITIES),
    overrides: overridesArb,
  },
  { requiredKeys: ["persona"] },
);

const profileInputArb: fc.Arbitrary<ProfileInput> = fc.record(
  {
    displayName: fc.oneof(fc.constant(""), nameArb),
    language: fc.constantFrom(...LANGUAGES),
    creativeField: fc.boolean(),
    jobSeeking: fc.boolean(),
    networkingStyle: fc.constantFrom(...NETWORKING_STYLES),
    linkedinUrl: urlArb,
    platforms: fc.record(
      { linkedin: platformSettingsArb, x: platformSettingsArb, facebook: platformSettingsArb, instagram: platformSettingsArb },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const requestInputArb: fc.Arbitrary<ConnectionRequestInput> = fc.record(
  {
    platform: fc.constantFrom(...PLATFORMS),
    relationship: fc.constantFrom(...RELATIONSHIPS),
    met: fc.constantFrom(...MET_VALUES),
    rapport: fc.boolean(),
    note: fc.boolean(),
    mutualConnections: fc.constantFrom(...MUTUAL_LEVELS),
    commonGround: fc.boolean(),
    redFlags: fc.subarray([...RED_FLAGS]),
    requesterName: nameArb,
    metAt: metAtArb,
  },
  { requiredKeys: ["platform", "relationship"] },
);

const inputArb = fc.tuple(profileInputArb, requestInputArb);
const parsedArb = inputArb.map(([p, r]) => [ZProfile.parse(p), ZConnectionRequest.parse(r)] as [Profile, ConnectionRequest]);

const RUNS = { numRuns: 3000 };

// ---------------------------------------------------------------- helpers

const hasLinkedin = (p: Profile) => p.platforms.linkedin.persona !== "absent";
const isRedFlagged = (r: ConnectionRequest) => r.redFlags.includes("fake_profile") || r.redFlags.includes("harassment");
// Word-bounded: Finnish "minulla" contains the letters n-u-l-l.
const FORBIDDEN: readonly RegExp[] = [/\bundefined\b/, /\bnull\b/, /\bNaN\b/, /[{}]/, / {2}/, /\[object/];

function badFragments(text: string): string[] {
  return FORBIDDEN.filter((f) => f.test(text)).map(String);
}

// ---------------------------------------------------------------- properties

describe("properties over the whole vocabulary", () => {
  it("every valid input gets exactly one verdict and a decision ZDecision accepts", () => {
    fc.assert(
      fc.property(parsedArb, ([profile, request]) => {
        const decision = decide(profile, request);
        expect(VERDICTS).toContain(decision.verdict);
        expect(() => ZDecision.parse(decision)).not.toThrow();
        expect(decision.reasons.length).toBeGreaterThanOrEqual(1);
        const fast = decideVerdict(profile, request);
        expect(fast.verdict).toBe(decision.verdict);
        expect(fast.source).toBe(decision.source);
      }),
      RUNS,
    );
  });

  it("decide fills the defaults itself: unparsed input decides like parsed input", () => {
    fc.assert(
      fc.property(inputArb, ([p, r]) => {
        expect(decide(p, r)).toEqual(decide(ZProfile.parse(p), ZConnectionRequest.parse(r)));
        expect(decideVerdict(p, r)).toEqual(decideVerdict(ZProfile.parse(p), ZConnectionRequest.parse(r)));
      }),
      RUNS,
    );
  });

  it("fake profiles and harassment are always declined, by the rules, with report/block and no template", () => {
    fc.assert(
      fc.property(parsedArb, fc.constantFrom("fake_profile" as const, "harassment" as const), ([profile, request], flag) => {
        const flagged = { ...request, redFlags: [...new Set([...request.redFlags, flag])] };
        const decision = decide(profile, flagged);
        expect(decision.verdict).toBe("decline");
        expect(decision.source).toBe("rules");
        expect(decision.templates).toEqual([]);
        expect(decision.actions).toContain("report_or_block");
      }),
      RUNS,
    );
  });

  it("an override decides the verdict (source override), except redirect without LinkedIn or on LinkedIn → decline", () => {
    fc.assert(
      fc.property(parsedArb, fc.constantFrom(...VERDICTS), ([profile, request], override) => {
        fc.pre(!isRedFlagged(request));
        const settings = profile.platforms[request.platform];
        const withOverride: Profile = {
          ...profile,
          platforms: { ...profile.platforms, [request.platform]: { ...settings, overrides: { ...settings.overrides, [request.relationship]: override } } },
        };
        const decision = decide(withOverride, request);
        expect(decision.source).toBe("override");
        const redirectImpossible = override === "redirect" && (!hasLinkedin(withOverride) || request.platform === "linkedin");
        expect(decision.verdict).toBe(redirectImpossible ? "decline" : override);
        // What the rules say on their own is unaffected by the override.
        expect(decideRuleVerdict(withOverride, request).verdict).toBe(decideRuleVerdict(profile, request).verdict);
      }),
      RUNS,
    );
  });

  it("redirect ⇒ LinkedIn exists and the request is not on LinkedIn", () => {
    fc.assert(
      fc.property(parsedArb, ([profile, request]) => {
        const decision = decide(profile, request);
        if (decision.verdict === "redirect") {
          expect(hasLinkedin(profile)).toBe(true);
          expect(request.platform).not.toBe("linkedin");
        }
      }),
      RUNS,
    );
  });

  it("every decline and redirect (except red flags) carries warm and brief templates with the requester's name and the URL", () => {
    fc.assert(
      fc.property(parsedArb, fc.option(fc.constantFrom(...LANGUAGES), { nil: undefined }), ([profile, request], templateLanguage) => {
        const decision = decide(profile, request, templateLanguage === undefined ? undefined : { templateLanguage });
        if (decision.verdict === "accept" || isRedFlagged(request)) return;
        const language = templateLanguage ?? profile.language;
        const tones = decision.templates.map((t) => t.tone);
        expect(tones).toContain("warm");
        expect(tones).toContain("brief");
        for (const t of decision.templates) {
          expect(t.language).toBe(language);
          if (request.requesterName !== undefined) expect(t.text).toContain(request.requesterName);
          if (profile.displayName !== "") expect(t.text.endsWith(`\n${profile.displayName}`)).toBe(true);
        }
        expect(decision.actions[0]).toBe("reply_with_template");
        if (decision.verdict === "redirect" && profile.linkedinUrl !== undefined) {
          const main = decision.templates.filter((t) => t.tone !== "curious");
          for (const t of main) expect(t.text).toContain(profile.linkedinUrl);
          expect(decision.actions).toContain("send_linkedin_link");
        }
      }),
      RUNS,
    );
  });

  it("no template or reason contains undefined, null, braces or double spaces", () => {
    fc.assert(
      fc.property(parsedArb, fc.constantFrom(...LANGUAGES), ([profile, request], templateLanguage) => {
        const decision = decide(profile, request, { templateLanguage });
        for (const t of decision.templates) expect(badFragments(t.text), t.text).toEqual([]);
        for (const r of decision.reasons) expect(badFragments(r.text), r.text).toEqual([]);
        for (const t of decision.templates) expect(t.text).not.toMatch(/^(Hi|Hei) [,!]|[ \n][,.!?:]/);
      }),
      RUNS,
    );
  });

  it("the rule index picks the same rule as reading RULES top to bottom", () => {
    fc.assert(
      fc.property(parsedArb, ([profile, request]) => {
        const c = buildContext(profile, request);
        const first = RULES.find((r) => (r.on === undefined || r.on(c.platform, c.persona)) && r.when(c));
        expect(decideVerdict(profile, request).rule).toBe(first?.name);
      }),
      RUNS,
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(parsedArb, ([profile, request]) => {
        const a: Decision = decide(profile, request);
        const b: Decision = decide(structuredClone(profile), structuredClone(request));
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it("respects templateLanguage without changing verdict, reasons or actions", () => {
    fc.assert(
      fc.property(parsedArb, fc.constantFrom(...LANGUAGES), ([profile, request], templateLanguage) => {
        const plain = decide(profile, request);
        const other = decide(profile, request, { templateLanguage });
        expect(other.verdict).toBe(plain.verdict);
        expect(other.reasons).toEqual(plain.reasons);
        expect(other.actions).toEqual(plain.actions);
        expect(other.templates.length).toBe(plain.templates.length);
        for (const t of other.templates) expect(t.language).toBe(templateLanguage);
        for (const t of plain.templates) expect(t.language).toBe(profile.language);
      }),
      RUNS,
    );
  });

  it("policyMatrix agrees with decide and decideVerdict for the default request", () => {
    fc.assert(
      fc.property(profileInputArb, (input) => {
        const profile = ZProfile.parse(input);
        const cells = policyMatrix(profile);
        const used = PLATFORMS.filter((p) => profile.platforms[p].persona !== "absent");
        expect(cells.length).toBe(used.length * RELATIONSHIPS.length);
        for (const cell of cells) {
          const request = { platform: cell.platform, relationship: cell.relationship };
          const decision = decide(profile, request);
          const fast = decideVerdict(profile, request);
          expect(cell.verdict).toBe(decision.verdict);
          expect(cell.source).toBe(decision.source);
          expect(cell.rule).toBe(fast.rule);
          expect(cell.principles).toEqual([...new Set(decision.reasons.map((r) => r.principle))]);
          expect(cell.ruleVerdict).toBe(decideRuleVerdict(profile, request).verdict);
          if (cell.source === "rules") expect(cell.ruleVerdict).toBe(cell.verdict);
        }
      }),
      { numRuns: 500 },
    );
  });
});
