import { describe, expect, it } from "vitest";
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
    ["unknown language", { language: "sv" }, "language"],
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
    reasons: [{ principle: "P6", text: "Point them to LinkedIn." }],
    actions: ["reply_with_template"],
    templates: [{ language: "en", tone: "warm", text: "Hi Jussi," }],
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
