import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";

import { closeApps, freshIp, loadApp, request, sessionCookie, type App } from "../support/app.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/databases.ts";
import { startMailbox, type Mailbox } from "../support/mailbox.ts";
import fi from "../../lib/i18n/messages/fi/app.json" with { type: "json" };

// Address verification, password reset and a sign-up that does not tell who
// has an account, against the real route handlers on a real database of each
// kind, with SMTP_URL pointing at a real SMTP server (tests/support/mailbox.ts)
// whose mail the tests read.

const PASSWORD = "a sturdy passphrase 42";
const NEW_PASSWORD = "another sturdy passphrase 7";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

describe.each(PROVIDERS)("email on %s", (provider) => {
  let database: TestDatabase;
  let mailbox: Mailbox;
  /** SMTP_URL set: email verification and password reset. */
  let app: App;
  /** No SMTP_URL: sign-up as it was. */
  let plain: App;
  let logs: MockInstance[];
  let counter = 0;
  const address = (label: string) => `${label}-${++counter}-${provider}@example.test`;

  beforeAll(async () => {
    logs = (["log", "info", "warn", "error"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    mailbox = await startMailbox();
    database = await createTestDatabase(provider);
    app = await loadApp(database.url, { SMTP_URL: mailbox.url });
    plain = await loadApp(database.url);
  });
  afterAll(async () => {
    const logged = logs.flatMap((spy) => spy.mock.calls).map((args) => args.map(String).join(" "));
    for (const spy of logs) spy.mockRestore();
    await closeApps();
    await database?.drop();
    await mailbox?.close();
    // No handler fell over, and no address or token reached the log.
    expect(logged.filter((line) => /unexpected error|prisma|invocation/i.test(line))).toEqual([]);
    expect(logged.filter((line) => /@example\.test|token=/i.test(line))).toEqual([]);
  });

  const post = (target: App, path: string, body: unknown, options: { ip?: string; cookie?: string } = {}) =>
    target.auth.POST(request(target, `/api/auth${path}`, { body, ip: options.ip ?? freshIp(), cookie: options.cookie }));
  const get = (target: App, pathAndQuery: string, cookie?: string) => target.auth.GET(request(target, `/api/auth${pathAndQuery}`, { cookie, ip: freshIp() }));
  const signUp = (target: App, email: string, extra: Record<string, unknown> = {}) =>
    post(target, "/sign-up/email", { email, password: PASSWORD, name: "Aino", ...extra });
  const signIn = (target: App, email: string, password = PASSWORD) => post(target, "/sign-in/email", { email, password });
  const session = async (cookie: string) => (await (await get(app, "/get-session", cookie)).json()) as { user?: { email: string } } | null;
  /** A path and query of a link on the test site, to send to the route handlers. */
  const local = (link: string) => {
    const url = new URL(link);
    expect(url.origin).toBe(app.site);
    return `${url.pathname}${url.search}`;
  };

  /** A confirmed account: signed up, verification link followed. */
  async function verifiedAccount(email = address("verified")) {
    expect((await signUp(app, email)).status).toBe(200);
    const mail = await mailbox.waitFor(email, { subject: /Confirm your email/ });
    const link = mail.links.find((l) => l.includes("/api/auth/verify-email"))!;
    expect((await get(app, local(link).replace(/^\/api\/auth/, ""))).status).toBe(302);
    return email;
  }

  describe("sign-up with email set up", () => {
    it("answers a new and a taken address alike, signs neither in, and mails each owner what fits", async () => {
      const taken = address("taken");
      // An account made earlier (here before email was set up, so not yet confirmed).
      expect((await signUp(plain, taken)).status).toBe(200);

      const fresh = address("fresh");
      const forNew = await signUp(app, fresh);
      const forTaken = await signUp(app, taken.toUpperCase());
      expect(forTaken.status).toBe(forNew.status);
      expect(forNew.status).toBe(200);
      expect(await forTaken.text()).toBe(await forNew.text());
      expect(sessionCookie(forNew)).toBeNull();
      expect(sessionCookie(forTaken)).toBeNull();
      expect(forTaken.headers.getSetCookie()).toEqual(forNew.headers.getSetCookie());

      // The new address gets a link to confirm it; nothing else.
      const confirm = await mailbox.waitFor(fresh);
      expect(confirm.subject).toBe("Confirm your email address for Kindly");
      expect(confirm.from).toMatch(/^"?Kindly"? <no-reply@kindly\.test>$/);
      expect(confirm.links).toEqual([
        expect.stringMatching(/^http:\/\/kindly\.test\/api\/auth\/verify-email\?token=[\w.-]+&callbackURL=%2Fen%2Femail-verified$/),
      ]);

      // The taken one is told it has an account, with a way to sign in and to choose a new password.
      const existing = await mailbox.waitFor(taken);
      expect(existing.subject).toBe("You already have a Kindly account");
      expect(existing.links).toEqual([`${app.site}/en/sign-in`, `${app.site}/en/forgot-password`]);
      expect(existing.text).toMatch(/^Hi Aino,/);
      // Only one account for the address, and its password is unchanged.
      expect(await database.client.user.count({ where: { email: taken } })).toBe(1);
      expect(await database.client.user.count({ where: { email: fresh } })).toBe(1);
    });

    it("writes the mail in the language of the page the person signed up on", async () => {
      const email = address("finnish");
      expect((await signUp(app, email, { callbackURL: "/fi/email-verified" })).status).toBe(200);
      const mail = await mailbox.waitFor(email);
      expect(mail.subject).toBe(fi.mail.verify.subject);
      expect(mail.text).toContain("Hei Aino,");
      expect(mail.links[0]).toContain("callbackURL=%2Ffi%2Femail-verified");

      expect((await signUp(app, email, { callbackURL: "/nb/email-verified" })).status).toBe(200);
      const norwegian = await mailbox.waitFor(email, { skip: 1 });
      expect(norwegian.subject).toBe("Du har allerede en Kindly-konto");
      expect(norwegian.links).toEqual([`${app.site}/nb/sign-in`, `${app.site}/nb/forgot-password`]);
    });

    it("takes about as long for a taken address as for a new one", async () => {
      // Medians of 10 sign-ups each, interleaved so both see the same load. Before this change a taken
      // address answered in ~12 ms and a new one in ~100 ms (8×, 88 ms apart). Both now hash the password
      // and hand their mail over without waiting for SMTP; the database writes of a new account are the
      // rest. The bound is generous, for a busy 2-core machine: within 3× of each other, or 50 ms apart.
      const taken: string[] = [];
      for (let i = 0; i < 10; i++) {
        const email = address("timing-taken");
        expect((await signUp(plain, email)).status).toBe(200);
        taken.push(email);
      }
      await signUp(app, address("warm-up"));
      const times: { fresh: number[]; taken: number[] } = { fresh: [], taken: [] };
      for (let i = 0; i < 10; i++) {
        for (const kind of i % 2 ? (["fresh", "taken"] as const) : (["taken", "fresh"] as const)) {
          const start = performance.now();
          const response = await signUp(app, kind === "fresh" ? address("timing-fresh") : taken[i]!);
          times[kind].push(performance.now() - start);
          expect(response.status).toBe(200);
        }
      }
      const [fresh, old] = [median(times.fresh), median(times.taken)];
      const report = `median new ${fresh.toFixed(1)} ms, taken ${old.toFixed(1)} ms`;
      process.stdout.write(`sign-up timing on ${provider}: ${report}\n`);
      expect(Math.max(fresh, old) / Math.min(fresh, old) < 3 || Math.abs(fresh - old) < 50, report).toBe(true);
    });

    it("refuses sign-in before the address is confirmed (and sends a new link); the link confirms it and signs in", async () => {
      const email = address("confirm");
      expect((await signUp(app, email)).status).toBe(200);
      const first = await mailbox.waitFor(email);

      const early = await signIn(app, email);
      expect(early.status).toBe(403);
      expect(await early.json()).toMatchObject({ code: "EMAIL_NOT_VERIFIED" });
      expect(sessionCookie(early)).toBeNull();
      // The right password to an unconfirmed account brings a fresh link; a wrong one brings nothing.
      const second = await mailbox.waitFor(email, { skip: 1 });
      expect(second.subject).toBe(first.subject);
      expect((await signIn(app, email, "not the password at all")).status).toBe(401);

      const link = local(first.links[0]!);
      const followed = await get(app, link.replace(/^\/api\/auth/, ""));
      expect(followed.status).toBe(302);
      expect(followed.headers.get("location")).toBe("/en/email-verified");
      const cookie = sessionCookie(followed);
      expect(cookie).not.toBeNull();
      expect((await session(cookie!))?.user?.email).toBe(email);
      expect((await database.client.user.findUnique({ where: { email } }))?.emailVerified).toBe(true);

      expect((await signIn(app, email)).status).toBe(200);
      // Following the link again changes nothing and signs nobody in.
      const again = await get(app, link.replace(/^\/api\/auth/, ""));
      expect(again.status).toBe(302);
      expect(sessionCookie(again)).toBeNull();
      // The sign-up mail and the one the early sign-in sent: nothing more.
      expect(mailbox.to(email)).toHaveLength(2);
    });

    it("takes five sign-ups an hour naming one address, from anywhere, so nobody can flood its inbox", async () => {
      const email = address("flood");
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await signUp(app, email)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      await vi.waitFor(() => expect(mailbox.to(email)).toHaveLength(5), { timeout: 10_000 });
    });

    it("sends a new link on request, for an unconfirmed address only, answering alike for any address", async () => {
      const email = address("resend");
      expect((await signUp(app, email)).status).toBe(200);
      await mailbox.waitFor(email);
      const body = (target: string) => ({ email: target, callbackURL: "/nb/email-verified" });
      const forWaiting = await post(app, "/send-verification-email", body(email));
      const forUnknown = await post(app, "/send-verification-email", body(address("nobody")));
      expect(forWaiting.status).toBe(200);
      expect(await forUnknown.text()).toBe(await forWaiting.text());
      const mail = await mailbox.waitFor(email, { skip: 1 });
      expect(mail.subject).toBe("Bekreft e-postadressen din hos Kindly");
      expect(mail.links[0]).toContain("callbackURL=%2Fnb%2Femail-verified");

      // Five an hour per address, wherever they come from.
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(app, "/send-verification-email", body(email))).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
    });
  });

  describe("password reset", () => {
    it("request → mail → new password: the old one stops working, the new one works, other sessions end", async () => {
      const email = await verifiedAccount();
      const first = sessionCookie(await signIn(app, email))!;
      const second = sessionCookie(await signIn(app, email))!;
      expect((await session(first))?.user?.email).toBe(email);

      const asked = await post(app, "/request-password-reset", { email, redirectTo: "/nb/reset-password" });
      expect(asked.status).toBe(200);
      const mail = await mailbox.waitFor(email, { subject: /passord/ });
      expect(mail.subject).toBe("Velg et nytt passord hos Kindly");
      expect(mail.links).toEqual([expect.stringMatching(/^http:\/\/kindly\.test\/nb\/reset-password\?token=[A-Za-z0-9]{24}$/)]);
      const token = new URL(mail.links[0]!).searchParams.get("token")!;

      // The same password rules as sign-up.
      const common = await post(app, "/reset-password", { newPassword: "password123", token });
      expect(await common.json()).toMatchObject({ code: "PASSWORD_TOO_COMMON" });
      expect((await post(app, "/reset-password", { newPassword: "short", token })).status).toBe(400);

      const reset = await post(app, "/reset-password", { newPassword: NEW_PASSWORD, token });
      expect(reset.status).toBe(200);
      expect((await signIn(app, email)).status).toBe(401);
      expect((await signIn(app, email, NEW_PASSWORD)).status).toBe(200);
      expect(await session(first)).toBeNull();
      expect(await session(second)).toBeNull();

      // A link works once.
      const reused = await post(app, "/reset-password", { newPassword: "yet another sturdy passphrase", token });
      expect(reused.status).toBe(400);
      expect(await reused.json()).toMatchObject({ code: "INVALID_TOKEN" });
      expect((await signIn(app, email, NEW_PASSWORD)).status).toBe(200);
    });

    it("answers alike whether or not the address has an account, and mails only an account", async () => {
      const email = await verifiedAccount();
      const unknown = address("unknown");
      const forAccount = await post(app, "/request-password-reset", { email, redirectTo: "/en/reset-password" });
      const forNobody = await post(app, "/request-password-reset", { email: unknown, redirectTo: "/en/reset-password" });
      expect(forNobody.status).toBe(forAccount.status);
      expect(await forNobody.text()).toBe(await forAccount.text());
      await mailbox.waitFor(email, { subject: /new password/ });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(mailbox.to(unknown)).toEqual([]);
    });

    it("a reset confirms an account made before email was set up", async () => {
      const email = address("before-email");
      expect((await signUp(plain, email)).status).toBe(200);
      expect((await signIn(app, email)).status).toBe(403);
      expect((await post(app, "/request-password-reset", { email, redirectTo: "/en/reset-password" })).status).toBe(200);
      const mail = await mailbox.waitFor(email, { subject: /new password/ });
      const token = new URL(mail.links[0]!).searchParams.get("token")!;
      expect((await post(app, "/reset-password", { newPassword: NEW_PASSWORD, token })).status).toBe(200);
      expect((await signIn(app, email, NEW_PASSWORD)).status).toBe(200);
    });

    it("lets the owner sign in at once after a reset, even when someone used up the account's sign-in attempts", async () => {
      const email = await verifiedAccount();
      for (let i = 0; i < 10; i++) expect((await signIn(app, email, `wrong guess ${i}`)).status).toBe(401);
      expect((await signIn(app, email)).status).toBe(429);
      expect((await post(app, "/request-password-reset", { email, redirectTo: "/en/reset-password" })).status).toBe(200);
      const token = new URL((await mailbox.waitFor(email, { subject: /new password/ })).links[0]!).searchParams.get("token")!;
      expect((await post(app, "/reset-password", { newPassword: NEW_PASSWORD, token })).status).toBe(200);
      expect((await signIn(app, email, NEW_PASSWORD)).status).toBe(200);
    });

    it("is limited per address: five reset mails an hour", async () => {
      const email = address("reset-limit");
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await post(app, "/request-password-reset", { email, redirectTo: "/en/reset-password" })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    });
  });

  describe("bad tokens and input", () => {
    it("a made-up or malformed reset token changes nothing", async () => {
      const email = await verifiedAccount();
      for (const token of ["A".repeat(24), "abc"]) {
        const response = await post(app, "/reset-password", { newPassword: NEW_PASSWORD, token });
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ code: "INVALID_TOKEN" });
      }
      for (const token of ["", "../../etc", "x".repeat(65), "a b"]) {
        const response = await post(app, "/reset-password", { newPassword: NEW_PASSWORD, token });
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ code: "invalid" });
      }
      expect((await post(app, "/reset-password", { newPassword: NEW_PASSWORD })).status).toBe(400);
      expect((await post(app, "/request-password-reset", { email, redirectTo: "https://evil.example/reset" })).status).toBe(400);
      expect((await post(app, "/request-password-reset", { email, redirectTo: "/en/reset-password", extra: 1 })).status).toBe(400);
      expect((await signIn(app, email)).status).toBe(200);
    });

    it("a forged, altered or malformed verification link confirms nothing and lands on the confirmation page with an error", async () => {
      const email = address("forged");
      expect((await signUp(app, email, { callbackURL: "/fi/email-verified" })).status).toBe(200);
      const link = new URL((await mailbox.waitFor(email)).links[0]!);
      const token = link.searchParams.get("token")!;
      const [header, payload, signature] = token.split(".");
      const forged = `${header}.${payload}.${signature!.slice(0, -4)}AAAA`;
      const altered = `${header}.${Buffer.from(JSON.stringify({ email: address("someone-else") })).toString("base64url")}.${signature}`;
      for (const bad of [forged, altered]) {
        const response = await get(app, `/verify-email?token=${bad}&callbackURL=%2Ffi%2Femail-verified`);
        expect(response.status).toBe(302);
        expect(response.headers.get("location")).toBe("/fi/email-verified?error=INVALID_TOKEN");
        expect(sessionCookie(response)).toBeNull();
      }
      for (const query of [
        "?token=not-a-token&callbackURL=%2Ffi%2Femail-verified",
        "",
        `?token=${token}&callbackURL=https%3A%2F%2Fevil.example`,
        `?token=${token}&token=x`,
      ]) {
        const response = await get(app, `/verify-email${query}`);
        expect(response.status).toBe(302);
        expect(response.headers.get("location")).toMatch(/^\/(fi|en)\/email-verified\?error=INVALID_TOKEN$/);
        expect(sessionCookie(response)).toBeNull();
      }
      expect((await database.client.user.findUnique({ where: { email } }))?.emailVerified).toBe(false);
    });
  });

  describe("without SMTP_URL", () => {
    it("sign-up works as before: a new address is signed in, a taken one is told so", async () => {
      const email = address("plain");
      const first = await signUp(plain, email);
      expect(first.status).toBe(200);
      expect(sessionCookie(first)).not.toBeNull();
      const second = await signUp(plain, email);
      expect(second.status).toBe(422);
      expect(await second.json()).toMatchObject({ code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" });
      expect((await signIn(plain, email)).status).toBe(200);
      expect(mailbox.to(email)).toEqual([]);
    });

    it("the email endpoints do not exist", async () => {
      expect((await post(plain, "/request-password-reset", { email: address("x"), redirectTo: "/en/reset-password" })).status).toBe(404);
      expect((await post(plain, "/reset-password", { newPassword: NEW_PASSWORD, token: "A".repeat(24) })).status).toBe(404);
      expect((await post(plain, "/send-verification-email", { email: address("x") })).status).toBe(404);
      expect((await get(plain, "/verify-email?token=a.b.c")).status).toBe(404);
    });
  });

  it("a mail server that cannot be reached does not change the answer, and the log names no address", async () => {
    const unreachable = await loadApp(database.url, { SMTP_URL: "smtp://127.0.0.1:9" });
    const errors = logs[3]!;
    const before = errors.mock.calls.length;
    const email = address("unreachable");
    const response = await signUp(unreachable, email);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "checkEmail" });
    await vi.waitFor(() => expect(errors.mock.calls.length).toBeGreaterThan(before), { timeout: 10_000 });
    const lines = errors.mock.calls.slice(before).map((args) => args.map(String).join(" "));
    expect(
      lines.some((line) => /^Mail: the address verification message could not be sent \(E[A-Z]+\)\.$/.test(line)),
      lines.join("\n"),
    ).toBe(true);
  });
});
