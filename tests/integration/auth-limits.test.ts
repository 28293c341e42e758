import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";

import { closeApps, freshIp, loadApp, request, sessionCookie, signUp, type App } from "../support/app.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/databases.ts";

// The limits no X-Forwarded-For can lift (per account, and for the whole site),
// the input checks before better-auth, and the counters under concurrency,
// against the real route handlers on a real database of each kind.

const statusCounts = (statuses: number[]) => statuses.reduce<Record<number, number>>((counts, s) => ({ ...counts, [s]: (counts[s] ?? 0) + 1 }), {});

describe.each(PROVIDERS)("auth limits and input on %s", (provider) => {
  let database: TestDatabase;
  let app: App;
  let logs: MockInstance[];

  beforeAll(async () => {
    logs = (["log", "info", "warn", "error"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    database = await createTestDatabase(provider);
    app = await loadApp(database.url);
  });
  afterAll(async () => {
    const logged = logs.flatMap((spy) => spy.mock.calls).map((args) => args.map(String).join(" "));
    for (const spy of logs) spy.mockRestore();
    await closeApps();
    await database?.drop();
    // No handler fell over, and no Prisma error (with its values) reached the log.
    expect(logged.filter((line) => /unexpected error|prisma|invocation/i.test(line))).toEqual([]);
  });

  const post = (target: App, path: string, body: unknown, options: { ip?: string; cookie?: string; origin?: string | null; rawBody?: string } = {}) =>
    target.auth.POST(request(target, `/api/auth${path}`, { body, ip: options.ip ?? freshIp(), ...options }));
  const attempts = async () => database.client.attemptLimit.findMany();

  describe("sign-in per account", () => {
    it("after 10 attempts on one account, from 10 made-up addresses, even the right password is refused from an 11th", async () => {
      const ada = await signUp(app);
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await post(app, "/sign-in/email", { email: ada.email, password: `wrong-${i}` }, { ip: `10.9.0.${i}` })).status);
      expect(statuses).toEqual(Array(10).fill(401));

      const eleventh = await post(app, "/sign-in/email", { email: ada.email.toUpperCase(), password: ada.password }, { ip: "10.9.0.200" });
      expect(eleventh.status).toBe(429);
      expect(Number(eleventh.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await eleventh.json()).toMatchObject({ code: "tooManyRequests" });
      expect(sessionCookie(eleventh)).toBeNull();

      // Another account is not affected; the table holds a hash, never the address.
      const bea = await signUp(app);
      expect((await post(app, "/sign-in/email", { email: bea.email, password: bea.password })).status).toBe(200);
      const rows = await attempts();
      expect(rows.some((row) => row.key.startsWith("signInPerAccount"))).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(ada.email.split("@")[0]);

      // The counter is the whole state: once it is gone, the right password works again.
      await database.client.attemptLimit.deleteMany({ where: { key: { startsWith: "signInPerAccount" } } });
      expect((await post(app, "/sign-in/email", { email: ada.email, password: ada.password })).status).toBe(200);
    });

    it("a successful sign-in clears the account's count", async () => {
      const cai = await signUp(app);
      for (let i = 0; i < 9; i++) expect((await post(app, "/sign-in/email", { email: cai.email, password: `wrong-${i}` })).status).toBe(401);
      expect((await post(app, "/sign-in/email", { email: cai.email, password: cai.password })).status).toBe(200);
      for (let i = 0; i < 9; i++) expect((await post(app, "/sign-in/email", { email: cai.email, password: `wrong-again-${i}` })).status).toBe(401);
    });

    it("holds across two instances sharing the database", async () => {
      const dan = await signUp(app);
      const other = await loadApp(database.url);
      for (let i = 0; i < 10; i++) {
        const target = i % 2 ? other : app;
        expect((await post(target, "/sign-in/email", { email: dan.email, password: `wrong-${i}` })).status).toBe(401);
      }
      expect((await post(app, "/sign-in/email", { email: dan.email, password: dan.password })).status).toBe(429);
      expect((await post(other, "/sign-in/email", { email: dan.email, password: dan.password })).status).toBe(429);
    });
  });

  it("password changes are limited per account, whatever address they come from", async () => {
    const eve = await signUp(app);
    for (let i = 0; i < 5; i++) {
      const wrong = await post(
        app,
        "/change-password",
        { currentPassword: `wrong-${i}`, newPassword: "a brand new passphrase" },
        { cookie: eve.cookie, ip: `10.8.0.${i}` },
      );
      expect(wrong.status).toBe(400);
    }
    const sixth = await post(
      app,
      "/change-password",
      { currentPassword: eve.password, newPassword: "a brand new passphrase" },
      { cookie: eve.cookie, ip: "10.8.0.99" },
    );
    expect(sixth.status).toBe(429);
    // The password is unchanged.
    expect((await post(app, "/sign-in/email", { email: eve.email, password: eve.password })).status).toBe(200);
  });

  it("password guesses through delete-user are limited per account too, whatever address they come from", async () => {
    const ivy = await signUp(app);
    for (let i = 0; i < 5; i++) {
      const wrong = await post(app, "/delete-user", { password: `wrong-${i}` }, { cookie: ivy.cookie, ip: `10.9.0.${i}` });
      expect(wrong.status).toBe(400);
    }
    const sixth = await post(app, "/delete-user", { password: ivy.password }, { cookie: ivy.cookie, ip: "10.9.0.99" });
    expect(sixth.status).toBe(429);
    // The account is still there.
    expect((await post(app, "/sign-in/email", { email: ivy.email, password: ivy.password })).status).toBe(200);
  });

  it("sign-up is limited per address and for the whole site", async () => {
    // Lowered for this test: the real limits are 20 an hour per address and 500 an hour overall.
    const lowered = await loadApp(database.url);
    const { ATTEMPT_LIMITS } = await import("../../lib/auth/limits.ts");
    const saved = structuredClone(ATTEMPT_LIMITS);
    Object.assign(ATTEMPT_LIMITS.signUpPerAddress, { points: 2 });
    Object.assign(ATTEMPT_LIMITS.signUpOverall, { points: 4 });
    try {
      await database.client.attemptLimit.deleteMany({ where: { key: { startsWith: "signUp" } } });
      const body = (n: string) => ({ email: `limit-${n}-${provider}@example.test`, password: "a sturdy passphrase 42", name: "Limit" });
      const one = "192.0.2.10";
      expect((await post(lowered, "/sign-up/email", body("a"), { ip: one })).status).toBe(200);
      expect((await post(lowered, "/sign-up/email", body("b"), { ip: one })).status).toBe(200);
      const third = await post(lowered, "/sign-up/email", body("c"), { ip: one });
      expect(third.status).toBe(429);
      // Two more from other addresses use up the site's 4; then nobody can sign up until the hour is over.
      expect((await post(lowered, "/sign-up/email", body("d"))).status).toBe(200);
      expect((await post(lowered, "/sign-up/email", body("e"))).status).toBe(200);
      expect((await post(lowered, "/sign-up/email", body("f"))).status).toBe(429);
      const created = await database.client.user.count({ where: { email: { startsWith: "limit-" } } });
      expect(created).toBe(4);
    } finally {
      Object.assign(ATTEMPT_LIMITS.signUpPerAddress, saved.signUpPerAddress);
      Object.assign(ATTEMPT_LIMITS.signUpOverall, saved.signUpOverall);
      await database.client.attemptLimit.deleteMany({ where: { key: { startsWith: "signUp" } } });
    }
  });

  describe("under concurrency no counter answers 500", () => {
    it("20 sign-ins at once from one address: 5 get through to the password check, the rest 429", async () => {
      const fay = await signUp(app);
      const ip = "203.0.113.77";
      const statuses = (
        await Promise.all(
          Array.from({ length: 20 }, (_, i) => post(app, "/sign-in/email", { email: fay.email, password: i ? `wrong-${i}` : fay.password }, { ip })),
        )
      ).map((r) => r.status);
      expect(
        statuses.filter((s) => s >= 500),
        JSON.stringify(statusCounts(statuses)),
      ).toEqual([]);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
      expect(statuses.every((s) => [200, 401, 429].includes(s))).toBe(true);
    });

    it("20 sign-ins at once to one account from 20 addresses: at most 10 are checked", async () => {
      const gus = await signUp(app);
      const statuses = (await Promise.all(Array.from({ length: 20 }, (_, i) => post(app, "/sign-in/email", { email: gus.email, password: `wrong-${i}` })))).map(
        (r) => r.status,
      );
      expect(
        statuses.filter((s) => s >= 500),
        JSON.stringify(statusCounts(statuses)),
      ).toEqual([]);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    });

    it("20 sign-ups at once from one address and a fresh address each: none answers 500", async () => {
      const statuses = (
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            post(
              app,
              "/sign-up/email",
              { email: `burst-${i}-${provider}@example.test`, password: "a sturdy passphrase 42", name: "Burst" },
              { ip: i % 2 ? "203.0.113.90" : freshIp() },
            ),
          ),
        )
      ).map((r) => r.status);
      expect(
        statuses.filter((s) => s >= 500),
        JSON.stringify(statusCounts(statuses)),
      ).toEqual([]);
      expect(statuses.every((s) => [200, 429].includes(s))).toBe(true);
    });
  });

  describe("input is checked before better-auth", () => {
    const valid = { email: "shape@example.test", password: "a sturdy passphrase 42", name: "Shape" };
    const bad: [string, unknown][] = [
      ["a number for the name", { ...valid, name: 123 }],
      ["null", null],
      ["an array", [1]],
      ["an image object", { ...valid, image: { x: 1 } }],
      ["a javascript: image", { ...valid, image: "javascript:alert(1)" }],
      ["a 60,000-character name", { ...valid, name: "n".repeat(60_000) }],
      ["a NUL in the name", { ...valid, name: "Ada\u0000" }],
      ["a newline in the name", { ...valid, name: "Ada\nLovelace" }],
      ["a right-to-left override in the name", { ...valid, name: "Ada\u202Egnp.exe" }],
      ["U+FFFD in the name", { ...valid, name: "Ad\uFFFD" }],
      ["an empty name", { ...valid, name: "  " }],
      ["no email", { name: "Shape", password: valid.password }],
      ["an email of 300 characters", { ...valid, email: `${"e".repeat(290)}@example.test` }],
      ["an email with a space around it", { ...valid, email: " shape@example.test" }],
      ["a callback to another site", { ...valid, callbackURL: "https://evil.example/" }],
      ["a protocol-relative callback", { ...valid, callbackURL: "//evil.example/" }],
    ];
    it.each(bad)("sign-up refuses %s with 400 and creates nobody", async (_label, body) => {
      const before = await database.client.user.count();
      const response = await post(app, "/sign-up/email", body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "invalid", fieldErrors: expect.any(Array) });
      expect(sessionCookie(response)).toBeNull();
      expect(await database.client.user.count()).toBe(before);
    });

    it("a valid sign-up's name is stored trimmed, with inner spaces collapsed", async () => {
      const response = await post(app, "/sign-up/email", { ...valid, email: `tidy-${provider}@example.test`, name: "  Ada   Lovelace " });
      expect(response.status).toBe(200);
      const user = await database.client.user.findUnique({ where: { email: `tidy-${provider}@example.test` } });
      expect(user?.name).toBe("Ada Lovelace");
    });

    it("sign-in, change-password, delete-user and sign-out refuse fields they do not take", async () => {
      const hal = await signUp(app);
      expect((await post(app, "/sign-in/email", { email: hal.email, password: hal.password, extra: true })).status).toBe(400);
      expect((await post(app, "/sign-in/email", { email: hal.email, password: 42 })).status).toBe(400);
      expect((await post(app, "/change-password", { currentPassword: hal.password, newPassword: ["x"] }, { cookie: hal.cookie })).status).toBe(400);
      expect((await post(app, "/delete-user", { password: hal.password, callbackURL: "https://evil.example" }, { cookie: hal.cookie })).status).toBe(400);
      expect((await post(app, "/sign-out", { all: true }, { cookie: hal.cookie })).status).toBe(400);
      expect(await database.client.user.findUnique({ where: { id: hal.id } })).not.toBeNull();
      // Signing out with no body, or `{}`, works.
      expect((await app.auth.POST(request(app, "/api/auth/sign-out", { method: "POST", cookie: hal.cookie }))).status).toBe(200);
    });
  });

  it("a refused Origin is told the site's own address", async () => {
    const response = await post(
      app,
      "/sign-up/email",
      { email: "lan@example.test", password: "a sturdy passphrase 42", name: "Lan" },
      { origin: "http://192.168.1.20:3000" },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "forbidden", site: app.site });
    expect(await database.client.user.count({ where: { email: "lan@example.test" } })).toBe(0);
  });
});
