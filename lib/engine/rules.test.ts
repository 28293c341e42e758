import { describe, expect, it } from "vitest";
import { decide, decideVerdict, PERSONAS, PLATFORMS, RULES, type Action, type Principle, type Verdict } from "./index";
import { reasonPrinciples } from "./reasons";
import { AINO_URL, aProfile, aRequest } from "./test-builders";
import type { ConnectionRequest, Profile } from "./schemas";

const REQUIRED: Principle[] = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12", "P13", "P14", "P15", "P18", "P19", "P20"];

describe("the rule table", () => {
  it("has unique names and ends in a fallback that always matches", () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const last = RULES[RULES.length - 1]!;
    expect(last.name).toBe("fallback");
    expect(last.on).toBeUndefined();
    expect(last.when({} as never)).toBe(true);
    // No earlier rule is an unconditional catch-all that would hide the rest:
    // each is limited by where it applies (`on`) or by its condition.
    for (const r of RULES.slice(0, -1)) {
      const everywhere = PLATFORMS.every((p) => PERSONAS.every((persona) => r.on === undefined || r.on(p, persona)));
      expect(everywhere && /=>\s*true\s*$/.test(r.when.toString()), r.name).toBe(false);
    }
  });

  it("applies every principle P1–P15 and P18–P20 in at least one rule", () => {
    const applied = new Set(RULES.flatMap((r) => r.principles));
    for (const p of REQUIRED) expect(applied, p).toContain(p);
  });

  it("applies the duty-of-care principles D1–D4 (contract v2) and orders them after overrides, before the sales pitch", () => {
    const applied = new Set(RULES.flatMap((r) => r.principles));
    for (const p of ["D1", "D2", "D3", "D4"] as const) expect(applied, p).toContain(p);
    const names = RULES.map((r) => r.name);
    const lastOverride = names.lastIndexOf("override-redirect");
    const firstDuty = names.indexOf("duty-current-client");
    expect(firstDuty).toBe(lastOverride + 1);
    expect(names.slice(firstDuty, firstDuty + 3)).toEqual(["duty-current-client", "duty-former-client", "duty-pupils-and-guardians"]);
    expect(names[firstDuty + 3]).toBe("sales-pitch-stranger");
    expect(names.indexOf("platform-not-used")).toBeLessThan(names.indexOf("linkedin-before-meeting"));
    // The meeting rule comes first among the persona rules.
    expect(names.indexOf("linkedin-before-meeting")).toBeLessThan(names.indexOf("linkedin-job-seeker"));
  });

  it("names exactly the principles its reasons cite", () => {
    for (const r of RULES) {
      const cited = new Set(r.reasons.flatMap((key) => reasonPrinciples(key)));
      expect([...cited].sort(), r.name).toEqual([...r.principles].sort());
      expect(r.reasons.length, r.name).toBeGreaterThanOrEqual(1);
      expect(r.reasons.length, r.name).toBeLessThanOrEqual(3);
    }
  });

  it("puts red flags first and overrides next", () => {
    expect(RULES.slice(0, 2).map((r) => r.name)).toEqual(["red-flag-fake-profile", "red-flag-harassment"]);
    const firstRulesSource = RULES.findIndex((r, i) => i >= 2 && r.source === "rules");
    expect(RULES.slice(2, firstRulesSource).every((r) => r.source === "override")).toBe(true);
    expect(RULES.slice(firstRulesSource).every((r) => r.source === "rules")).toBe(true);
  });
});

interface Row {
  principle: Principle;
  title: string;
  profile: Profile;
  request: ConnectionRequest;
  verdict: Verdict;
  rule?: string;
  actions?: Action[];
}

const CIVILIAN_ALL = { x: "civilian", facebook: "civilian", instagram: "civilian" } as const;

// One or more cases per principle; each must give the verdict AND cite the principle.
const ROWS: Row[] = [
  {
    principle: "P1",
    title: "family on a private Facebook is accepted",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("facebook", "family"),
    verdict: "accept",
    rule: "civilian-close-circle",
  },
  {
    principle: "P1",
    title: "a platform you don't use: decline, say you're not active there",
    profile: aProfile(),
    request: aRequest("x", "friend"),
    verdict: "decline",
    rule: "platform-not-used",
  },
  {
    principle: "P1",
    title: "your own override wins",
    profile: aProfile({ ...CIVILIAN_ALL, overrides: { facebook: { coworker: "accept" } } }),
    request: aRequest("facebook", "coworker"),
    verdict: "accept",
    rule: "override-accept",
    actions: ["restrict_facebook"],
  },
  {
    principle: "P2",
    title: "a coworker on a private X is redirected",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("x", "coworker", { requesterName: "Jussi" }),
    verdict: "redirect",
    rule: "civilian-work-redirect",
    actions: ["reply_with_template", "send_linkedin_link"],
  },
  {
    principle: "P3",
    title: "a client on a professional X is accepted and followed back",
    profile: aProfile({ x: "professional" }),
    request: aRequest("x", "client"),
    verdict: "accept",
    rule: "x-professional-work",
    actions: ["follow_back"],
  },
  {
    principle: "P4",
    title: "a client on a private Facebook without LinkedIn is declined",
    profile: aProfile({ linkedin: "absent", facebook: "civilian", linkedinUrl: null }),
    request: aRequest("facebook", "client"),
    verdict: "decline",
    rule: "civilian-work-decline",
  },
  {
    principle: "P5",
    title: "a client on a creative professional's Instagram is accepted",
    profile: aProfile({ instagram: "professional", creativeField: true }),
    request: aRequest("instagram", "client"),
    verdict: "accept",
    rule: "creative-professional-work",
    actions: ["follow_back"],
  },
  {
    principle: "P5",
    title: "a coworker on a creative person's mixed Facebook is accepted, restricted",
    profile: aProfile({ facebook: "mixed", creativeField: true }),
    request: aRequest("facebook", "coworker"),
    verdict: "accept",
    rule: "mixed-creative-work",
    actions: ["restrict_facebook"],
  },
  {
    principle: "P6",
    title: "a client on a private Facebook is pointed to LinkedIn",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("facebook", "client"),
    verdict: "redirect",
    rule: "civilian-work-redirect",
  },
  {
    principle: "P6",
    title: "a coworker on a mixed Facebook you don't know personally is redirected",
    profile: aProfile({ facebook: "mixed" }),
    request: aRequest("facebook", "coworker"),
    verdict: "redirect",
    rule: "mixed-work-redirect",
  },
  {
    principle: "P7",
    title: "a manager on a private Instagram is redirected (power gap)",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("instagram", "manager"),
    verdict: "redirect",
    rule: "civilian-power-redirect",
  },
  {
    principle: "P7",
    title: "a stranger on a private Instagram is declined",
    profile: aProfile(CIVILIAN_ALL),
    request: aRequest("instagram", "stranger"),
    verdict: "decline",
    rule: "civilian-stranger",
    // v2: one path; a reply can reach them (DM request), so it is the reply.
    actions: ["reply_with_template"],
  },
  {
    principle: "P8",
    title: "a client on LinkedIn is accepted",
    profile: aProfile(),
    request: aRequest("linkedin", "client"),
    verdict: "accept",
    rule: "linkedin-work-ties",
  },
  { principle: "P8", title: "a manager on LinkedIn is accepted", profile: aProfile(), request: aRequest("linkedin", "manager"), verdict: "accept" },
  {
    principle: "P9",
    title: "a friend on a mixed Facebook is accepted",
    profile: aProfile({ facebook: "mixed" }),
    request: aRequest("facebook", "friend"),
    verdict: "accept",
    rule: "mixed-personal-ties",
  },
  {
    principle: "P9",
    title: "family on LinkedIn is accepted",
    profile: aProfile(),
    request: aRequest("linkedin", "family"),
    verdict: "accept",
    rule: "linkedin-personal-ties",
  },
  {
    principle: "P10",
    title: "a selective networker declines a cold stranger on LinkedIn",
    profile: aProfile(),
    request: aRequest("linkedin", "stranger"),
    verdict: "decline",
    rule: "linkedin-selective-cold",
    // v2: no message, so no reply is possible before accepting: Ignore is silent.
    actions: ["ignore_quietly"],
  },
  {
    principle: "P10",
    title: "even an open networker declines a stranger's sales pitch",
    profile: aProfile({ networkingStyle: "open" }),
    request: aRequest("linkedin", "stranger", { redFlags: ["sales_pitch"], note: true }),
    verdict: "decline",
    rule: "sales-pitch-stranger",
  },
  {
    principle: "P10",
    title: "a fake profile is declined even with your own accept override",
    profile: aProfile({ overrides: { linkedin: { client: "accept" } } }),
    request: aRequest("linkedin", "client", { redFlags: ["fake_profile"] }),
    verdict: "decline",
    rule: "red-flag-fake-profile",
    actions: ["report_or_block"],
  },
  {
    principle: "P11",
    title: "a selective networker accepts a stranger who says why",
    profile: aProfile(),
    request: aRequest("linkedin", "stranger", { note: true }),
    verdict: "accept",
    rule: "linkedin-selective-with-note",
  },
  {
    principle: "P12",
    title: "common ground and many mutuals: accept",
    profile: aProfile(),
    request: aRequest("linkedin", "stranger", { commonGround: true, mutualConnections: "many" }),
    verdict: "accept",
    rule: "linkedin-selective-shared-circle",
  },
  {
    principle: "P12",
    title: "a stranger with common ground on a private professional X",
    profile: aProfile({ x: "professional" }),
    request: aRequest("x", "stranger", { commonGround: true }),
    verdict: "accept",
    rule: "professional-selective-with-signal",
  },
  {
    principle: "P13",
    // v2: P13 is about sending; an incoming invitation is accepted, a selective networker once you have met.
    title: "an invitation before a planned meeting: accept, once you have met",
    profile: aProfile(),
    request: aRequest("linkedin", "work_acquaintance", { met: "meeting_planned" }),
    verdict: "accept",
    rule: "linkedin-before-meeting",
    actions: ["wait_until_after_meeting"],
  },
  {
    principle: "P14",
    title: "a stranger you met and got on with: connect",
    profile: aProfile(),
    request: aRequest("linkedin", "stranger", { met: "in_person", rapport: true }),
    verdict: "accept",
    rule: "met-and-got-on",
  },
  {
    principle: "P14",
    title: "a coworker you got on with, on a mixed Facebook",
    profile: aProfile({ facebook: "mixed" }),
    request: aRequest("facebook", "coworker", { met: "in_person", rapport: true }),
    verdict: "accept",
    rule: "mixed-rapport-work",
    actions: ["restrict_facebook"],
  },
  {
    principle: "P15",
    title: "a job seeker accepts a recruiter",
    profile: aProfile({ jobSeeking: true }),
    request: aRequest("linkedin", "recruiter"),
    verdict: "accept",
    rule: "linkedin-job-seeker",
  },
  {
    principle: "P15",
    title: "a job seeker accepts a relevant stranger (mutual connections)",
    profile: aProfile({ jobSeeking: true }),
    request: aRequest("linkedin", "stranger", { mutualConnections: "few" }),
    verdict: "accept",
    rule: "linkedin-job-seeker",
  },
  {
    principle: "P18",
    title: "an open networker accepts a stranger",
    profile: aProfile({ networkingStyle: "open" }),
    request: aRequest("linkedin", "stranger"),
    verdict: "accept",
    rule: "linkedin-open-networker",
    // v2: without a message, ask after accepting.
    actions: ["hide_connections_linkedin", "accept_then_ask"],
  },
  {
    principle: "P18",
    title: "an open networker accepts a stranger on a private professional Instagram",
    profile: aProfile({ instagram: "professional", networkingStyle: "open" }),
    request: aRequest("instagram", "stranger"),
    verdict: "accept",
    rule: "professional-open-networker",
  },
  {
    principle: "P19",
    title: "a former coworker on LinkedIn is accepted",
    profile: aProfile(),
    request: aRequest("linkedin", "former_coworker"),
    verdict: "accept",
    rule: "linkedin-former-coworker",
  },
  {
    principle: "P20",
    title: "a polite approach from someone you've never met (open networker)",
    profile: aProfile({ networkingStyle: "open" }),
    request: aRequest("linkedin", "recruiter", { note: true }),
    verdict: "accept",
    rule: "linkedin-open-networker",
  },
];

describe("cases per principle", () => {
  it("covers every required principle", () => {
    for (const p of REQUIRED)
      expect(
        ROWS.some((r) => r.principle === p),
        p,
      ).toBe(true);
  });

  it.each(ROWS.map((r) => [`${r.principle}: ${r.title}`, r] as const))("%s", (_title, row) => {
    const decision = decide(row.profile, row.request);
    expect(decision.verdict).toBe(row.verdict);
    expect(decision.reasons.map((r) => r.principle)).toContain(row.principle);
    if (row.rule !== undefined) expect(decideVerdict(row.profile, row.request).rule).toBe(row.rule);
    for (const action of row.actions ?? []) expect(decision.actions).toContain(action);
  });
});

describe("hard cases and boundaries", () => {
  it("never redirects when LinkedIn is absent, even with a LinkedIn URL", () => {
    const profile = aProfile({ linkedin: "absent", facebook: "civilian" });
    for (const rel of ["coworker", "manager", "client"] as const) {
      expect(decide(profile, aRequest("facebook", rel)).verdict).toBe("decline");
    }
  });

  it("turns a redirect override into a kind decline without LinkedIn, and says why", () => {
    const profile = aProfile({ linkedin: "absent", linkedinUrl: null, facebook: "civilian", overrides: { facebook: { friend: "redirect" } } });
    const decision = decide(profile, aRequest("facebook", "friend"));
    expect(decision).toMatchObject({ verdict: "decline", source: "override" });
    expect(decideVerdict(profile, aRequest("facebook", "friend")).rule).toBe("override-redirect-without-linkedin");
    expect(decision.reasons.map((r) => r.principle)).toContain("P6");
    expect(decision.templates.length).toBeGreaterThanOrEqual(2);
  });

  it("turns a redirect override on LinkedIn itself into a decline", () => {
    const profile = aProfile({ overrides: { linkedin: { stranger: "redirect" } } });
    const decision = decide(profile, aRequest("linkedin", "stranger"));
    expect(decision).toMatchObject({ verdict: "decline", source: "override" });
  });

  it("where the sources are silent, says what most people do, never talking about the sources", () => {
    const cases = [
      decide(aProfile(CIVILIAN_ALL), aRequest("instagram", "manager")),
      decide(aProfile({ x: "professional", visibility: { x: "public" } }), aRequest("x", "stranger")),
      decide(aProfile(CIVILIAN_ALL), aRequest("instagram", "stranger")),
    ];
    for (const d of cases) {
      expect(d.reasons.some((r) => /^Most (people|professionals)|\. Most (people|professionals)/.test(r.text))).toBe(true);
      for (const r of d.reasons) expect(r.text).not.toMatch(/sources?\b/i);
    }
  });

  it("explains in the reasons what the rules alone would have said when an override differs", () => {
    const profile = aProfile({ ...CIVILIAN_ALL, overrides: { facebook: { coworker: "accept" } } });
    const decision = decide(profile, aRequest("facebook", "coworker"));
    expect(decision.reasons.some((r) => r.text.includes("pointing them to LinkedIn"))).toBe(true);
  });

  it("a selective job seeker still declines a cold stranger", () => {
    expect(decide(aProfile({ jobSeeking: true }), aRequest("linkedin", "stranger")).verdict).toBe("decline");
  });

  it("harassment is declined whatever the relationship, without a reply template", () => {
    const decision = decide(aProfile(CIVILIAN_ALL), aRequest("facebook", "family", { redFlags: ["harassment"], requesterName: "Ola" }));
    expect(decision).toMatchObject({ verdict: "decline", source: "rules", templates: [] });
    expect(decision.actions).toEqual(["report_or_block"]);
    expect(decision.reasons.map((r) => r.principle)).toContain("P17");
  });

  it("a LinkedIn accept after meeting in person comes with a thank-you recalling where", () => {
    const decision = decide(aProfile(), aRequest("linkedin", "work_acquaintance", { met: "in_person", metAt: "the design week", requesterName: "Jussi" }));
    expect(decision.verdict).toBe("accept");
    expect(decision.templates[0]?.text).toContain("the design week");
    expect(decision.templates[0]?.text).toContain("Jussi");
  });

  it("reasons are in the profile's language", () => {
    const fi = decide(aProfile({ language: "fi", ...CIVILIAN_ALL }), aRequest("facebook", "coworker"));
    const nb = decide(aProfile({ language: "nb", ...CIVILIAN_ALL }), aRequest("facebook", "coworker"));
    expect(fi.reasons[0]?.text).toMatch(/Facebook on sinulle/);
    expect(nb.reasons[0]?.text).toMatch(/Facebook er mest/);
    expect(AINO_URL).toMatch(/^https:/);
  });
});
