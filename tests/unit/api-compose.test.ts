import { describe, expect, it } from "vitest";

import { GET as schemaGET } from "@/app/api/compose/schema/route";
import { POST } from "@/app/api/compose/route";
import { ZInvitation } from "@/lib/engine";

const profile = { language: "en", platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" } } };

function post(body: string | object, headers: Record<string, string> = { "content-type": "application/json" }) {
  return POST(new Request("http://localhost/api/compose", { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }));
}

describe("POST /api/compose", () => {
  it("returns a schema-valid invitation: a client on Facebook is invited on LinkedIn, after the meeting", async () => {
    const response = await post({ profile, target: { platform: "facebook", relationship: "client", name: "Jussi", met: "meeting_planned", metAt: "Slush" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const invitation = ZInvitation.parse(await response.json());
    expect(invitation).toMatchObject({ refused: false, timing: "after_meeting", platform: "linkedin", kind: "note", limit: 200 });
    expect(invitation.notes.every((n) => n.text.includes("Jussi") && n.text.length <= 200)).toBe(true);
  });

  it("takes the LinkedIn account type from the profile: Premium notes may be 300 long", async () => {
    const response = await post({
      profile: { ...profile, linkedinAccount: "premium", language: "nb" },
      target: { platform: "linkedin", relationship: "stranger" },
    });
    const invitation = ZInvitation.parse(await response.json());
    expect(invitation.limit).toBe(300);
    expect(invitation.notes.every((n) => n.language === "nb")).toBe(true);
  });

  it("refuses a duty-of-care target with the reason only", async () => {
    const response = await post({ profile: { ...profile, profession: "teacher" }, target: { platform: "linkedin", relationship: "guardian", name: "Outi" } });
    const invitation = ZInvitation.parse(await response.json());
    expect(invitation).toMatchObject({ refused: true, notes: [] });
    expect(invitation.reasons.map((r) => r.principle)).toEqual(["D3"]);
  });

  it("rejects invalid input with field-level errors", async () => {
    const response = await post({
      profile: { ...profile, linkedinAccount: "gold" },
      target: { platform: "myspace", relationship: "client", why: "x".repeat(201), extra: 1 },
    });
    expect(response.status).toBe(400);
    const paths = (await response.json()).fieldErrors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["profile.linkedinAccount", "target.platform", "target.why", "target"]));
  });

  it("rejects a missing target, a wrong content type and bodies over 64 kB", async () => {
    const missing = await post({ profile });
    expect(missing.status).toBe(400);
    expect((await missing.json()).fieldErrors).toContainEqual({ path: "target", message: expect.any(String) });
    expect((await post({ profile, target: { platform: "x", relationship: "friend" } }, { "content-type": "text/plain" })).status).toBe(415);
    const huge = await post({ profile, target: { platform: "x", relationship: "friend", why: "a".repeat(70_000) } });
    expect(huge.status).toBe(413);
  });

  it("answers 429 with Retry-After past the per-minute limit", async () => {
    const send = () =>
      POST(
        new Request("http://localhost/api/compose", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.23" },
          body: JSON.stringify({ profile, target: { platform: "x", relationship: "friend" } }),
        }),
      );
    const responses = await Promise.all(Array.from({ length: 601 }, send));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(600);
    expect(responses.find((r) => r.status === 429)?.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

describe("GET /api/compose/schema", () => {
  it("publishes JSON Schemas for input and output generated from zod", async () => {
    const body = await schemaGET().json();
    expect(body.input.required).toEqual(expect.arrayContaining(["profile", "target"]));
    expect(body.input.properties.target.properties.why.type).toBe("string");
    expect(body.input.properties.profile.properties.linkedinAccount.enum).toEqual(["free", "premium"]);
    expect(body.output.properties.timing.anyOf ?? body.output.properties.timing.enum).toBeDefined();
    expect(JSON.stringify(body.output)).toContain("first_message");
  });
});
