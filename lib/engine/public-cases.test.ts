import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decide, decideVerdict, ZConnectionRequest, ZDecision, ZProfile, type Verdict } from "./index";

// A copy of /work/shared/cases/public-cases.json lives in the repo so a
// clean clone (without ../shared) runs the same cases.
const FIXTURE = path.resolve(__dirname, "../../tests/fixtures/public-cases.json");

interface PublicCase {
  id: string;
  /** "v2" (contract v2, this engine) or "v2-replies" (Swedish, a later issue); absent for v1. */
  contract?: string;
  principles: string[];
  profile: unknown;
  request: unknown;
  expect: Verdict[];
}

const all = (JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as { cases: PublicCase[] }).cases;
// Swedish (`sv`) lands with the replies issue; its cases hold from then on.
const cases = all.filter((c) => c.contract !== "v2-replies");
const byId = (id: string) => cases.find((x) => x.id === id)!;
const decided = (id: string) => {
  const c = byId(id);
  return decide(ZProfile.parse(c.profile), ZConnectionRequest.parse(c.request));
};

describe("public example cases", () => {
  it("the fixture is not empty", () => {
    expect(cases.length).toBeGreaterThanOrEqual(23);
    expect(all.filter((c) => c.contract === "v2-replies").map((c) => c.id)).toEqual(["v2-swedish-coworker-facebook"]);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const profile = ZProfile.parse(c.profile);
    const request = ZConnectionRequest.parse(c.request);
    const decision = decide(profile, request);

    expect(c.expect).toContain(decision.verdict);
    expect(() => ZDecision.parse(decision)).not.toThrow();
    // The fast path reads the same table.
    const fast = decideVerdict(profile, request);
    expect(fast.verdict).toBe(decision.verdict);
    expect(fast.source).toBe(decision.source);
    // Unparsed input (defaults filled by decide itself) gives the same decision.
    expect(decide(c.profile as never, c.request as never)).toEqual(decision);

    // The verdict comes from the person's override exactly when one is set
    // for this platform × relationship (and no red flag overrules it).
    const override = profile.platforms[request.platform].overrides[request.relationship];
    const redFlag = request.redFlags.includes("fake_profile") || request.redFlags.includes("harassment");
    expect(decision.source).toBe(override !== undefined && !redFlag ? "override" : "rules");

    // Contract v2: a reply wherever one can reach them; none to a public
    // account's follower, or for a LinkedIn invitation without a message
    // that is declined (Ignore is silent), unless a duty of care declines it.
    const answerable =
      decision.requestKind !== "follow" && (request.platform !== "linkedin" || request.note || decision.reasons.some((r) => r.principle === "D4"));
    if (decision.verdict !== "accept" && !redFlag && answerable) {
      expect(decision.templates.length).toBeGreaterThanOrEqual(2);
      for (const t of decision.templates) {
        expect(t.language).toBe(profile.language);
        if (request.requesterName !== undefined) expect(t.text).toContain(request.requesterName);
      }
    }
    if (decision.verdict === "redirect" && profile.linkedinUrl !== undefined) {
      expect(decision.templates.some((t) => t.text.includes(profile.linkedinUrl!))).toBe(true);
    }
    // Reasons are in the profile's language and the case's own principle is
    // among those cited, or the case is decided by a red flag (fake profile).
    const cited = decision.reasons.map((r) => r.principle);
    expect(c.principles.some((p) => cited.includes(p as never))).toBe(true);
  });

  it("v2-therapist-client-instagram: declined with the practice page, a rule for everyone", () => {
    const d = decided("v2-therapist-client-instagram");
    expect(d).toMatchObject({ verdict: "decline", source: "rules" });
    expect(d.actions).toContain("point_to_practice_page");
    expect(d.reasons.map((r) => r.principle)).toEqual(["D1", "D4"]);
    for (const t of d.templates) {
      expect(t.text).toContain("https://www.example.fi/terapia-kaisa");
      expect(t.text).toContain("Outi");
      expect(t.text).toMatch(/sama koskee kaikkia|Sama periaate koskee kaikkia/);
      expect(t.text).not.toMatch(/linkedin/i);
    }
    // Every platform, LinkedIn included, and whatever the persona.
    const c = byId("v2-therapist-client-instagram");
    for (const platform of ["linkedin", "x", "facebook", "instagram"] as const) {
      expect(decide(ZProfile.parse(c.profile), ZConnectionRequest.parse({ ...(c.request as object), platform })).verdict).toBe("decline");
    }
  });

  it("v2-teacher-guardian-linkedin: declined even on LinkedIn, pointing to the school's channels", () => {
    const d = decided("v2-teacher-guardian-linkedin");
    expect(d).toMatchObject({ verdict: "decline", requestKind: "invitation" });
    expect(d.actions).toContain("use_school_channel");
    expect(d.reasons.map((r) => r.principle)).toContain("D3");
    expect(d.templates.length).toBe(2);
    for (const t of d.templates) expect(t.text).toContain("Per");
  });

  it("v2-public-instagram-friend-follows: a follow, no reply, make the account private", () => {
    const d = decided("v2-public-instagram-friend-follows");
    expect(d).toMatchObject({ verdict: "accept", requestKind: "follow", templates: [] });
    expect(d.actions).toContain("make_account_private");
    for (const r of d.reasons) expect(r.text).not.toMatch(/request|private account/i);
  });

  it("v2-public-x-professional-peer: a follow, followed back", () => {
    const d = decided("v2-public-x-professional-peer");
    expect(d).toMatchObject({ verdict: "accept", requestKind: "follow", templates: [] });
    expect(d.actions).toContain("follow_back");
  });

  it("v2-linkedin-before-the-meeting: accepted; the selective networker waits until after it", () => {
    const d = decided("v2-linkedin-before-the-meeting");
    expect(d.verdict).toBe("accept");
    expect(d.actions).toContain("wait_until_after_meeting");
    expect(d.reasons.map((r) => r.principle)).toEqual(expect.arrayContaining(["P8", "P13"]));
  });

  it("v2-boss-facebook-alternative: redirect, or accept and restrict where the workplace expects it", () => {
    const d = decided("v2-boss-facebook-alternative");
    expect(d.verdict).toBe("redirect");
    expect(d.alternatives).toEqual([
      { verdict: "accept", condition: { key: "workplace_expects_it", text: "jos työpaikallasi sitä odotetaan" }, actions: ["restrict_facebook"] },
    ]);
  });

  it("v2-recruiter-open-by-profession: open networking without setting it", () => {
    const c = byId("v2-recruiter-open-by-profession");
    expect((c.profile as { networkingStyle?: string }).networkingStyle).toBeUndefined();
    expect(decideVerdict(ZProfile.parse(c.profile), ZConnectionRequest.parse(c.request)).rule).toBe("linkedin-open-networker");
    expect(decide(c.profile as never, c.request as never).verdict).toBe("accept");
  });

  it("override-wins really is decided by the profile's own override", () => {
    const c = cases.find((x) => x.id === "override-wins");
    expect(c).toBeDefined();
    const profile = ZProfile.parse(c!.profile);
    expect(profile.platforms.facebook.overrides).toEqual({ coworker: "accept" });
    const request = ZConnectionRequest.parse(c!.request);
    const decision = decide(profile, request);
    expect(decision).toMatchObject({ verdict: "accept", source: "override" });
    expect(decideVerdict(profile, request).rule).toBe("override-accept");
    // Without the override the same request is redirected to LinkedIn.
    const withoutOverride = ZProfile.parse({
      ...(c!.profile as object),
      platforms: { ...profile.platforms, facebook: { persona: "civilian", visibility: "private" } },
    });
    expect(decide(withoutOverride, request)).toMatchObject({ verdict: "redirect", source: "rules" });
  });

  it("the fake-profile case is declined by the red-flag rule, with report/block and no template", () => {
    const c = cases.find((x) => x.id === "fake-profile-declined")!;
    const decision = decide(ZProfile.parse(c.profile), ZConnectionRequest.parse(c.request));
    expect(decideVerdict(ZProfile.parse(c.profile), ZConnectionRequest.parse(c.request)).rule).toBe("red-flag-fake-profile");
    expect(decision.actions).toContain("report_or_block");
    expect(decision.templates).toEqual([]);
  });
});
