import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decide, decideVerdict, ZConnectionRequest, ZDecision, ZProfile, type Verdict } from "./index";

// A copy of /work/shared/cases/public-cases.json lives in the repo so a
// clean clone (without ../shared) runs the same cases.
const FIXTURE = path.resolve(__dirname, "../../tests/fixtures/public-cases.json");

interface PublicCase {
  id: string;
  principles: string[];
  profile: unknown;
  request: unknown;
  expect: Verdict[];
}

const { cases } = JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as { cases: PublicCase[] };

describe("public example cases", () => {
  it("the fixture is not empty", () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
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

    if (decision.verdict !== "accept" && !redFlag) {
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
