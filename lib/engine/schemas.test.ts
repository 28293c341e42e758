import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZConnectionRequest, ZDecision, ZLinkedinUrl, ZProfile } from "./index";

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => i.path.join("."));
}

describe("ZProfile", () => {
  it("fills every documented default", () => {
    expect(ZProfile.parse({})).toEqual({
      displayName: "",
      language: "en",
      creativeField: false,
      jobSeeking: false,
      networkingStyle: "selective",
      // Contract v2 adds the profession (default none).
      profession: "none",
      platforms: {
        linkedin: { persona: "absent", visibility: "public", overrides: {} },
        x: { persona: "absent", visibility: "private", overrides: {} },
        facebook: { persona: "absent", visibility: "private", overrides: {} },
        instagram: { persona: "absent", visibility: "private", overrides: {} },
      },
    });
  });

  it("defaults visibility per platform (public on LinkedIn, private elsewhere) and overrides to {}", () => {
    const p = ZProfile.parse({ platforms: { linkedin: { persona: "professional" }, instagram: { persona: "civilian" } } });
    expect(p.platforms.linkedin).toEqual({ persona: "professional", visibility: "public", overrides: {} });
    expect(p.platforms.instagram).toEqual({ persona: "civilian", visibility: "private", overrides: {} });
    expect(p.linkedinUrl).toBeUndefined();
  });

  it("accepts the DOMAIN.md example and trims and collapses text", () => {
    const p = ZProfile.parse({
      displayName: "  Aino   Example ",
      language: "fi",
      linkedinUrl: " https://linkedin.com/in/aino-example ",
      platforms: { facebook: { persona: "civilian", visibility: "private", overrides: { coworker: "accept" } } },
    });
    expect(p.displayName).toBe("Aino Example");
    expect(p.linkedinUrl).toBe("https://linkedin.com/in/aino-example");
    expect(p.platforms.facebook.overrides).toEqual({ coworker: "accept" });
  });

  it.each([
    ["unknown platform", { platforms: { myspace: { persona: "civilian" } } }, "platforms"],
    ["unknown field", { favouriteColour: "green" }, ""],
    ["unknown field inside a platform", { platforms: { x: { persona: "civilian", followers: 3 } } }, "platforms.x"],
    ["wrong type", { creativeField: "yes" }, "creativeField"],
    ["unknown persona", { platforms: { x: { persona: "lurker" } } }, "platforms.x.persona"],
    ["override keyed by a non-relationship", { platforms: { x: { persona: "civilian", overrides: { boss: "accept" } } } }, "platforms.x.overrides"],
    ["override value not a verdict", { platforms: { x: { persona: "civilian", overrides: { manager: "maybe" } } } }, "platforms.x.overrides.manager"],
    ["display name over 80 characters", { displayName: "a".repeat(81) }, "displayName"],
    ["a 10 MB display name", { displayName: "a".repeat(10 * 1024 * 1024) }, "displayName"],
    ["a display name with a newline", { displayName: "Aino\nExample" }, "displayName"],
    ["http LinkedIn URL", { linkedinUrl: "http://www.linkedin.com/in/aino" }, "linkedinUrl"],
    ["URL on another host", { linkedinUrl: "https://www.linkedin.com.evil.example/in/aino" }, "linkedinUrl"],
    ["LinkedIn URL that is not a profile", { linkedinUrl: "https://www.linkedin.com/company/acme" }, "linkedinUrl"],
    ["LinkedIn URL over 200 characters", { linkedinUrl: `https://www.linkedin.com/in/${"a".repeat(200)}` }, "linkedinUrl"],
    ["unknown language", { language: "de" }, "language"],
  ])("rejects %s with an issue path", (_name, input, path) => {
    const paths = issuePaths(ZProfile.safeParse(input));
    expect(paths).toContain(path);
  });

  it("reports a 10 MB string once, with a clear message", () => {
    const result = ZProfile.safeParse({ displayName: "x".repeat(10 * 1024 * 1024) });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/at most 80/);
  });
});

describe("ZConnectionRequest", () => {
  it("fills every documented default", () => {
    expect(ZConnectionRequest.parse({ platform: "facebook", relationship: "client" })).toEqual({
      platform: "facebook",
      relationship: "client",
      met: "never",
      rapport: false,
      note: false,
      mutualConnections: "none",
      commonGround: false,
      redFlags: [],
    });
  });

  it("keeps requesterName and metAt, trimmed", () => {
    const r = ZConnectionRequest.parse({ platform: "x", relationship: "friend", requesterName: " Jussi ", metAt: " the  design week " });
    expect(r.requesterName).toBe("Jussi");
    expect(r.metAt).toBe("the design week");
  });

  it.each([
    ["missing platform", { relationship: "client" }, "platform"],
    ["missing relationship", { platform: "x" }, "relationship"],
    ["unknown platform", { platform: "myspace", relationship: "client" }, "platform"],
    ["unknown relationship", { platform: "x", relationship: "nemesis" }, "relationship"],
    ["wrong type", { platform: "x", relationship: "client", rapport: 1 }, "rapport"],
    ["unknown field", { platform: "x", relationship: "client", urgent: true }, ""],
    ["duplicate red flags", { platform: "x", relationship: "client", redFlags: ["sales_pitch", "sales_pitch"] }, "redFlags"],
    ["unknown red flag", { platform: "x", relationship: "client", redFlags: ["rude"] }, "redFlags.0"],
    ["too many red flags", { platform: "x", relationship: "client", redFlags: ["sales_pitch", "harassment", "fake_profile", "sales_pitch"] }, "redFlags"],
    ["requesterName over 80 characters", { platform: "x", relationship: "client", requesterName: "j".repeat(81) }, "requesterName"],
    ["metAt over 120 characters", { platform: "x", relationship: "client", metAt: "m".repeat(121) }, "metAt"],
    ["a 10 MB metAt", { platform: "x", relationship: "client", metAt: "m".repeat(10 * 1024 * 1024) }, "metAt"],
  ])("rejects %s with an issue path", (_name, input, path) => {
    expect(issuePaths(ZConnectionRequest.safeParse(input))).toContain(path);
  });
});

describe("ZDecision", () => {
  const valid = {
    verdict: "redirect",
    source: "rules",
    // Contract v2: what the request is called, and the other reasonable answers.
    requestKind: "friend_request",
    reasons: [{ principle: "P6", text: "Point them to LinkedIn." }],
    actions: ["reply_with_template"],
    templates: [{ language: "en", tone: "warm", text: "Hi Jussi," }],
    alternatives: [{ verdict: "accept", condition: { key: "workplace_expects_it", text: "if your workplace expects it" }, actions: ["restrict_facebook"] }],
  };

  it("accepts the documented shape", () => {
    expect(ZDecision.parse(valid)).toEqual(valid);
  });

  it.each([
    ["unknown verdict", { ...valid, verdict: "maybe" }, "verdict"],
    ["unknown source", { ...valid, source: "magic" }, "source"],
    ["unknown principle", { ...valid, reasons: [{ principle: "P99", text: "x" }] }, "reasons.0.principle"],
    ["no reasons", { ...valid, reasons: [] }, "reasons"],
    ["unknown action", { ...valid, actions: ["send_flowers"] }, "actions.0"],
    ["extra field", { ...valid, confidence: 0.9 }, ""],
  ])("rejects %s", (_name, input, path) => {
    expect(issuePaths(ZDecision.safeParse(input))).toContain(path);
  });
});

describe("ZLinkedinUrl rejects addresses the URL parser would quietly clean up", () => {
  it.each([
    "https://www.linkedin.com/in/\u0000",
    "https://www.linkedin.com/in/aino\nX-Header: 1",
    "https://www.linkedin.com/in/ai\tno",
    "https://www.linkedin.com/in/aino/extra/path",
  ])("refuses %j", (url) => {
    expect(ZLinkedinUrl.safeParse(url).success).toBe(false);
  });

  it.each(["https://www.linkedin.com/in/aino-example", "https://linkedin.com/in/aino/", "https://fi.linkedin.com/in/aino?trk=x"])("accepts %s", (url) => {
    expect(ZLinkedinUrl.safeParse(url).success).toBe(true);
  });
});

describe("contract v2 additions", () => {
  it("a v1 profile stays valid and gets profession none and a selective style", () => {
    const p = ZProfile.parse({ language: "fi", platforms: { facebook: { persona: "civilian" } } });
    expect(p.profession).toBe("none");
    expect(p.networkingStyle).toBe("selective");
    expect(p.practiceUrl).toBeUndefined();
  });

  it("a recruiter networks openly unless the profile says otherwise", () => {
    expect(ZProfile.parse({ profession: "recruiter" }).networkingStyle).toBe("open");
    expect(ZProfile.parse({ profession: "recruiter", networkingStyle: "selective" }).networkingStyle).toBe("selective");
    expect(ZProfile.parse({ profession: "teacher" }).networkingStyle).toBe("selective");
  });

  it.each(["therapist", "healthcare", "teacher", "recruiter", "none"])("accepts the profession %s", (profession) => {
    expect(ZProfile.safeParse({ profession }).success).toBe(true);
  });

  it.each([
    ["an unknown profession", { profession: "astronaut" }, "profession"],
    ["a practice page over http", { practiceUrl: "http://example.fi/terapia" }, "practiceUrl"],
    ["a practice page that is no address", { practiceUrl: "my clinic" }, "practiceUrl"],
    ["a javascript: practice page", { practiceUrl: "javascript:alert(1)" }, "practiceUrl"],
    ["a practice page with a newline", { practiceUrl: "https://example.fi/\nX: 1" }, "practiceUrl"],
    ["a practice page with a user name", { practiceUrl: "https://clinic.example.fi@evil.example/" }, "practiceUrl"],
    ["a practice page missing a slash", { practiceUrl: "https:/clinic.example.fi/" }, "practiceUrl"],
    ["a 10 MB practice page", { practiceUrl: "https://example.fi/" + "a".repeat(10 * 1024 * 1024) }, "practiceUrl"],
  ])("rejects %s", (_name, input, path) => {
    expect(issuePaths(ZProfile.safeParse(input))).toContain(path);
  });

  it("accepts and trims an https practice page", () => {
    expect(ZProfile.parse({ practiceUrl: " https://www.example.fi/terapia-kaisa " }).practiceUrl).toBe("https://www.example.fi/terapia-kaisa");
  });

  it.each(["former_client", "student", "guardian"])("accepts the relationship %s in requests and overrides", (relationship) => {
    expect(ZConnectionRequest.safeParse({ platform: "linkedin", relationship }).success).toBe(true);
    expect(ZProfile.safeParse({ platforms: { facebook: { persona: "civilian", overrides: { [relationship]: "decline" } } } }).success).toBe(true);
  });

  it("rejects an alternative with an unknown condition", () => {
    const decision = {
      verdict: "redirect",
      source: "rules",
      requestKind: "friend_request",
      reasons: [{ principle: "D1", text: "x" }],
      actions: [],
      templates: [],
      alternatives: [{ verdict: "accept", condition: { key: "because", text: "x" }, actions: [] }],
    };
    expect(issuePaths(ZDecision.safeParse(decision))).toContain("alternatives.0.condition.key");
  });

  it("publishes the new fields in the JSON Schema", () => {
    const input = JSON.stringify(z.toJSONSchema(ZProfile, { io: "input", unrepresentable: "any" }));
    for (const word of ["profession", "practiceUrl", "therapist", "former_client", "guardian"]) expect(input).toContain(word);
    const output = JSON.stringify(z.toJSONSchema(ZDecision, { io: "output", unrepresentable: "any" }));
    for (const word of ["requestKind", "alternatives", "workplace_expects_it", "remove_follower_quietly", "make_account_private", "D4", "team"])
      expect(output).toContain(word);
  });
});
