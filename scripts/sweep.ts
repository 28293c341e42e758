/**
 * Exhaustive sweep of the engine's enumerable input space. Calls the full
 * `decide` and `decideVerdict` on every combination and checks the
 * invariants; prints the count, the violations and the time. Exit code 1
 * on any violation.
 *
 *   npx tsx scripts/sweep.ts
 *
 * What is enumerated (every combination of):
 *   - request platform (every one in the registry) × its persona (4); for a
 *     request not on LinkedIn, LinkedIn itself is absent or professional
 *     (2) — for such a request LinkedIn matters only through "LinkedIn
 *     exists" (DOMAIN.md), so civilian/mixed LinkedIn behave like
 *     professional there. The platforms not requested stay absent, with
 *     the registry's default visibility (they cannot affect the request).
 *   - visibility of the requested platform (2), relationship (12), met (4),
 *     rapport × note × commonGround (8), red-flag subsets (8), mutual
 *     connections (3), the person's override for that platform ×
 *     relationship (none, accept, decline, redirect: 4), networking style
 *     (2), creative field (2), job seeking (2), LinkedIn URL present/absent (2).
 * Rotated (every value used, not crossed with everything else): the
 * profile language (en, fi, nb; it changes wording only, never the verdict),
 * the template language (profile's own, en, fi, nb), the requester's name
 * (none, one word, two words), where you met (none, a phrase), the display
 * name (none, a name). Sampled (every 997th combination): ZDecision.parse
 * and a second decide() for determinism, because zod parsing costs more
 * than the decision itself. Every suggested action must be possible on the
 * request's platform (PLATFORM_FACTS: its own "accept, but limit" tool,
 * following back only where that is a thing).
 */
import {
  ACTIONS,
  byPlatform,
  decide,
  decideVerdict,
  LANGUAGES,
  MET_VALUES,
  MUTUAL_LEVELS,
  NETWORKING_STYLES,
  PERSONAS,
  PLATFORM_FACTS,
  PLATFORMS,
  RED_FLAGS,
  RELATIONSHIPS,
  RULES,
  VERDICTS,
  VISIBILITIES,
  ZDecision,
  type ConnectionRequest,
  type Decision,
  type Language,
  type Action,
  type Persona,
  type Platform,
  type Profile,
  type RedFlag,
  type Relationship,
  type Verdict,
} from "../lib/engine/index";
import { buildContext } from "../lib/engine/context";

const URL = "https://www.linkedin.com/in/sweep-example";
const NAMES: readonly (string | undefined)[] = [undefined, "Jussi", "Kari Nordmann"];
const PLACES: readonly (string | undefined)[] = [undefined, "the design week"];
const DISPLAY_NAMES = ["", "Aino"] as const;
const TEMPLATE_LANGUAGES: readonly (Language | undefined)[] = [undefined, "en", "fi", "nb"];
const FORBIDDEN = /\bundefined\b|\bnull\b|\bNaN\b|[{}]| {2}|\[object/;
const SAMPLE_EVERY = 997;

// Texts already checked against FORBIDDEN. Reasons come from a fixed table
// and templates from a small set of variables, so each distinct text is
// scanned once; the rest of the run only looks it up.
const cleanTexts = new Set<string>();
function isClean(text: string): boolean {
  if (cleanTexts.has(text)) return true;
  if (FORBIDDEN.test(text)) return false;
  cleanTexts.add(text);
  return true;
}
const MAX_REPORTED = 20;

const RED_FLAG_SUBSETS: RedFlag[][] = [];
for (let mask = 0; mask < 1 << RED_FLAGS.length; mask++) {
  RED_FLAG_SUBSETS.push(RED_FLAGS.filter((_, i) => (mask & (1 << i)) !== 0));
}
const ACTION_SET = new Set<string>(ACTIONS);
const LIMIT_TOOLS = new Set<Action>(PLATFORMS.flatMap((p) => PLATFORM_FACTS[p].limitTool ?? []));

/** The rule table read naively, top to bottom: checks the engine's rule index changes nothing. */
function referenceRule(profile: Profile, request: ConnectionRequest): string {
  const c = buildContext(profile, request);
  for (const r of RULES) if ((r.on === undefined || r.on(c.platform, c.persona)) && r.when(c)) return r.name;
  return "none";
}

let combinations = 0;
let violations = 0;
const ruleHits = new Map<string, number>();
const verdictCounts: Record<Verdict, number> = { accept: 0, decline: 0, redirect: 0 };

function fail(message: string, profile: Profile, request: ConnectionRequest, decision?: Decision) {
  violations++;
  if (violations <= MAX_REPORTED) {
    console.error(`VIOLATION: ${message}\n  profile: ${JSON.stringify(profile)}\n  request: ${JSON.stringify(request)}`);
    if (decision !== undefined) console.error(`  decision: ${JSON.stringify(decision)}`);
  }
}

function check(profile: Profile, request: ConnectionRequest, templateLanguage: Language | undefined) {
  combinations++;
  const options = templateLanguage === undefined ? undefined : { templateLanguage };
  const decision = decide(profile, request, options);
  const fast = decideVerdict(profile, request);
  verdictCounts[decision.verdict]++;
  ruleHits.set(fast.rule, (ruleHits.get(fast.rule) ?? 0) + 1);

  if (fast.verdict !== decision.verdict || fast.source !== decision.source) fail("decideVerdict disagrees with decide", profile, request, decision);
  if (referenceRule(profile, request) !== fast.rule) fail("rule index disagrees with a top-to-bottom read of RULES", profile, request, decision);
  if (decision.reasons.length < 1) fail("no reasons", profile, request, decision);

  const platform = request.platform;
  const hasLinkedin = profile.platforms.linkedin.persona !== "absent";
  const redFlag = request.redFlags.includes("fake_profile") || request.redFlags.includes("harassment");
  const override = profile.platforms[platform].overrides[request.relationship];

  if (redFlag) {
    if (decision.verdict !== "decline" || decision.source !== "rules") fail("red flag not declined by the rules", profile, request, decision);
    if (decision.templates.length !== 0) fail("red-flag decline carries a template", profile, request, decision);
    if (!decision.actions.includes("report_or_block")) fail("red flag without report_or_block", profile, request, decision);
  } else if (override !== undefined) {
    const expected = override === "redirect" && (!hasLinkedin || platform === "linkedin") ? "decline" : override;
    if (decision.source !== "override" || decision.verdict !== expected) fail("override not honoured", profile, request, decision);
  } else if (decision.source !== "rules") {
    fail("source override without an override", profile, request, decision);
  }

  if (decision.verdict === "redirect" && (!hasLinkedin || platform === "linkedin")) {
    fail("redirect without LinkedIn or on LinkedIn", profile, request, decision);
  }

  const language = templateLanguage ?? profile.language;
  const name = request.requesterName;
  for (const t of decision.templates) {
    if (t.language !== language) fail("template in the wrong language", profile, request, decision);
    if (!isClean(t.text)) fail(`template contains a forbidden fragment: ${JSON.stringify(t.text)}`, profile, request, decision);
    if (name !== undefined && !t.text.includes(name)) fail("template without the requester's name", profile, request, decision);
    if (profile.displayName !== "" && !t.text.endsWith(`\n${profile.displayName}`)) fail("template not signed", profile, request, decision);
  }
  if (decision.verdict !== "accept" && !redFlag) {
    let warm = false;
    let brief = false;
    for (const t of decision.templates) {
      if (t.tone === "warm") warm = true;
      else if (t.tone === "brief") brief = true;
    }
    if (!warm || !brief) fail("decline/redirect without warm and brief templates", profile, request, decision);
  }
  if (decision.verdict === "redirect" && profile.linkedinUrl !== undefined) {
    for (const t of decision.templates) {
      if (t.tone !== "curious" && !t.text.includes(profile.linkedinUrl)) fail("redirect template without the LinkedIn URL", profile, request, decision);
    }
  }
  for (const r of decision.reasons) if (!isClean(r.text)) fail("reason contains a forbidden fragment", profile, request, decision);

  const seen = new Set<string>();
  for (const a of decision.actions) {
    if (!ACTION_SET.has(a) || seen.has(a)) fail(`bad or repeated action ${a}`, profile, request, decision);
    seen.add(a);
    if (LIMIT_TOOLS.has(a) && a !== PLATFORM_FACTS[platform].limitTool) fail(`${a} is not a tool of ${platform}`, profile, request, decision);
    if (a === "follow_back" && !PLATFORM_FACTS[platform].followBack) fail(`no following back on ${platform}`, profile, request, decision);
  }
  if (decision.templates.length > 0 !== decision.actions.includes("reply_with_template")) {
    fail("reply_with_template does not match the templates", profile, request, decision);
  }

  if (combinations % SAMPLE_EVERY === 0) {
    const parsed = ZDecision.safeParse(decision);
    if (!parsed.success) fail(`ZDecision rejects: ${parsed.error.message}`, profile, request, decision);
    if (JSON.stringify(decide(profile, request, options)) !== JSON.stringify(decision)) fail("not deterministic", profile, request, decision);
  }
}

function makeProfile(
  platform: Platform,
  persona: Persona,
  linkedinPersona: Persona,
  visibility: (typeof VISIBILITIES)[number],
  relationship: Relationship,
  override: Verdict | undefined,
  language: Language,
  networkingStyle: (typeof NETWORKING_STYLES)[number],
  creativeField: boolean,
  jobSeeking: boolean,
  withUrl: boolean,
  displayName: string,
): Profile {
  const platforms: Profile["platforms"] = byPlatform((p) => ({
    persona: p === "linkedin" ? linkedinPersona : "absent",
    visibility: PLATFORM_FACTS[p].defaultVisibility,
    overrides: {},
  }));
  platforms[platform] = {
    persona,
    visibility,
    overrides: override === undefined ? {} : { [relationship]: override },
  };
  return {
    displayName,
    language,
    creativeField,
    jobSeeking,
    networkingStyle,
    profession: "none",
    ...(withUrl ? { linkedinUrl: URL } : {}),
    platforms,
  };
}

const started = process.hrtime.bigint();
let rotation = 0;
const OVERRIDES: readonly (Verdict | undefined)[] = [undefined, ...VERDICTS];

for (const platform of PLATFORMS) {
  for (const persona of PERSONAS) {
    const linkedinPersonas: Persona[] = platform === "linkedin" ? [persona] : ["absent", "professional"];
    for (const linkedinPersona of linkedinPersonas) {
      for (const visibility of VISIBILITIES) {
        for (const relationship of RELATIONSHIPS) {
          // Requests for this platform × relationship, built once.
          const requests: ConnectionRequest[] = [];
          let r = 0;
          for (const met of MET_VALUES)
            for (let bits = 0; bits < 8; bits++)
              for (const redFlags of RED_FLAG_SUBSETS)
                for (const mutualConnections of MUTUAL_LEVELS) {
                  const requesterName = NAMES[r % NAMES.length];
                  const metAt = PLACES[(r >> 1) % PLACES.length];
                  r++;
                  requests.push({
                    platform,
                    relationship,
                    met,
                    rapport: (bits & 1) !== 0,
                    note: (bits & 2) !== 0,
                    commonGround: (bits & 4) !== 0,
                    mutualConnections,
                    redFlags,
                    ...(requesterName === undefined ? {} : { requesterName }),
                    ...(metAt === undefined ? {} : { metAt }),
                  });
                }
          for (const override of OVERRIDES)
            for (const style of NETWORKING_STYLES)
              for (const creativeField of [false, true])
                for (const jobSeeking of [false, true])
                  for (const withUrl of [false, true]) {
                    rotation++;
                    // Language only changes wording, never the verdict: rotated.
                    const language = LANGUAGES[rotation % LANGUAGES.length]!;
                    const profile = makeProfile(
                      platform,
                      persona,
                      linkedinPersona,
                      visibility,
                      relationship,
                      override,
                      language,
                      style,
                      creativeField,
                      jobSeeking,
                      withUrl,
                      DISPLAY_NAMES[rotation % DISPLAY_NAMES.length]!,
                    );
                    for (let i = 0; i < requests.length; i++) {
                      check(profile, requests[i]!, TEMPLATE_LANGUAGES[(rotation + i) % TEMPLATE_LANGUAGES.length]);
                    }
                  }
        }
      }
    }
  }
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const unreached = RULES.filter((r) => !ruleHits.has(r.name)).map((r) => r.name);

console.log("Kindly engine sweep");
console.log(`  combinations: ${combinations.toLocaleString("en-US")}`);
console.log(
  `  verdicts:     accept ${verdictCounts.accept.toLocaleString("en-US")}, decline ${verdictCounts.decline.toLocaleString("en-US")}, redirect ${verdictCounts.redirect.toLocaleString("en-US")}`,
);
console.log(`  rules hit:    ${RULES.length - unreached.length} of ${RULES.length}${unreached.length > 0 ? ` (never decisive: ${unreached.join(", ")})` : ""}`);
console.log(`  distinct texts checked: ${cleanTexts.size.toLocaleString("en-US")}`);
console.log(`  violations:   ${violations}`);
console.log(`  elapsed:      ${seconds.toFixed(1)} s (${Math.round(combinations / seconds).toLocaleString("en-US")} combinations/s)`);
process.exit(violations === 0 ? 0 : 1);
