import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";

import { closeApps, freshIp, loadApp, request, signUp, type App, type SignedUp } from "../support/app.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/databases.ts";

// "Download my data" and "delete my account", through the real route handlers
// on a real database of each kind.

const profile = (displayName: string) => ({ displayName, language: "fi", platforms: { linkedin: { persona: "professional" } } });

describe.each(PROVIDERS)("account export and deletion on %s", (provider) => {
  let database: TestDatabase;
  let app: App;
  let logs: MockInstance[];

  beforeAll(async () => {
    logs = (["log", "info", "warn", "error"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    database = await createTestDatabase(provider);
    app = await loadApp(database.url);
  });
  afterAll(async () => {
    for (const spy of logs) spy.mockRestore();
    await closeApps();
    await database?.drop();
  });

  async function personWithPolicy(name: string) {
    const person = await signUp(app, { name });
    const saved = await app.policy.PUT(request(app, "/api/policy", { method: "PUT", body: { profile: profile(name), baseVersion: 0 }, cookie: person.cookie }));
    expect(saved.status).toBe(200);
    return person;
  }
  const rowsOf = async (userId: string) => ({
    user: await database.client.user.count({ where: { id: userId } }),
    session: await database.client.session.count({ where: { userId } }),
    account: await database.client.account.count({ where: { userId } }),
    policy: await database.client.policy.count({ where: { ownerId: userId } }),
  });
  const exportFor = (who: SignedUp | null) => app.exportAccount.GET(request(app, "/api/account/export", { cookie: who?.cookie }));

  it("GET /api/account/export returns the person's own data as a JSON download, and 401 when signed out", async () => {
    const ida = await personWithPolicy("Ida Export");
    const other = await personWithPolicy("Someone Else");
    const response = await exportFor(ida);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="kindly-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const data = JSON.parse(text) as {
      user: { id: string; email: string; name: string };
      sessions: unknown[];
      policy: { version: number; profile: { displayName: string; language: string } } | null;
    };
    expect(data.user).toMatchObject({ id: ida.id, email: ida.email, name: "Ida Export" });
    expect(data.policy).toMatchObject({ version: 1, profile: { displayName: "Ida Export", language: "fi" } });
    expect(data.sessions.length).toBe(await database.client.session.count({ where: { userId: ida.id } }));

    // Nothing of anyone else's, and no secrets: no password hash, no session token.
    expect(text).not.toContain(other.email);
    expect(text).not.toContain("Someone Else");
    const account = await database.client.account.findFirst({ where: { userId: ida.id }, select: { password: true } });
    expect(account?.password).toBeTruthy();
    expect(text).not.toContain(account!.password!);
    const tokens = await database.client.session.findMany({ where: { userId: ida.id }, select: { token: true } });
    for (const { token } of tokens) expect(text).not.toContain(token);

    const signedOut = await exportFor(null);
    expect(signedOut.status).toBe(401);
    const forged = await exportFor({ ...ida, cookie: "kindly.session_token=not-a-real-token.signature" });
    expect(forged.status).toBe(401);
  });

  it("deleting the account with the wrong password deletes nothing", async () => {
    const jon = await personWithPolicy("Jon Keep");
    const before = await rowsOf(jon.id);
    const response = await app.auth.POST(request(app, "/api/auth/delete-user", { body: { password: "not-my-password" }, cookie: jon.cookie, ip: freshIp() }));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await rowsOf(jon.id)).toEqual(before);
    expect((await app.policy.GET(request(app, "/api/policy", { cookie: jon.cookie }))).status).toBe(200);
  });

  it("deleting the account removes every row of theirs, only theirs, and the old session stops working", async () => {
    const kai = await personWithPolicy("Kai Delete");
    // A second session (another device).
    const second = await app.auth.POST(request(app, "/api/auth/sign-in/email", { body: { email: kai.email, password: kai.password }, ip: freshIp() }));
    expect(second.status).toBe(200);
    const bystander = await personWithPolicy("Bystander");
    const bystanderBefore = await rowsOf(bystander.id);
    expect(await rowsOf(kai.id)).toEqual({ user: 1, session: 2, account: 1, policy: 1 });

    const response = await app.auth.POST(request(app, "/api/auth/delete-user", { body: { password: kai.password }, cookie: kai.cookie, ip: freshIp() }));
    expect(response.status).toBe(200);

    expect(await rowsOf(kai.id)).toEqual({ user: 0, session: 0, account: 0, policy: 0 });
    expect(await database.client.user.count({ where: { email: kai.email } })).toBe(0);
    expect(await rowsOf(bystander.id)).toEqual(bystanderBefore);

    expect((await app.policy.GET(request(app, "/api/policy", { cookie: kai.cookie }))).status).toBe(401);
    expect((await exportFor(kai)).status).toBe(401);
    const write = await app.policy.PUT(request(app, "/api/policy", { method: "PUT", body: { profile: profile("Ghost"), baseVersion: 0 }, cookie: kai.cookie }));
    expect(write.status).toBe(401);
    expect(await database.client.policy.count({ where: { ownerId: kai.id } })).toBe(0);
    // The old password no longer signs in; the email is free to sign up again.
    const signIn = await app.auth.POST(request(app, "/api/auth/sign-in/email", { body: { email: kai.email, password: kai.password }, ip: freshIp() }));
    expect(signIn.status).toBe(401);
    const again = await signUp(app, { email: kai.email, password: kai.password });
    expect(again.id).not.toBe(kai.id);
  });
});
