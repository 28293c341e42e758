/**
 * Exhaustive sweep of the engine's enumerable input space. Calls the full
 * `decide` and `decideVerdict` on every combination and checks the
 * invariants; prints the count, the violations and the time. Exit code 1
 * on any violation.
 *
 *   npx tsx scripts/sweep.ts              (npm run sweep; add --every N to check every Nth combination only)
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
 *     (2), creative field (2), job seeking (2).
 *   - relationships: all 15 for profession `none` (for it the contract v2
 *     relationships are work relationships); each other profession only
 *     with the relationships it changes (contract v2): therapist and
 *     healthcare × client, former_client; teacher × student, guardian —
 *     with creative field, job seeking and the practice page rotated, since
 *     a duty of care decides before any rule reads them; recruiter ×
 *     stranger, recruiter with the networking style left unset (it
 *     defaults to open).
 * Rotated (every value used, not crossed with everything else): the
 * profile language (every registered one; it changes wording only, never the verdict),
 * the template language (profile's own or any registered one), the requester's name
 * (none, one word, two words), where you met (none, a phrase), the display
 * name (none, a name), the LinkedIn URL (present, absent; it changes the
 * reply's wording and the link action, never the verdict). Sampled (every 997th combination): ZDecision.parse
 * and a second decide() for determinism, because zod parsing costs more
 * than the decision itself. Every suggested action must be possible on the
 * request's platform (PLATFORM_FACTS: its own "accept, but limit" tool,
 * following back only where that is a thing, removing followers and going
 * private only for a public account's follower), and no path contradicts
 * itself or its verdict (incoherence(), alternatives included). Contract v2:
 * a public account's follower never reads "request" and gets no reply
 * unless the person's own override redirects; a duty of care declines
 * (unless overridden, then it is the alternative) and never mentions
 * LinkedIn; a meeting never turns LinkedIn or a professional account into a
 * decline; a mixed account takes in a work contact only when you got on.
 */
import {
  ACTIONS,
  byPlatform,
  defaultNetworkingStyle,
  incoherence,
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
  type Profession,
  type Profile,
  type RedFlag,
  type Relationship,
  type Verdict,
} from "../lib/engine/index";
import { buildContext } from "../lib/engine/context";

const URL = "https://www.linkedin.com/in/sweep-example";
const PRACTICE_URL = "https://www.example.fi/vastaanotto";
const REQUEST_WORDS = /request|pyyn|forespørs/i;
const NAMES: readonly (string | undefined)[] = [undefined, "Jussi", "Kari Nordmann"];
const PLACES: readonly (string | undefined)[] = [undefined, "the design week"];
const DISPLAY_NAMES = ["", "Aino"] as const;
const TEMPLATE_LANGUAGES: readonly (Language | undefined)[] = [undefined, ...LANGUAGES];
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

// Texts a public account's follower reads, already checked for "request".
const followTexts = new Set<string>();
function isFollowWording(text: string): boolean {
  if (followTexts.has(text)) return true;
  if (REQUEST_WORDS.test(text)) return false;
  followTexts.add(text);
  return true;
}

/** One path (the recommended one or an alternative): coherent, and every action possible on the platform. */
function checkPath(verdict: Verdict, actions: readonly Action[], follow: boolean, request: ConnectionRequest, profile: Profile, decision: Decision) {
  const why = incoherence(verdict, actions);
  if (why !== undefined) fail(`incoherent actions: ${why}`, profile, request, decision);
  const facts = PLATFORM_FACTS[request.platform];
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    if (!ACTION_SET.has(a) || actions.indexOf(a) !== i) fail(`bad or repeated action ${a}`, profile, request, decision);
    if (LIMIT_TOOLS.has(a) && a !== facts.limitTool) fail(`${a} is not a tool of ${request.platform}`, profile, request, decision);
    if (a === "follow_back" && !facts.followBack) fail(`no following back on ${request.platform}`, profile, request, decision);
    if ((a === "remove_follower_quietly" || a === "make_account_private") && !follow) fail(`${a} without a public follow`, profile, request, decision);
    if (a === "ask_what_prompted" && !facts.answerWithoutNote && !request.note)
      fail("asks before accepting where no reply is possible", profile, request, decision);
  }
}

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

function dutyApplies(profession: Profession, relationship: Relationship): boolean {
  if (profession === "therapist" || profession === "healthcare") return relationship === "client" || relationship === "former_client";
  return profession === "teacher" && (relationship === "student" || relationship === "guardian");
}

function isWork(relationship: Relationship): boolean {
  return relationship !== "family" && relationship !== "close_friend" && relationship !== "friend" && relationship !== "stranger";
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
  const facts = PLATFORM_FACTS[platform];
  const persona = profile.platforms[platform].persona;
  const hasLinkedin = profile.platforms.linkedin.persona !== "absent";
  const redFlag = request.redFlags.includes("fake_profile") || request.redFlags.includes("harassment");
  const override = profile.platforms[platform].overrides[request.relationship];
  const duty = dutyApplies(profile.profession, request.relationship);
  const follow = facts.requestKind[profile.platforms[platform].visibility] === "follow";
  const selective = (profile.networkingStyle ?? defaultNetworkingStyle(profile.profession)) === "selective";

  if (decision.requestKind !== facts.requestKind[profile.platforms[platform].visibility]) fail("requestKind is not the registry's", profile, request, decision);

  if (redFlag) {
    if (decision.verdict !== "decline" || decision.source !== "rules") fail("red flag not declined by the rules", profile, request, decision);
    if (decision.templates.length !== 0) fail("red-flag decline carries a template", profile, request, decision);
    if (decision.actions.length !== 1 || decision.actions[0] !== "report_or_block") fail("red flag without report_or_block alone", profile, request, decision);
  } else if (override !== undefined) {
    const expected = override === "redirect" && (!hasLinkedin || platform === "linkedin") ? "decline" : override;
    if (decision.source !== "override" || decision.verdict !== expected) fail("override not honoured", profile, request, decision);
    if (duty && decision.verdict !== "decline") {
      const alt = decision.alternatives[0];
      if (decision.alternatives.length !== 1 || alt!.verdict !== "decline" || alt!.condition.key !== "duty_of_care")
        fail("overridden duty of care not offered as the alternative", profile, request, decision);
      if (!decision.reasons.some((r) => r.principle.startsWith("D"))) fail("overridden duty of care not explained", profile, request, decision);
    }
  } else if (decision.source !== "rules") {
    fail("source override without an override", profile, request, decision);
  } else if (duty) {
    if (decision.verdict !== "decline" || !decision.reasons.some((r) => r.principle === "D4")) fail("duty of care not applied", profile, request, decision);
    for (const r of decision.reasons) if (/linkedin/i.test(r.text)) fail("a duty-of-care reason names LinkedIn", profile, request, decision);
    // Where to point them instead, when a message can reach them (not a public account's follower).
    const channel = profile.profession === "teacher" ? "use_school_channel" : "point_to_practice_page";
    if (decision.actions.includes(channel) !== (!follow && (channel === "use_school_channel" || profile.practiceUrl !== undefined))) {
      fail("duty-of-care decline without its channel", profile, request, decision);
    }
  } else if (request.met === "meeting_planned" && (platform === "linkedin" ? persona !== "absent" : persona === "professional")) {
    const salesPitch = request.redFlags.includes("sales_pitch") && request.relationship === "stranger";
    if (!salesPitch && decision.verdict !== "accept") fail("an incoming invitation before a meeting is not accepted", profile, request, decision);
    if (!salesPitch && decision.actions.includes("wait_until_after_meeting") !== selective)
      fail("wait_until_after_meeting not for exactly the selective networker", profile, request, decision);
  } else if (persona === "mixed" && platform !== "linkedin" && decision.verdict === "accept" && isWork(request.relationship)) {
    const gotOn = request.rapport && (request.met === "online" || request.met === "in_person");
    const creative = profile.creativeField && facts.creativeWorkChannel;
    if (!gotOn && !creative) fail("mixed account takes in a work contact you did not get on with", profile, request, decision);
  }
  if (duty && decision.verdict === "decline") {
    if (decision.actions.includes("send_linkedin_link")) fail("duty-of-care decline suggests LinkedIn", profile, request, decision);
    for (const t of decision.templates) if (/linkedin/i.test(t.text)) fail("duty-of-care decline template mentions LinkedIn", profile, request, decision);
  }

  if (decision.verdict === "redirect" && (!hasLinkedin || platform === "linkedin")) {
    fail("redirect without LinkedIn or on LinkedIn", profile, request, decision);
  }

  if (follow) {
    for (const r of decision.reasons) if (!isFollowWording(r.text)) fail("a public follow's reason says request", profile, request, decision);
    for (const t of decision.templates) if (!isFollowWording(t.text)) fail("a public follow's template says request", profile, request, decision);
    if ((decision.verdict === "redirect" || decision.templates.length > 0) && !(decision.verdict === "redirect" && decision.source === "override")) {
      fail("a public follow gets a redirect or a reply without the person's own override", profile, request, decision);
    }
    if (!redFlag && persona === "civilian" && !decision.actions.includes("make_account_private"))
      fail("a private-life public account not offered to go private", profile, request, decision);
  }

  const language = templateLanguage ?? profile.language;
  const name = request.requesterName;
  for (const t of decision.templates) {
    if (t.language !== language) fail("template in the wrong language", profile, request, decision);
    if (!isClean(t.text)) fail(`template contains a forbidden fragment: ${JSON.stringify(t.text)}`, profile, request, decision);
    if (name !== undefined && !t.text.includes(name)) fail("template without the requester's name", profile, request, decision);
    if (profile.displayName !== "" && !t.text.endsWith(`\n${profile.displayName}`)) fail("template not signed", profile, request, decision);
  }
  // A reply wherever one can reach them: not a public account's follower,
  // not a LinkedIn invitation without a message that is declined (Ignore is
  // silent), unless a duty of care declines someone seen at work anyway.
  const answerable = !follow && (decision.verdict !== "decline" || request.note || facts.answerWithoutNote || duty);
  if (decision.verdict === "redirect" || (decision.verdict === "decline" && !redFlag && answerable)) {
    let warm = false;
    let brief = false;
    for (const t of decision.templates) {
      if (t.tone === "warm") warm = true;
      else if (t.tone === "brief") brief = true;
    }
    if (!warm || !brief) fail("decline/redirect that can be answered without warm and brief templates", profile, request, decision);
  } else if (decision.verdict === "decline" && decision.templates.length > 0) {
    fail("a decline nobody can receive carries a template", profile, request, decision);
  }
  if (decision.verdict === "redirect" && profile.linkedinUrl !== undefined) {
    for (const t of decision.templates)
      if (!t.text.includes(profile.linkedinUrl)) fail("redirect template without the LinkedIn URL", profile, request, decision);
  }
  for (const r of decision.reasons) if (!isClean(r.text)) fail("reason contains a forbidden fragment", profile, request, decision);

  checkPath(decision.verdict, decision.actions, follow, request, profile, decision);
  for (let i = 0; i < decision.alternatives.length; i++) {
    const alt = decision.alternatives[i]!;
    checkPath(alt.verdict, alt.actions, follow, request, profile, decision);
  }
  for (const alt of decision.alternatives) if (alt.verdict === decision.verdict) fail("an alternative repeats the verdict", profile, request, decision);
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
  networkingStyle: (typeof NETWORKING_STYLES)[number] | undefined,
  creativeField: boolean,
  jobSeeking: boolean,
  withUrl: boolean,
  displayName: string,
  profession: Profession,
  withPracticeUrl: boolean,
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
    ...(networkingStyle === undefined ? {} : { networkingStyle }),
    profession,
    ...(withUrl ? { linkedinUrl: URL } : {}),
    ...(withPracticeUrl ? { practiceUrl: PRACTICE_URL } : {}),
    platforms,
  };
}

const started = process.hrtime.bigint();
let rotation = 0;
const OVERRIDES: readonly (Verdict | undefined)[] = [undefined, ...VERDICTS];
/** Profession × relationship rows: none with every relationship; each other profession with those it changes. */
const ROWS: readonly (readonly [Profession, Relationship])[] = [
  ...RELATIONSHIPS.map((r) => ["none", r] as const),
  ["therapist", "client"],
  ["therapist", "former_client"],
  ["healthcare", "client"],
  ["healthcare", "former_client"],
  ["teacher", "student"],
  ["teacher", "guardian"],
  ["recruiter", "stranger"],
  ["recruiter", "recruiter"],
];

// `--every N`: a short run that checks every Nth combination only (e.g. `npm run sweep -- --every 100`).
const everyArg = process.argv.indexOf("--every");
const STRIDE = everyArg === -1 ? 1 : Math.max(1, Number(process.argv[everyArg + 1]) || 1);
let visited = 0;

for (const platform of PLATFORMS) {
  for (const persona of PERSONAS) {
    const linkedinPersonas: Persona[] = platform === "linkedin" ? [persona] : ["absent", "professional"];
    for (const linkedinPersona of linkedinPersonas) {
      for (const visibility of VISIBILITIES) {
        for (const [profession, relationship] of ROWS) {
          const dutyRow = dutyApplies(profession, relationship);
          const styles: readonly ((typeof NETWORKING_STYLES)[number] | undefined)[] = profession === "recruiter" ? [undefined] : NETWORKING_STYLES;
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
          // A duty of care decides before any rule reads the creative field
          // or job seeking: rotated there, crossed everywhere else.
          const flagPairs: readonly (readonly [boolean, boolean])[] = dutyRow
            ? [[(rotation & 1) === 0, (rotation & 2) === 0]]
            : [
                [false, false],
                [false, true],
                [true, false],
                [true, true],
              ];
          for (const override of OVERRIDES)
            for (const style of styles)
              for (const [creativeField, jobSeeking] of flagPairs) {
                rotation++;
                // The LinkedIn URL only changes wording and the link action, never the verdict: rotated.
                const withUrl = ((rotation >> 1) & 1) === 0;
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
                  profession,
                  dutyRow && ((rotation >> 2) & 1) === 0,
                );
                for (let i = 0; i < requests.length; i++) {
                  if (STRIDE > 1 && visited++ % STRIDE !== 0) continue;
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

console.log(STRIDE > 1 ? `Kindly engine sweep (every ${STRIDE}th combination)` : "Kindly engine sweep");
console.log(`  combinations: ${combinations.toLocaleString("en-US")}`);
console.log(
  `  verdicts:     accept ${verdictCounts.accept.toLocaleString("en-US")}, decline ${verdictCounts.decline.toLocaleString("en-US")}, redirect ${verdictCounts.redirect.toLocaleString("en-US")}`,
);
console.log(`  rules hit:    ${RULES.length - unreached.length} of ${RULES.length}${unreached.length > 0 ? ` (never decisive: ${unreached.join(", ")})` : ""}`);
console.log(`  distinct texts checked: ${cleanTexts.size.toLocaleString("en-US")}`);
console.log(`  violations:   ${violations}`);
console.log(`  elapsed:      ${seconds.toFixed(1)} s (${Math.round(combinations / seconds).toLocaleString("en-US")} combinations/s)`);
process.exit(violations === 0 ? 0 : 1);
