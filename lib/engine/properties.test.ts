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
  PROFESSIONS,
  incoherence,
  relationshipsFor,
  PLATFORM_FACTS,
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
    profession: fc.constantFrom(...PROFESSIONS),
    practiceUrl: fc.constantFrom("https://www.example.fi/terapia", "https://koulu.example.no/kontakt"),
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
/** Whether the profession has a duty of care towards this requester (D1–D3). */
const dutyApplies = (p: Profile, r: ConnectionRequest) =>
  ((p.profession === "therapist" || p.profession === "healthcare") && (r.relationship === "client" || r.relationship === "former_client")) ||
  (p.profession === "teacher" && (r.relationship === "student" || r.relationship === "guardian"));
/**
 * Whether a message can reach the requester (contract v2): not a public
 * account's follower, and not a LinkedIn invitation without a message that
 * is declined — unless a duty of care declines someone you see at work.
 */
const answerable = (p: Profile, r: ConnectionRequest, d: Decision) =>
  d.requestKind !== "follow" && (d.verdict !== "decline" || r.note || PLATFORM_FACTS[r.platform].answerWithoutNote || dutyApplies(p, r));
/** Each profession with a duty of care and the relationships it concerns. */
const DUTY_PAIRS = [
  ["therapist", "client"],
  ["therapist", "former_client"],
  ["healthcare", "client"],
  ["healthcare", "former_client"],
  ["teacher", "student"],
  ["teacher", "guardian"],
] as const;
/** "request" in each language: a public account's follower never reads it. */
const REQUEST_WORDS = /request|pyyn|forespørs/i;
const isRedFlagged = (r: ConnectionRequest) => r.redFlags.includes("fake_profile") || r.redFlags.includes("harassment");
// Word-bounded: Finnish "minulla" contains the letters n-u-l-l.
const FORBIDDEN: readonly RegExp[] = [/\bundefined\b/, /\bnull\b/, /\bNaN\b/, /[{}]/, / {2}/, /\[object/];

function badFragments(text: string): string[] {
  return FORBIDDEN.filter((f) => f.test(text)).map(String);
}

// ---------------------------------------------------------------- properties

// Thousands of decisions per property, each formatting its replies from the
// ICU catalogues: on a loaded machine that takes longer than vitest's 5 s default.
describe("properties over the whole vocabulary", { timeout: 60_000 }, () => {
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

  it("every decline and redirect that can be answered carries warm and brief templates with the requester's name and the URL", () => {
    fc.assert(
      fc.property(parsedArb, fc.option(fc.constantFrom(...LANGUAGES), { nil: undefined }), ([profile, request], templateLanguage) => {
        const decision = decide(profile, request, templateLanguage === undefined ? undefined : { templateLanguage });
        if (decision.verdict === "accept" || isRedFlagged(request)) return;
        // A redirect always tells them where to go; other answers only where a message can reach them.
        if (decision.verdict !== "redirect" && !answerable(profile, request, decision)) {
          expect(decision.templates).toEqual([]);
          return;
        }
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
        // Each profession sees the relationships its duty of care changes.
        expect(cells.length).toBe(used.length * relationshipsFor(profile.profession).length);
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
          expect(cell.requestKind).toBe(decision.requestKind);
          expect(cell.alternatives).toEqual(decision.alternatives);
        }
      }),
      { numRuns: 500 },
    );
  });

  // ---------------------------------------------------------------- contract v2

  it("public follows never say 'request', in any language, and their reasons never call the account private", () => {
    fc.assert(
      fc.property(parsedArb, fc.constantFrom(...LANGUAGES), ([profile, request], templateLanguage) => {
        const decision = decide(profile, request, { templateLanguage });
        const isFollow = (request.platform === "x" || request.platform === "instagram") && profile.platforms[request.platform].visibility === "public";
        expect(decision.requestKind === "follow").toBe(isFollow);
        if (!isFollow) return;
        for (const r of decision.reasons) {
          expect(r.text).not.toMatch(REQUEST_WORDS);
          expect(r.text).not.toMatch(/private account|private (Instagram|X) account|yksityi(nen|stä) (Instagram-|X-)?tili|privat (Instagram-|X-)?konto/i);
        }
        for (const t of decision.templates) expect(t.text).not.toMatch(REQUEST_WORDS);
        for (const a of decision.alternatives) expect(a.condition.text).not.toMatch(REQUEST_WORDS);
        // Nobody is waiting for an answer: a reply only where the person's own override redirects them.
        if (decision.templates.length > 0) expect([decision.verdict, decision.source]).toEqual(["redirect", "override"]);
        if (decision.verdict === "redirect") expect(decision.source).toBe("override");
      }),
      RUNS,
    );
  });

  it("a duty-of-care decline never suggests LinkedIn to a client, patient, pupil or guardian", () => {
    fc.assert(
      fc.property(
        parsedArb,
        fc.constantFrom(...DUTY_PAIRS),
        fc.constantFrom(...LANGUAGES),
        ([anyProfile, anyRequest], [profession, relationship], templateLanguage) => {
          fc.pre(!isRedFlagged(anyRequest));
          const profile: Profile = { ...anyProfile, profession };
          const request: ConnectionRequest = { ...anyRequest, relationship };
          expect(dutyApplies(profile, request)).toBe(true);
          const decision = decide(profile, request, { templateLanguage });
          const override = profile.platforms[request.platform].overrides[request.relationship];
          if (override === undefined) {
            expect(decision.verdict).toBe("decline");
            expect(decision.reasons.map((r) => r.principle)).toContain("D4");
          }
          if (decision.verdict !== "decline") {
            // The person's own choice wins; the duty-of-care decline is the alternative.
            expect(decision.source).toBe("override");
            expect(decision.alternatives.map((a) => [a.verdict, a.condition.key])).toEqual([["decline", "duty_of_care"]]);
            return;
          }
          expect(decision.actions).not.toContain("send_linkedin_link");
          // Not even in passing: no reason of a duty-of-care decline names LinkedIn.
          if (override === undefined) for (const r of decision.reasons) expect(r.text).not.toMatch(/linkedin/i);
          for (const t of decision.templates) {
            expect(t.text).not.toMatch(/linkedin/i);
            if (request.requesterName !== undefined) expect(t.text).toContain(request.requesterName);
          }
          if (decision.requestKind !== "follow") expect(decision.templates.map((t) => t.tone)).toEqual(["warm", "brief"]);
          const follow = decision.requestKind === "follow";
          if (profile.profession === "teacher") expect(decision.actions.includes("use_school_channel")).toBe(!follow);
          else expect(decision.actions.includes("point_to_practice_page")).toBe(profile.practiceUrl !== undefined && !follow);
          if (profile.practiceUrl !== undefined) for (const t of decision.templates) expect(t.text).toContain(profile.practiceUrl);
        },
      ),
      RUNS,
    );
  });

  it("actions never contradict each other or the verdict, and each is possible on the platform; alternatives too", () => {
    fc.assert(
      fc.property(parsedArb, ([profile, request]) => {
        const decision = decide(profile, request);
        expect(incoherence(decision.verdict, decision.actions), JSON.stringify(decision.actions)).toBeUndefined();
        expect(decision.templates.length > 0).toBe(decision.actions.includes("reply_with_template"));
        const facts = PLATFORM_FACTS[request.platform];
        for (const a of [...decision.actions, ...decision.alternatives.flatMap((x) => x.actions)]) {
          if (a === "follow_back") expect(facts.followBack).toBe(true);
          if (a === "restrict_facebook" || a === "close_friends_instagram" || a === "hide_connections_linkedin") expect(a).toBe(facts.limitTool);
          if (a === "remove_follower_quietly" || a === "make_account_private") expect(decision.requestKind).toBe("follow");
          // Replying before accepting needs a message on LinkedIn.
          if (a === "ask_what_prompted") expect(facts.answerWithoutNote || request.note).toBe(true);
        }
        for (const alt of decision.alternatives) {
          expect(alt.verdict).not.toBe(decision.verdict);
          expect(incoherence(alt.verdict, alt.actions), JSON.stringify(alt)).toBeUndefined();
          expect(alt.condition.text.length).toBeGreaterThan(0);
        }
        if (isRedFlagged(request)) expect(decision.actions).toEqual(["report_or_block"]);
      }),
      RUNS,
    );
  });

  it("an invitation to LinkedIn or a professional account before a meeting is never declined by the persona rules", () => {
    fc.assert(
      fc.property(parsedArb, ([profile, request]) => {
        const meeting = { ...request, met: "meeting_planned" as const };
        const persona = profile.platforms[request.platform].persona;
        fc.pre(persona !== "absent" && (request.platform === "linkedin" || persona === "professional"));
        const decision = decide(profile, meeting);
        const rule = decideVerdict(profile, meeting).rule;
        const earlier = isRedFlagged(meeting) || decision.source === "override" || dutyApplies(profile, meeting) || rule === "sales-pitch-stranger";
        if (earlier) return;
        expect(decision.verdict).toBe("accept");
        expect(decision.actions.includes("wait_until_after_meeting")).toBe(profile.networkingStyle === "selective");
      }),
      RUNS,
    );
  });

  it("alternatives and their conditions are in the profile's language, whatever the template language", () => {
    fc.assert(
      fc.property(parsedArb, fc.constantFrom(...LANGUAGES), ([profile, request], templateLanguage) => {
        const a = decide(profile, request);
        const b = decide(profile, request, { templateLanguage });
        expect(b.alternatives).toEqual(a.alternatives);
        expect(b.requestKind).toBe(a.requestKind);
      }),
      { numRuns: 1000 },
    );
  });
});
