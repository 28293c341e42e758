import { createHmac } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";

import { COMMON_PASSWORDS } from "../../lib/auth/common-passwords.ts";
import { closeApps, freshIp, HTTPS_SITE, loadApp, request, sessionCookie, signUp, TEST_SECRET, type App, type SignedUp } from "../support/app.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/databases.ts";

// The security promises of the README, checked against the real route handlers
// (better-auth's included) on a real database of each kind.

const profile = (displayName: string) => ({ displayName, language: "nb", platforms: { x: { persona: "civilian" } } });

type SetCookie = { name: string; value: string; attributes: string[] };
function parseSetCookie(header: string): SetCookie {
  const [pair, ...attributes] = header.split(";").map((part) => part.trim());
  const at = pair!.indexOf("=");
  return { name: pair!.slice(0, at), value: pair!.slice(at + 1), attributes: attributes.map((a) => a.toLowerCase()) };
}

describe.each(PROVIDERS)("security on %s", (provider) => {
  let database: TestDatabase;
  let app: App;
  let logs: MockInstance[];

  beforeAll(async () => {
    // better-auth logs every refused attempt; keep the output quiet (and check it below).
    logs = (["log", "info", "warn", "error"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    database = await createTestDatabase(provider);
    app = await loadApp(database.url);
  });
  afterAll(async () => {
    const unexpected = logs.flatMap((spy) => spy.mock.calls).filter((args) => /\[api\] unexpected error/.test(String(args[0])));
    for (const spy of logs) spy.mockRestore();
    await closeApps();
    await database?.drop();
    // No route handler ever fell over into a 500.
    expect(unexpected).toEqual([]);
  });

  const put = (who: SignedUp | null, body: unknown, options: { origin?: string | null; rawBody?: string } = {}) =>
    app.policy.PUT(request(app, "/api/policy", { method: "PUT", body, cookie: who?.cookie, ...options }));
  const policyRow = (userId: string) =>
    database.client.policy.findUnique({ where: { ownerId: userId }, select: { id: true, version: true, profile: true, updatedAt: true } });
  async function withPolicy(who: SignedUp, displayName: string) {
    const response = await put(who, { profile: profile(displayName), baseVersion: 0 });
    expect(response.status).toBe(200);
    return (await response.json()) as { id: string; version: number };
  }
  const signIn = (target: App, body: unknown, options: { ip?: string; origin?: string | null; headers?: Record<string, string> } = {}) =>
    target.auth.POST(request(target, "/api/auth/sign-in/email", { body, ip: options.ip ?? freshIp(), origin: options.origin, headers: options.headers }));
  const signUpRaw = (body: unknown) => app.auth.POST(request(app, "/api/auth/sign-up/email", { body, ip: freshIp() }));

  describe("session cookies", () => {
    it("are HttpOnly and SameSite=Lax, without Secure or the __Secure- prefix over http outside production", async () => {
      const response = await signUpRaw({ email: "cookie-http@example.test", password: "a-fine-password", name: "Cookie" });
      expect(response.status).toBe(200);
      const cookies = response.headers.getSetCookie().map(parseSetCookie);
      const session = cookies.find((c) => c.name === "kindly.session_token");
      expect(session, JSON.stringify(cookies)).toBeDefined();
      expect(session!.value).not.toBe("");
      expect(session!.attributes).toContain("httponly");
      expect(session!.attributes).toContain("samesite=lax");
      expect(session!.attributes).toContain("path=/");
      for (const c of cookies) {
        expect(c.name.startsWith("__Secure-")).toBe(false);
        expect(c.attributes).not.toContain("secure");
        expect(c.attributes).toContain("httponly");
      }
      // The cookie signs the person in.
      const me = await app.policy.GET(request(app, "/api/policy", { cookie: sessionCookie(response)! }));
      expect(me.status).toBe(404); // signed in, nothing saved yet (401 when signed out)
    });

    it("are __Secure- prefixed, Secure, HttpOnly and SameSite=Lax in production over https", async () => {
      const secure = await loadApp(database.url, { NODE_ENV: "production", SITE_URL: HTTPS_SITE, BETTER_AUTH_SECRET: TEST_SECRET });
      const response = await secure.auth.POST(
        request(secure, "/api/auth/sign-up/email", {
          body: { email: "cookie-https@example.test", password: "a-fine-password", name: "Secure" },
          ip: freshIp(),
        }),
      );
      expect(response.status).toBe(200);
      const cookies = response.headers.getSetCookie().map(parseSetCookie);
      expect(cookies.length).toBeGreaterThan(0);
      const session = cookies.find((c) => c.name === "__Secure-kindly.session_token");
      expect(session, JSON.stringify(cookies)).toBeDefined();
      for (const c of cookies) {
        expect(c.name.startsWith("__Secure-")).toBe(true);
        expect(c.attributes).toContain("secure");
        expect(c.attributes).toContain("httponly");
        expect(c.attributes).toContain("samesite=lax");
      }
      const cookie = sessionCookie(response)!;
      expect(cookie.startsWith("__Secure-kindly.session_token=")).toBe(true);
      expect((await secure.policy.GET(request(secure, "/api/policy", { cookie }))).status).toBe(404);
      // The same token under the plain name is not read by a secure instance.
      expect((await secure.policy.GET(request(secure, "/api/policy", { cookie: cookie.replace(/^__Secure-/, "") }))).status).toBe(401);
    });
  });

  describe("who is signed in (better-auth's getSession, with no cookie cache: a removed session stops at once)", () => {
    const sign = (value: string, secret: string) => `${value}.${createHmac("sha256", secret).update(value).digest("base64")}`;
    const tokenOf = (cookie: string) => decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1)).split(".")[0]!;
    const asCookie = (signed: string) => `kindly.session_token=${encodeURIComponent(signed)}`;
    // Kindly's reading and better-auth's own getSession must agree on every cookie.
    async function verdicts(cookie: string) {
      const ours = (await app.policy.GET(request(app, "/api/policy", { cookie }))).status;
      expect([200, 401, 404]).toContain(ours); // 200/404: signed in (with or without a policy); 401: not
      const session = await app.auth.GET(request(app, "/api/auth/get-session", { cookie }));
      const theirs = ((await session.json()) as { user?: { id: string } } | null)?.user?.id ?? null;
      return { signedIn: ours !== 401, betterAuth: theirs };
    }

    it("accepts a valid cookie and refuses tampered, foreign-signed and unknown ones, exactly as better-auth does", async () => {
      const who = await signUp(app);
      expect(await verdicts(who.cookie)).toEqual({ signedIn: true, betterAuth: who.id });

      const token = tokenOf(who.cookie);
      const signature = decodeURIComponent(who.cookie.slice(who.cookie.indexOf("=") + 1)).split(".")[1]!;
      const refused = [
        asCookie(`${token.slice(0, -1)}${token.endsWith("a") ? "b" : "a"}.${signature}`), // token changed, old signature
        asCookie(`${token}.${signature.slice(0, 10)}${signature[10] === "A" ? "B" : "A"}${signature.slice(11)}`), // signature changed
        asCookie(sign(token, "some-other-secret-0123456789abcdefghij")), // signed with another secret
        asCookie(sign("no-such-session-token-0123456789", TEST_SECRET)), // well signed, but no such session
        asCookie(token), // unsigned
        "kindly.session_token=",
      ];
      for (const cookie of refused) expect(await verdicts(cookie), cookie).toEqual({ signedIn: false, betterAuth: null });
    });

    it("with two session cookies of the same name, reads the first, as better-auth does", async () => {
      const first = await signUp(app);
      const second = await signUp(app);
      // E.g. a cookie planted for a parent domain sent after the site's own.
      expect(await verdicts(`${first.cookie}; ${second.cookie}`)).toEqual({ signedIn: true, betterAuth: first.id });
      expect(await verdicts(`${second.cookie}; ${first.cookie}`)).toEqual({ signedIn: true, betterAuth: second.id });
      // The policy saved is the first one's.
      const saved = await put({ ...first, cookie: `${first.cookie}; ${second.cookie}` }, { profile: profile("First"), baseVersion: 0 });
      expect(saved.status).toBe(200);
      expect(await policyRow(first.id)).not.toBeNull();
      expect(await policyRow(second.id)).toBeNull();
    });

    it("refuses a session once it has expired or been removed", async () => {
      const expired = await signUp(app);
      await database.client.session.updateMany({ where: { userId: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expect(await verdicts(expired.cookie)).toEqual({ signedIn: false, betterAuth: null });

      const removed = await signUp(app);
      expect((await verdicts(removed.cookie)).signedIn).toBe(true);
      await database.client.session.deleteMany({ where: { userId: removed.id } });
      expect(await verdicts(removed.cookie)).toEqual({ signedIn: false, betterAuth: null });
    });
  });

  describe("one person cannot reach another's policy", () => {
    let alice: SignedUp;
    let bob: SignedUp;
    let bobPolicy: { id: string; version: number };
    let alicePolicy: { id: string; version: number };

    beforeAll(async () => {
      alice = await signUp(app);
      bob = await signUp(app);
      alicePolicy = await withPolicy(alice, "Alice");
      bobPolicy = await withPolicy(bob, "Bob");
    });

    const byId = (who: SignedUp | null, id: string) =>
      app.policyById.GET(request(app, `/api/policies/${encodeURIComponent(id)}`, { cookie: who?.cookie }), { params: Promise.resolve({ id }) });

    it("GET /api/policies/:id answers 200 for one's own id and 404 for another person's, like an unknown id", async () => {
      const own = await byId(alice, alicePolicy.id);
      expect(own.status).toBe(200);
      expect(await own.json()).toMatchObject({ id: alicePolicy.id, version: alicePolicy.version, profile: { displayName: "Alice" } });

      const foreign = await byId(alice, bobPolicy.id);
      expect(foreign.status).toBe(404);
      const foreignText = await foreign.text();
      expect(foreignText).not.toContain("Bob");
      const unknown = await byId(alice, "c000000000000000000000000");
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toBe(foreignText);

      // And the other way round; and nobody signed out.
      expect((await byId(bob, alicePolicy.id)).status).toBe(404);
      expect((await byId(bob, bobPolicy.id)).status).toBe(200);
      expect((await byId(null, bobPolicy.id)).status).toBe(401);
    });

    it("PUT /api/policy writes only the signed-in person's own row", async () => {
      const bobBefore = await policyRow(bob.id);
      // Trying to name Bob's row or Bob as owner is refused outright (unknown fields).
      for (const extra of [{ id: bobPolicy.id }, { ownerId: bob.id }, { policyId: bobPolicy.id }]) {
        const response = await put(alice, { profile: profile("Mallory"), baseVersion: bobPolicy.version, ...extra });
        expect(response.status).toBe(400);
      }
      // A save with Bob's version changes Alice's row only (or conflicts with it), never Bob's.
      const response = await put(alice, { profile: profile("Alice again"), baseVersion: alicePolicy.version });
      expect(response.status).toBe(200);
      const saved = (await response.json()) as { id: string; version: number };
      expect(saved.id).toBe(alicePolicy.id);
      expect(saved.version).toBe(alicePolicy.version + 1);
      expect(await policyRow(bob.id)).toEqual(bobBefore);
      expect(JSON.parse((await policyRow(alice.id))!.profile).displayName).toBe("Alice again");
      expect(await database.client.policy.count({ where: { ownerId: { in: [alice.id, bob.id] } } })).toBe(2);
      alicePolicy = saved;
    });
  });

  describe("state-changing requests from a foreign or missing Origin", () => {
    let carol: SignedUp;
    beforeAll(async () => {
      carol = await signUp(app);
      await withPolicy(carol, "Carol");
    });

    it.each([
      ["no Origin", null],
      ["Origin http://evil.example", "http://evil.example"],
      ['Origin "null"', "null"],
      ["an https Origin of the same host", "https://kindly.test"],
      ["a look-alike Origin", "http://kindly.test.evil.example"],
    ])("PUT /api/policy with %s answers 403 and writes nothing", async (_label, origin) => {
      const before = await policyRow(carol.id);
      const response = await put(carol, { profile: profile("Forged"), baseVersion: before!.version }, { origin });
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatch(/Origin/);
      expect(await policyRow(carol.id)).toEqual(before);
    });

    it("sign-in from a foreign or missing Origin is refused (no session cookie); the same from Kindly's is accepted", async () => {
      const credentials = { email: carol.email, password: carol.password };
      const foreign = await signIn(app, credentials, { origin: "http://evil.example" });
      expect(foreign.status).toBe(403);
      expect(sessionCookie(foreign)).toBeNull();
      const missing = await signIn(app, credentials, { origin: null });
      expect(missing.status).toBe(403);
      expect(sessionCookie(missing)).toBeNull();
      const crossSiteForm = await signIn(app, credentials, {
        headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" },
      });
      expect(crossSiteForm.status).toBe(403);
      expect(sessionCookie(crossSiteForm)).toBeNull();
      const own = await signIn(app, credentials);
      expect(own.status).toBe(200);
      expect(sessionCookie(own)).not.toBeNull();
    });

    it("a signed-in person's state change through better-auth (sign-out, delete) from a foreign Origin is refused", async () => {
      const sessionsBefore = await database.client.session.count({ where: { userId: carol.id } });
      for (const path of ["/api/auth/sign-out", "/api/auth/delete-user"]) {
        const response = await app.auth.POST(
          request(app, path, {
            body: path.endsWith("delete-user") ? { password: carol.password } : {},
            cookie: carol.cookie,
            origin: "http://evil.example",
            ip: freshIp(),
          }),
        );
        expect(response.status).toBe(403);
      }
      expect(await database.client.user.count({ where: { id: carol.id } })).toBe(1);
      expect(await database.client.session.count({ where: { userId: carol.id } })).toBe(sessionsBefore);
      expect((await app.policy.GET(request(app, "/api/policy", { cookie: carol.cookie }))).status).toBe(200);
    });
  });

  describe("input validation", () => {
    let dave: SignedUp;
    beforeAll(async () => {
      dave = await signUp(app);
      await withPolicy(dave, "Dave");
    });

    it.each([
      ["a display name over 80 characters", (v: number) => ({ profile: profile("d".repeat(81)), baseVersion: v }), "profile.displayName"],
      ["a display name with a newline", (v: number) => ({ profile: profile("Dave\nEvil"), baseVersion: v }), "profile.displayName"],
      ["an unknown language", (v: number) => ({ profile: { ...profile("Dave"), language: "de" }, baseVersion: v }), "profile.language"],
      [
        "an unknown platform",
        (v: number) => ({ profile: { ...profile("Dave"), platforms: { myspace: { persona: "civilian" } } }, baseVersion: v }),
        "profile.platforms",
      ],
      ["a negative baseVersion", () => ({ profile: profile("Dave"), baseVersion: -1 }), "baseVersion"],
      ["a fractional baseVersion", () => ({ profile: profile("Dave"), baseVersion: 1.5 }), "baseVersion"],
      ["no profile", (v: number) => ({ baseVersion: v }), "profile"],
    ])("PUT /api/policy with %s answers 400 with field errors and writes nothing", async (_label, body, path) => {
      const before = await policyRow(dave.id);
      const response = await put(dave, body(before!.version));
      expect(response.status).toBe(400);
      const json = (await response.json()) as { error: string; fieldErrors: { path: string; message: string }[] };
      expect(json.error).toMatch(/not valid/);
      expect(json.fieldErrors.length).toBeGreaterThan(0);
      for (const e of json.fieldErrors) {
        expect(typeof e.path).toBe("string");
        expect(e.message.length).toBeGreaterThan(0);
      }
      expect(json.fieldErrors.map((e) => e.path)).toContain(path);
      expect(await policyRow(dave.id)).toEqual(before);
      expect(await database.client.policy.count({ where: { ownerId: dave.id } })).toBe(1);
    });

    it("PUT /api/policy over 64 kB answers 413 and writes nothing", async () => {
      const before = await policyRow(dave.id);
      const body = JSON.stringify({ profile: profile("Dave"), baseVersion: before!.version });
      const padded = body.replace(/^\{/, `{${" ".repeat(64 * 1024)}`);
      const response = await put(dave, undefined, { rawBody: padded });
      expect(response.status).toBe(413);
      // Just under the limit, the same document is accepted: it is the size that was refused.
      const fits = body.replace(/^\{/, `{${" ".repeat(64 * 1024 - body.length)}`);
      expect(Buffer.byteLength(fits)).toBe(64 * 1024);
      expect(await policyRow(dave.id)).toEqual(before);
      const accepted = await put(dave, undefined, { rawBody: fits });
      expect(accepted.status).toBe(200);
      expect((await policyRow(dave.id))!.version).toBe(before!.version + 1);
    });
  });

  describe("sign-in rate limit", () => {
    it("allows 5 attempts a minute per IP, counted in the database so it holds across two instances", async () => {
      const erin = await signUp(app);
      const ip = "203.0.113.7";
      const one = await loadApp(database.url);
      const two = await loadApp(database.url);
      const wrong = { email: erin.email, password: "not-the-password" };
      const statuses: number[] = [];
      for (const instance of [one, two, one, two, one]) statuses.push((await signIn(instance, wrong, { ip })).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401]);

      // The counter is a database row keyed by the IP and the path.
      const rows = await database.client.rateLimit.findMany({ where: { key: { contains: ip } } });
      expect(rows).toHaveLength(1);
      expect(rows[0]!.key).toContain("/sign-in/email");
      expect(rows[0]!.count).toBe(5);

      // The 6th attempt is refused on either instance, even with the right password.
      const sixth = await signIn(two, { email: erin.email, password: erin.password }, { ip });
      expect(sixth.status).toBe(429);
      expect(sessionCookie(sixth)).toBeNull();
      expect((await signIn(one, wrong, { ip })).status).toBe(429);
      // Another IP is not affected.
      expect((await signIn(one, { email: erin.email, password: erin.password }, { ip: "203.0.113.8" })).status).toBe(200);

      // The database row is the whole state: once it is gone, the same IP may try again.
      await database.client.rateLimit.deleteMany({ where: { key: { contains: ip } } });
      const again = await signIn(two, { email: erin.email, password: erin.password }, { ip });
      expect(again.status).toBe(200);
      expect(sessionCookie(again)).not.toBeNull();
    });
  });

  it("a site on localhost also takes sign-ups from its 127.0.0.1 and [::1] addresses, and still refuses any other origin", async () => {
    const local = await loadApp(database.url, { SITE_URL: "http://localhost:3000" });
    const attempt = (origin: string) =>
      local.auth.POST(
        request(local, "/api/auth/sign-up/email", {
          body: { email: `loop-${Math.random().toString(36).slice(2)}@example.test`, password: "a sturdy passphrase 42", name: "Loop" },
          origin,
          ip: freshIp(),
          headers: { host: new URL(origin).host },
        }),
      );
    for (const origin of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) expect((await attempt(origin)).status, origin).toBe(200);
    for (const origin of ["http://127.0.0.1:3001", "http://192.168.1.20:3000", "http://evil.example"]) expect((await attempt(origin)).status, origin).toBe(403);
  });

  describe("better-auth endpoints", () => {
    it("an account is never deleted without its password, even from a fresh session", async () => {
      const dana = await signUp(app);
      for (const body of [{}, { password: "" }, { password: null }, { password: 12345678 }]) {
        const response = await app.auth.POST(request(app, "/api/auth/delete-user", { body, cookie: dana.cookie, ip: freshIp() }));
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(await response.json()).toMatchObject({ code: "invalid" });
      }
      const raw = await app.auth.POST(request(app, "/api/auth/delete-user", { rawBody: "not json", cookie: dana.cookie, ip: freshIp() }));
      expect(raw.status).toBe(400);
      expect(await database.client.user.count({ where: { id: dana.id } })).toBe(1);
      // With the password it goes.
      const deleted = await app.auth.POST(request(app, "/api/auth/delete-user", { body: { password: dana.password }, cookie: dana.cookie, ip: freshIp() }));
      expect(deleted.status).toBe(200);
      expect(await database.client.user.count({ where: { id: dana.id } })).toBe(0);
    });

    it("only the endpoints Kindly uses are exposed: update-user and the rest answer 404 and change nothing", async () => {
      const eli = await signUp(app, { name: "Eli" });
      for (const path of ["/api/auth/update-user", "/api/auth/change-email", "/api/auth/revoke-sessions", "/api/auth/sign-in/social"]) {
        const response = await app.auth.POST(
          request(app, path, {
            body: { name: "x".repeat(60_000), image: "javascript:alert(1)", newEmail: "e@example.test" },
            cookie: eli.cookie,
            ip: freshIp(),
          }),
        );
        expect(response.status, path).toBe(404);
        expect(await response.json()).toMatchObject({ code: "notFound" });
      }
      for (const path of ["/api/auth/list-sessions", "/api/auth/ok"]) {
        expect((await app.auth.GET(request(app, path, { cookie: eli.cookie }))).status, path).toBe(404);
      }
      const user = await database.client.user.findUnique({ where: { id: eli.id }, select: { name: true, email: true, image: true } });
      expect(user).toMatchObject({ name: "Eli", image: null });
      expect(await database.client.session.count({ where: { userId: eli.id } })).toBe(1);
      // What Kindly does use still works.
      const session = await app.auth.GET(request(app, "/api/auth/get-session", { cookie: eli.cookie }));
      expect(((await session.json()) as { user: { id: string } }).user.id).toBe(eli.id);
    });
  });

  describe("passwords", () => {
    const attempt = (password: string) =>
      signUpRaw({ email: `pw-${password.length}-${Math.random().toString(36).slice(2)}@example.test`, password, name: "Pw" });
    const userCount = () => database.client.user.count();

    it.each([
      ["8 characters", "k1ndly-8"],
      ["64 characters", "correct horse battery staple ".repeat(3).slice(0, 64)],
      ["128 characters", "z".repeat(127) + "!"],
    ])("accepts %s, and that password signs in", async (_label, password) => {
      const email = `ok-${password.length}@example.test`;
      const response = await app.auth.POST(request(app, "/api/auth/sign-up/email", { body: { email, password, name: "Ok" }, ip: freshIp() }));
      expect(response.status).toBe(200);
      expect((await signIn(app, { email, password })).status).toBe(200);
      expect((await signIn(app, { email, password: password.slice(0, -1) })).status).toBe(401);
    });

    it.each([
      ["7 characters", "k1ndly7", "PASSWORD_TOO_SHORT"],
      ["129 characters", "z".repeat(129), "PASSWORD_TOO_LONG"],
      ["a common password", "password123", "PASSWORD_TOO_COMMON"],
      ["a common password in other case", "PassWord123", "PASSWORD_TOO_COMMON"],
    ])("refuses %s with a clear code and creates no account", async (_label, password, code) => {
      const before = await userCount();
      const response = await attempt(password);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code });
      expect(await userCount()).toBe(before);
    });

    it("refuses every listed common password of 8+ characters that is tried (sample)", async () => {
      const sample = [...COMMON_PASSWORDS].filter((p) => p.length >= 8).slice(0, 5);
      expect(sample.length).toBe(5);
      for (const password of sample) expect(await (await attempt(password)).json()).toMatchObject({ code: "PASSWORD_TOO_COMMON" });
    });

    it("refuses a 50,000-character password quickly (no hashing of huge input)", async () => {
      const before = await userCount();
      const started = performance.now();
      const response = await attempt("p".repeat(50_000));
      const elapsed = performance.now() - started;
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(elapsed).toBeLessThan(2_000);
      expect(await userCount()).toBe(before);
      // Sign-in with one is refused quickly too.
      const signInStarted = performance.now();
      const signInResponse = await signIn(app, { email: "nobody@example.test", password: "p".repeat(50_000) });
      expect(performance.now() - signInStarted).toBeLessThan(2_000);
      expect(signInResponse.status).toBeGreaterThanOrEqual(400);
      expect(signInResponse.status).toBeLessThan(500);
    });

    it("refuses changing to a common password", async () => {
      const frank = await signUp(app);
      const response = await app.auth.POST(
        request(app, "/api/auth/change-password", { body: { currentPassword: frank.password, newPassword: "iloveyou1" }, cookie: frank.cookie, ip: freshIp() }),
      );
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "PASSWORD_TOO_COMMON" });
      expect((await signIn(app, { email: frank.email, password: frank.password })).status).toBe(200);
    });
  });

  it("sign-in errors do not reveal whether an email has an account", async () => {
    const grace = await signUp(app);
    const known = await signIn(app, { email: grace.email, password: "wrong-password-1" });
    const unknown = await signIn(app, { email: `no-such-${grace.email}`, password: "wrong-password-1" });
    const knownText = await known.text();
    expect(known.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(knownText);
    expect(knownText).not.toMatch(/not found|no user|exist/i);
    expect(sessionCookie(known)).toBeNull();
    expect(sessionCookie(unknown)).toBeNull();
  });

  it("a second save from the same base version gets 409 with the newer policy, and is not applied", async () => {
    const heidi = await signUp(app);
    const base = await withPolicy(heidi, "Heidi v1");
    const first = await put(heidi, { profile: profile("Heidi tab one"), baseVersion: base.version });
    expect(first.status).toBe(200);
    const firstBody = (await first.json()) as { version: number };
    expect(firstBody.version).toBe(base.version + 1);

    const second = await put(heidi, { profile: profile("Heidi tab two"), baseVersion: base.version });
    expect(second.status).toBe(409);
    const conflict = (await second.json()) as { error: string; current: { id: string; version: number; profile: { displayName: string } } };
    expect(conflict.current).toMatchObject({ id: base.id, version: base.version + 1, profile: { displayName: "Heidi tab one" } });

    const row = await policyRow(heidi.id);
    expect(row!.version).toBe(base.version + 1);
    expect(JSON.parse(row!.profile).displayName).toBe("Heidi tab one");
    // Saving again from the version the conflict handed back works.
    const retry = await put(heidi, { profile: profile("Heidi tab two"), baseVersion: conflict.current.version });
    expect(retry.status).toBe(200);
    expect((await retry.json()) as { version: number }).toMatchObject({ version: base.version + 2, profile: { displayName: "Heidi tab two" } });
  });
});
