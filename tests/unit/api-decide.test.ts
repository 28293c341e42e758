import { describe, expect, it } from "vitest";

import { GET as schemaGET } from "@/app/api/decide/schema/route";
import { POST } from "@/app/api/decide/route";
import { ZDecision } from "@/lib/engine";

const profile = {
  displayName: "Aino",
  language: "en",
  linkedinUrl: "https://www.linkedin.com/in/aino-example",
  platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" } },
};

function post(body: string | object, headers: Record<string, string> = { "content-type": "application/json" }) {
  return POST(new Request("http://localhost/api/decide", { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }));
}

describe("POST /api/decide", () => {
  it("returns a schema-valid decision", async () => {
    const response = await post({ profile, request: { platform: "facebook", relationship: "client", requesterName: "Jussi" } });
    expect(response.status).toBe(200);
    const decision = ZDecision.parse(await response.json());
    expect(decision.verdict).toBe("redirect");
    expect(decision.templates.some((t) => t.text.includes("Jussi") && t.text.includes(profile.linkedinUrl))).toBe(true);
  });

  it("honours templateLanguage for the replies", async () => {
    const response = await post({ profile, request: { platform: "facebook", relationship: "client" }, templateLanguage: "fi" });
    const decision = ZDecision.parse(await response.json());
    expect(decision.templates.length).toBeGreaterThan(0);
    expect(decision.templates.every((t) => t.language === "fi")).toBe(true);
  });

  it("rejects invalid input with field-level errors", async () => {
    const response = await post({ profile: { ...profile, language: "de" }, request: { platform: "myspace", relationship: "client", extra: 1 } });
    expect(response.status).toBe(400);
    const body = await response.json();
    const paths = body.fieldErrors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["profile.language", "request.platform", "request"]));
    for (const error of body.fieldErrors) expect(error.message).toEqual(expect.any(String));
  });

  it("answers contract v2: a therapist's client is declined with the practice page, in the JSON the schema publishes", async () => {
    const therapist = { ...profile, profession: "therapist", practiceUrl: "https://www.example.fi/terapia-aino" };
    const response = await post({ profile: therapist, request: { platform: "linkedin", relationship: "client", requesterName: "Outi" } });
    expect(response.status).toBe(200);
    const decision = ZDecision.parse(await response.json());
    expect(decision).toMatchObject({ verdict: "decline", requestKind: "invitation", alternatives: [] });
    expect(decision.actions).toContain("point_to_practice_page");
    expect(decision.templates.every((t) => t.text.includes("https://www.example.fi/terapia-aino"))).toBe(true);
    const schema = JSON.stringify(await schemaGET().json());
    for (const word of ["profession", "practiceUrl", "requestKind", "alternatives", "duty_of_care"]) expect(schema).toContain(word);
  });

  it("answers a v1 profile as before, with the v2 fields filled", async () => {
    const response = await post({ profile, request: { platform: "facebook", relationship: "manager" } });
    const decision = ZDecision.parse(await response.json());
    expect(decision).toMatchObject({ verdict: "redirect", requestKind: "friend_request" });
    expect(decision.alternatives.map((a) => a.condition.key)).toEqual(["workplace_expects_it"]);
  });

  it("rejects a missing request with a clear path", async () => {
    const response = await post({ profile });
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors).toContainEqual({ path: "request", message: expect.any(String) });
  });

  it.each([
    ["not JSON", "{nope", 400, /not valid JSON/],
    ["empty", "", 400, /empty/],
  ])("answers %s with 400", async (_label, body, status, message) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
  });

  it("refuses a wrong content type with 415", async () => {
    const response = await post({ profile, request: { platform: "x", relationship: "friend" } }, { "content-type": "text/plain" });
    expect(response.status).toBe(415);
  });

  it("refuses bodies over 64 kB with 413, even without a Content-Length", async () => {
    const huge = JSON.stringify({ profile: { ...profile, displayName: "a".repeat(70_000) }, request: { platform: "x", relationship: "friend" } });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge));
        controller.close();
      },
    });
    const response = await POST(
      new Request("http://localhost/api/decide", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
  });

  it("rejects a long string inside the limit with a field error", async () => {
    const response = await post({ profile, request: { platform: "x", relationship: "friend", requesterName: "b".repeat(5000) } });
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors[0].path).toBe("request.requesterName");
  });
});

describe("GET /api/decide/schema", () => {
  it("publishes JSON Schemas for input and output generated from zod", async () => {
    const body = await schemaGET().json();
    expect(body.input.properties.profile.properties.platforms).toBeDefined();
    expect(body.input.required).toEqual(expect.arrayContaining(["profile", "request"]));
    expect(body.input.properties.request.properties.relationship.enum).toContain("direct_report");
    expect(body.output.properties.verdict.enum).toEqual(["accept", "decline", "redirect"]);
  });
});

describe("rate limiting of POST /api/decide", () => {
  it("answers 429 with Retry-After once a client passes its limit, and counts clients apart", async () => {
    const { createRateLimiter } = await import("@/lib/http/rate-limit");
    const check = createRateLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect([check("a", t0), check("a", t0 + 1), check("a", t0 + 2)].every((r) => r.ok)).toBe(true);
    const refused = check("a", t0 + 10_000);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(check("b", t0 + 10_000).ok).toBe(true);
    expect(check("a", t0 + 60_000).ok).toBe(true);
  });

  it("keys clients by the right-most address of X-Forwarded-For, so made-up values cannot fill the counters", async () => {
    const { clientAddress } = await import("@/lib/http/client-address");
    const key = (value: string | null) => clientAddress(new Headers(value === null ? {} : { "x-forwarded-for": value }), null);
    // The right-most hop is the one the nearest proxy (or Next's server) wrote; what a client put before it counts for nothing.
    expect(key("203.0.113.7, 10.0.0.1")).toBe("10.0.0.1");
    // IPv6 counts per /64 (one subscriber's block), so rotating within it changes nothing; mapped IPv4 is IPv4.
    expect(key("2001:db8::1")).toBe("2001:db8:0:0::");
    expect(key("2001:db8:0:0:ffff:1:2:3")).toBe("2001:db8:0:0::");
    expect(key("2001:0DB8:0000:0007:0000:0000:0000:0009")).toBe("2001:db8:0:7::");
    expect(key("2001:db8:0:8::1")).not.toBe(key("2001:db8:0:7::1"));
    expect(key("::ffff:198.51.100.4")).toBe("198.51.100.4");
    expect(key("64:ff9b::198.51.100.4")).toBe("64:ff9b:0:0::");
    expect(key("::1")).toBe("0:0:0:0::");
    expect(key("x".repeat(5000))).toBe("unknown");
    expect(key("198.51.100.4, not-an-address")).toBe("unknown");
    expect(key(null)).toBe("unknown");
  });

  it("through TRUSTED_PROXIES, takes the right-most hop that is not a trusted proxy", async () => {
    const { clientAddress, trustedProxyList } = await import("@/lib/http/client-address");
    const proxies = trustedProxyList(["127.0.0.1", "10.0.0.0/8", "fd00::/8"]);
    const key = (value: string) => clientAddress(new Headers({ "x-forwarded-for": value }), proxies);
    expect(key("198.51.100.4")).toBe("198.51.100.4");
    expect(key("203.0.113.9, 198.51.100.4, 10.1.2.3, 127.0.0.1")).toBe("198.51.100.4");
    expect(key("2001:db8::5, fd00::1")).toBe("2001:db8:0:0::");
    expect(key("forged, 10.0.0.1")).toBe("unknown");
    expect(key("10.0.0.1, 127.0.0.1")).toBe("unknown");
    expect(() => trustedProxyList(["10.0.0.0/33"])).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxyList(["proxy.internal"])).toThrow(/TRUSTED_PROXIES/);
  });

  it("forgets the oldest client once it counts 100,000 at a time", async () => {
    const { createRateLimiter } = await import("@/lib/http/rate-limit");
    const check = createRateLimiter({ limit: 1, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect(check("first", t0).ok).toBe(true);
    expect(check("first", t0).ok).toBe(false);
    for (let i = 0; i < 100_000; i++) check(`client ${i}`, t0 + 1);
    // "first" was dropped to make room, so it starts a fresh window; the newest client is still counted.
    expect(check("first", t0 + 2).ok).toBe(true);
    expect(check("client 99999", t0 + 2).ok).toBe(false);
  });

  it("the route returns 429 and Retry-After past the limit", async () => {
    const requests = Array.from({ length: 601 }, () =>
      POST(
        new Request("http://localhost/api/decide", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.9" },
          body: JSON.stringify({ profile, request: { platform: "x", relationship: "friend" } }),
        }),
      ),
    );
    const responses = await Promise.all(requests);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(600);
    const last = responses.find((r) => r.status === 429);
    expect(last?.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
