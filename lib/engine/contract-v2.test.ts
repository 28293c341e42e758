/**
 * Contract v2 (DOMAIN.md "Contract v2"), one table per topic: duty of care
 * (D1–D4), public accounts, meetings, alternatives and mixed accounts. Each
 * row gives the verdict, the deciding rule and what the decision must (and
 * must not) carry.
 */
import { describe, expect, it } from "vitest";
import {
  BASE_RELATIONSHIPS,
  decide,
  LANGUAGES,
  decideVerdict,
  policyMatrix,
  relationshipsFor,
  type Action,
  type Condition,
  type Principle,
  type Verdict,
} from "./index";
import type { ConnectionRequest, Decision, Profile } from "./schemas";
import { aProfile, aRequest } from "./test-builders";

interface Row {
  title: string;
  profile: Profile;
  request: ConnectionRequest;
  verdict: Verdict;
  rule?: string;
  source?: "rules" | "override";
  cites?: Principle[];
  actions?: Action[];
  notActions?: Action[];
  requestKind?: Decision["requestKind"];
  templates?: number;
  alternative?: [Verdict, Condition, Action[]] | null;
}

function check(row: Row) {
  const d = decide(row.profile, row.request);
  expect(d.verdict).toBe(row.verdict);
  if (row.rule !== undefined) expect(decideVerdict(row.profile, row.request).rule).toBe(row.rule);
  if (row.source !== undefined) expect(d.source).toBe(row.source);
  for (const p of row.cites ?? []) expect(d.reasons.map((r) => r.principle)).toContain(p);
  for (const a of row.actions ?? []) expect(d.actions).toContain(a);
  for (const a of row.notActions ?? []) expect(d.actions).not.toContain(a);
  if (row.requestKind !== undefined) expect(d.requestKind).toBe(row.requestKind);
  if (row.templates !== undefined) expect(d.templates.length).toBe(row.templates);
  if (row.alternative === null) expect(d.alternatives).toEqual([]);
  else if (row.alternative !== undefined) {
    const [verdict, key, actions] = row.alternative;
    expect(d.alternatives.map((a) => ({ verdict: a.verdict, key: a.condition.key, actions: a.actions }))).toEqual([{ verdict, key, actions }]);
  }
  return d;
}

const THERAPIST = { profession: "therapist", practiceUrl: "https://www.example.fi/terapia" } as const;
const CIVILIAN_ALL = { x: "civilian", facebook: "civilian", instagram: "civilian" } as const;

const DUTY: Row[] = [
  {
    title: "D1: a therapist declines a current client on LinkedIn, pointing to the practice page",
    profile: aProfile(THERAPIST),
    request: aRequest("linkedin", "client", { met: "in_person", rapport: true, requesterName: "Outi" }),
    verdict: "decline",
    rule: "duty-current-client",
    cites: ["D1", "D4"],
    actions: ["reply_with_template", "point_to_practice_page"],
    notActions: ["send_linkedin_link", "ignore_quietly"],
    templates: 2,
    alternative: null,
  },
  {
    title: "D1: a doctor declines a patient on a private Facebook (no LinkedIn redirect)",
    profile: aProfile({ profession: "healthcare", facebook: "civilian" }),
    request: aRequest("facebook", "client"),
    verdict: "decline",
    rule: "duty-current-client",
    cites: ["D1"],
    notActions: ["send_linkedin_link", "point_to_practice_page"],
    templates: 2,
  },
  {
    title: "D1: before the persona rules — a client on a creative professional Instagram",
    profile: aProfile({ ...THERAPIST, creativeField: true, instagram: "professional" }),
    request: aRequest("instagram", "client"),
    verdict: "decline",
    rule: "duty-current-client",
  },
  {
    title: "D1: before an unused platform",
    profile: aProfile(THERAPIST),
    request: aRequest("x", "client"),
    verdict: "decline",
    rule: "duty-current-client",
  },
  {
    title: "D1 on a public account: don't follow back, no reply",
    profile: aProfile({ ...THERAPIST, instagram: "civilian", visibility: { instagram: "public" } }),
    request: aRequest("instagram", "client"),
    verdict: "decline",
    requestKind: "follow",
    templates: 0,
    actions: ["remove_follower_quietly", "make_account_private"],
    // Nobody is waiting for an answer, so there is nobody to point anywhere.
    notActions: ["point_to_practice_page", "reply_with_template"],
  },
  {
    title: "D2: a former client gets the same care",
    profile: aProfile({ ...THERAPIST, facebook: "mixed" }),
    request: aRequest("facebook", "former_client", { met: "in_person", rapport: true }),
    verdict: "decline",
    rule: "duty-former-client",
    cites: ["D2", "D4"],
    actions: ["point_to_practice_page"],
  },
  {
    title: "D3: a teacher declines a pupil on a private Instagram, pointing to the school's channels",
    profile: aProfile({ profession: "teacher", instagram: "civilian" }),
    request: aRequest("instagram", "student"),
    verdict: "decline",
    rule: "duty-pupils-and-guardians",
    cites: ["D3", "D4"],
    actions: ["use_school_channel"],
  },
  {
    title: "D3: a guardian on LinkedIn without a message still hears the rule",
    profile: aProfile({ profession: "teacher" }),
    request: aRequest("linkedin", "guardian"),
    verdict: "decline",
    actions: ["reply_with_template", "use_school_channel"],
    notActions: ["ignore_quietly"],
    templates: 2,
  },
  {
    title: "D3: a planned meeting does not change it (steps 1–6 win)",
    profile: aProfile({ profession: "teacher" }),
    request: aRequest("linkedin", "guardian", { met: "meeting_planned" }),
    verdict: "decline",
    rule: "duty-pupils-and-guardians",
  },
  {
    title: "the person's own override wins, citing D1 and offering the duty-of-care decline",
    profile: aProfile({ ...THERAPIST, facebook: "civilian", overrides: { facebook: { client: "accept" } } }),
    request: aRequest("facebook", "client"),
    verdict: "accept",
    source: "override",
    cites: ["P1", "D1"],
    alternative: ["decline", "duty_of_care", ["point_to_practice_page"]],
  },
  {
    title: "a teacher's own redirect for guardians wins; the school-channel decline is the alternative",
    profile: aProfile({ profession: "teacher", facebook: "civilian", overrides: { facebook: { guardian: "redirect" } } }),
    request: aRequest("facebook", "guardian"),
    verdict: "redirect",
    source: "override",
    cites: ["D3"],
    alternative: ["decline", "duty_of_care", ["use_school_channel"]],
  },
  {
    title: "an override that declines a client agrees with the duty: no alternative, the rule-for-everyone reply",
    profile: aProfile({ ...THERAPIST, facebook: "civilian", overrides: { facebook: { client: "decline" } } }),
    request: aRequest("facebook", "client", { requesterName: "Outi" }),
    verdict: "decline",
    source: "override",
    alternative: null,
    templates: 2,
  },
  {
    title: "without the profession, a pupil is a work relationship (redirected from a private Facebook)",
    profile: aProfile({ facebook: "civilian" }),
    request: aRequest("facebook", "student"),
    verdict: "redirect",
    rule: "civilian-work-redirect",
  },
  {
    title: "a teacher's client is a work relationship on LinkedIn",
    profile: aProfile({ profession: "teacher" }),
    request: aRequest("linkedin", "client"),
    verdict: "accept",
    rule: "linkedin-work-ties",
  },
  {
    title: "a recruiter networks openly on LinkedIn without setting it",
    profile: aProfile({ profession: "recruiter" }),
    request: aRequest("linkedin", "stranger"),
    verdict: "accept",
    rule: "linkedin-open-networker",
    cites: ["P18"],
  },
  {
    title: "a recruiter who chose selective stays selective",
    profile: aProfile({ profession: "recruiter", networkingStyle: "selective" }),
    request: aRequest("linkedin", "stranger"),
    verdict: "decline",
    rule: "linkedin-selective-cold",
  },
];

const PUBLIC: Row[] = [
  {
    title: "a stranger follows a public private-life Instagram: don't follow back, remove quietly, go private",
    profile: aProfile({ instagram: "civilian", visibility: { instagram: "public" } }),
    request: aRequest("instagram", "stranger"),
    verdict: "decline",
    rule: "public-civilian-others",
    requestKind: "follow",
    templates: 0,
    cites: ["P1", "P17"],
    actions: ["remove_follower_quietly", "make_account_private"],
    notActions: ["ignore_quietly", "reply_with_template"],
  },
  {
    title: "a coworker follows a public private-life Instagram: no redirect for a request that does not exist",
    profile: aProfile({ instagram: "civilian", visibility: { instagram: "public" } }),
    request: aRequest("instagram", "coworker", { requesterName: "Jussi" }),
    verdict: "decline",
    rule: "public-civilian-others",
    templates: 0,
    actions: ["make_account_private"],
  },
  {
    title: "the boss follows a public private-life X: don't follow back",
    profile: aProfile({ x: "civilian", visibility: { x: "public" } }),
    request: aRequest("x", "manager"),
    verdict: "decline",
    requestKind: "follow",
    templates: 0,
  },
  {
    title: "a friend follows a public private-life Instagram: keep them, and consider going private",
    profile: aProfile({ instagram: "civilian", visibility: { instagram: "public" } }),
    request: aRequest("instagram", "friend"),
    verdict: "accept",
    rule: "public-civilian-personal",
    actions: ["make_account_private"],
    notActions: ["remove_follower_quietly"],
  },
  {
    title: "the person's own redirect on a public account: a reply worded as a follow",
    profile: aProfile({ instagram: "civilian", visibility: { instagram: "public" }, overrides: { instagram: { coworker: "redirect" } } }),
    request: aRequest("instagram", "coworker", { requesterName: "Jussi" }),
    verdict: "redirect",
    source: "override",
    templates: 2,
    actions: ["reply_with_template", "send_linkedin_link"],
  },
  {
    title: "a work contact follows a public mixed Instagram: not followed back, not removed",
    profile: aProfile({ instagram: "mixed", visibility: { instagram: "public" } }),
    request: aRequest("instagram", "coworker", { met: "in_person" }),
    verdict: "decline",
    rule: "mixed-public-work",
    cites: ["P8"],
    templates: 0,
    notActions: ["remove_follower_quietly", "make_account_private"],
  },
  {
    title: "a stranger follows a public mixed Instagram: removed quietly",
    profile: aProfile({ instagram: "mixed", visibility: { instagram: "public" } }),
    request: aRequest("instagram", "stranger"),
    verdict: "decline",
    actions: ["remove_follower_quietly"],
  },
  {
    title: "a stranger follows a public professional X: keep them",
    profile: aProfile({ x: "professional", visibility: { x: "public" } }),
    request: aRequest("x", "stranger"),
    verdict: "accept",
    rule: "professional-public-stranger",
    requestKind: "follow",
  },
  {
    title: "a coworker follows an unused public Instagram: not redirected",
    profile: aProfile({ instagram: "absent", visibility: { instagram: "public" } }),
    request: aRequest("instagram", "coworker"),
    verdict: "decline",
    rule: "platform-not-used",
    templates: 0,
  },
  {
    title: "a private Instagram gets follow requests, redirected as before",
    profile: aProfile({ instagram: "civilian" }),
    request: aRequest("instagram", "coworker"),
    verdict: "redirect",
    requestKind: "follow_request",
  },
  {
    title: "Facebook always has friend requests, whatever the visibility",
    profile: aProfile({ facebook: "civilian", visibility: { facebook: "public" } }),
    request: aRequest("facebook", "coworker"),
    verdict: "redirect",
    requestKind: "friend_request",
  },
];

const MEETINGS: Row[] = [
  {
    title: "a selective networker accepts a LinkedIn invitation before the meeting, once they have met",
    profile: aProfile(),
    request: aRequest("linkedin", "stranger", { met: "meeting_planned" }),
    verdict: "accept",
    rule: "linkedin-before-meeting",
    cites: ["P13"],
    actions: ["wait_until_after_meeting"],
  },
  {
    title: "an open networker accepts now, looking forward to the meeting",
    profile: aProfile({ networkingStyle: "open" }),
    request: aRequest("linkedin", "work_acquaintance", { met: "meeting_planned", metAt: "Slush", requesterName: "Sami" }),
    verdict: "accept",
    notActions: ["wait_until_after_meeting"],
    templates: 2,
  },
  {
    title: "a follow request to a private professional Instagram before the meeting",
    profile: aProfile({ instagram: "professional" }),
    request: aRequest("instagram", "stranger", { met: "meeting_planned" }),
    verdict: "accept",
    rule: "professional-before-meeting",
  },
  {
    title: "a civilian account keeps its own rules: a coworker you are about to meet is redirected",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("facebook", "coworker", { met: "meeting_planned" }),
    verdict: "redirect",
    rule: "civilian-work-redirect",
  },
  {
    title: "a sales pitch is still declined before a meeting (step 4 wins)",
    profile: aProfile(),
    request: aRequest("linkedin", "stranger", { met: "meeting_planned", redFlags: ["sales_pitch"] }),
    verdict: "decline",
    rule: "sales-pitch-stranger",
  },
];

const ALTERNATIVES: Row[] = [
  {
    title: "the boss on a private Facebook: redirect, or accept and restrict if the workplace expects it",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("facebook", "manager"),
    verdict: "redirect",
    alternative: ["accept", "workplace_expects_it", ["restrict_facebook"]],
  },
  {
    title: "the boss on a private Facebook without LinkedIn: decline, or accept and restrict",
    profile: aProfile({ ...CIVILIAN_ALL, linkedin: "absent" }),
    request: aRequest("facebook", "manager"),
    verdict: "decline",
    alternative: ["accept", "workplace_expects_it", ["restrict_facebook"]],
  },
  {
    title: "a coworker on a private Instagram: redirect, or accept off Close Friends if you know them well",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("instagram", "coworker"),
    verdict: "redirect",
    alternative: ["accept", "you_know_them_well", ["close_friends_instagram"]],
  },
  {
    title: "X has no limit tool, so no accept-and-limit alternative",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("x", "manager"),
    verdict: "redirect",
    alternative: null,
  },
  {
    title: "a cold LinkedIn stranger: ignore, or accept and then ask if their profile looks relevant",
    profile: aProfile(),
    request: aRequest("linkedin", "stranger"),
    verdict: "decline",
    actions: ["ignore_quietly"],
    notActions: ["reply_with_template", "ask_what_prompted", "check_profile_first"],
    templates: 0,
    alternative: ["accept", "profile_looks_relevant", ["check_profile_first", "accept_then_ask"]],
  },
  {
    title: "a coworker you are about to meet on a mixed Facebook: redirect, or accept once you have met",
    profile: aProfile({ facebook: "mixed" }),
    request: aRequest("facebook", "coworker", { met: "meeting_planned" }),
    verdict: "redirect",
    alternative: ["accept", "after_you_have_met", ["restrict_facebook"]],
  },
  {
    title: "harassment has no alternative",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("facebook", "manager", { redFlags: ["harassment"] }),
    verdict: "decline",
    actions: ["report_or_block"],
    alternative: null,
  },
];

const MIXED: Row[] = [
  {
    title: "a coworker met in person but without rapport is redirected (v1 accepted)",
    profile: aProfile({ facebook: "mixed" }),
    request: aRequest("facebook", "coworker", { met: "in_person" }),
    verdict: "redirect",
    rule: "mixed-work-redirect",
  },
  {
    title: "a coworker you got on with online is accepted",
    profile: aProfile({ facebook: "mixed" }),
    request: aRequest("facebook", "coworker", { met: "online", rapport: true }),
    verdict: "accept",
    rule: "mixed-rapport-work",
    cites: ["P14"],
  },
  {
    title: "rapport without having met is not enough",
    profile: aProfile({ facebook: "mixed" }),
    request: aRequest("facebook", "coworker", { rapport: true }),
    verdict: "redirect",
  },
  {
    title: "without LinkedIn, a work contact is declined (v1 accepted)",
    profile: aProfile({ linkedin: "absent", instagram: "mixed" }),
    request: aRequest("instagram", "client"),
    verdict: "decline",
    rule: "mixed-work-decline",
    templates: 2,
  },
  {
    title: "P5 still opens a creative field's mixed Instagram to clients",
    profile: aProfile({ creativeField: true, instagram: "mixed" }),
    request: aRequest("instagram", "client"),
    verdict: "accept",
    rule: "mixed-creative-work",
    cites: ["P5"],
  },
];

describe.each([
  ["duty of care (D1–D4) and professions", DUTY],
  ["public accounts", PUBLIC],
  ["meetings", MEETINGS],
  ["alternatives", ALTERNATIVES],
  ["mixed accounts", MIXED],
] as const)("contract v2: %s", (_name, rows) => {
  it.each(rows.map((r) => [r.title, r] as const))("%s", (_title, row) => {
    check(row);
  });
});

describe("contract v2 wording", () => {
  it("a duty-of-care decline states a rule for everyone and points to the practice page, in each language", () => {
    const expected = { en: /rule I keep with everyone/, fi: /Sama periaate koskee kaikkia/, nb: /[Dd]et gjelder alle/, sv: /[Dd]et gäller alla/ } as const;
    for (const language of LANGUAGES) {
      const d = decide(aProfile({ ...THERAPIST, language, displayName: "Kaisa" }), aRequest("facebook", "client", { requesterName: "Outi" }));
      const warm = d.templates.find((t) => t.tone === "warm")!.text;
      expect(warm).toMatch(expected[language]);
      expect(warm).toContain("https://www.example.fi/terapia");
      expect(warm).toContain("Outi");
      expect(warm).not.toMatch(/linkedin/i);
    }
  });

  it("a healthcare decline speaks of patients, a teacher's of pupils and families", () => {
    const doctor = decide(aProfile({ profession: "healthcare" }), aRequest("linkedin", "client"));
    expect(doctor.templates[0]!.text).toContain("patients");
    const teacher = decide(aProfile({ profession: "teacher", language: "fi" }), aRequest("linkedin", "guardian"));
    expect(teacher.templates[0]!.text).toContain("huoltajiinsa");
    expect(teacher.templates[0]!.text).toContain("koulun omien kanavien");
  });

  it("a public follow redirected by the person's own choice thanks for the follow, not a request", () => {
    const profile = aProfile({ instagram: "civilian", visibility: { instagram: "public" }, overrides: { instagram: { coworker: "redirect" } } });
    const texts = { en: "Thank you for the follow", fi: "Kiitos seuraamisesta", nb: "Takk for at du følger meg", sv: "Tack för att du följer mig" } as const;
    for (const language of LANGUAGES) {
      const d = decide({ ...profile, language }, aRequest("instagram", "coworker"));
      expect(d.templates[0]!.text).toContain(texts[language]);
      for (const t of d.templates) expect(t.text).not.toMatch(/request|pyyn|forespørs|förfrågan/i);
    }
  });

  it("an open networker's thank-you before a meeting looks forward to it instead of recalling it", () => {
    const d = decide(
      aProfile({ networkingStyle: "open" }),
      aRequest("linkedin", "work_acquaintance", { met: "meeting_planned", metAt: "Slush", requesterName: "Sami" }),
    );
    expect(d.templates[0]!.text).toContain("Looking forward to meeting you at Slush");
    expect(d.templates.map((t) => t.text).join(" ")).not.toMatch(/good (talking|to meet)/i);
  });

  it("alternatives' conditions are in the profile's language", () => {
    const texts = {
      en: "if your workplace expects it",
      fi: "jos työpaikallasi sitä odotetaan",
      nb: "hvis det er forventet på arbeidsplassen din",
      sv: "om det förväntas på din arbetsplats",
    } as const;
    for (const language of LANGUAGES) {
      const d = decide(aProfile({ ...CIVILIAN_ALL, language }), aRequest("facebook", "manager"));
      expect(d.alternatives[0]!.condition.text).toBe(texts[language]);
    }
  });
});

describe("contract v2: the relationships each profession sees", () => {
  it("adds pupils and guardians for teachers, former clients for therapists and healthcare, nothing otherwise", () => {
    expect(relationshipsFor("none")).toEqual(BASE_RELATIONSHIPS);
    expect(relationshipsFor("recruiter")).toEqual(BASE_RELATIONSHIPS);
    expect(relationshipsFor("teacher")).toEqual([...BASE_RELATIONSHIPS, "student", "guardian"]);
    expect(relationshipsFor("therapist")).toEqual([...BASE_RELATIONSHIPS, "former_client"]);
    expect(relationshipsFor("healthcare")).toEqual([...BASE_RELATIONSHIPS, "former_client"]);
  });

  it("the policy grid shows them, with the duty-of-care verdict, and public accounts in follower terms", () => {
    const cells = policyMatrix(aProfile({ profession: "teacher", instagram: "civilian", visibility: { instagram: "public" } }));
    const guardian = cells.find((c) => c.platform === "linkedin" && c.relationship === "guardian")!;
    expect(guardian).toMatchObject({ verdict: "decline", rule: "duty-pupils-and-guardians", requestKind: "invitation" });
    expect(guardian.principles).toEqual(["D3", "D4"]);
    expect(cells.some((c) => c.relationship === "former_client")).toBe(false);
    const follower = cells.find((c) => c.platform === "instagram" && c.relationship === "coworker")!;
    expect(follower).toMatchObject({ verdict: "decline", requestKind: "follow" });
  });

  it("the boss's cell carries its alternative", () => {
    const cells = policyMatrix(aProfile({ facebook: "civilian" }));
    const boss = cells.find((c) => c.platform === "facebook" && c.relationship === "manager")!;
    expect(boss.alternatives.map((a) => [a.verdict, a.condition.key])).toEqual([["accept", "workplace_expects_it"]]);
  });
});
