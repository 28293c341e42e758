import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { actionOnlyValues, actionProblem, settle, valueCases, type Shape, type ValueCase } from "../support/bad-input.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/databases.ts";
import { signUp as signUpWith, type SignedUp } from "../support/sign-up.ts";

// Teams (issue 23) through the real server actions and route handlers, on a
// real database of each kind: owners see who has joined and nothing else;
// every other way in answers "not found".

const SITE = "http://kindly.test";

// Server actions read the request headers from next/headers; the test decides what they are.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => request.headers,
}));

async function loadApp(url: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", url);
  vi.stubEnv("SITE_URL", SITE);
  const g = globalThis as { kindlyDb?: unknown; kindlyAuth?: unknown };
  g.kindlyDb = undefined;
  g.kindlyAuth = undefined;
  const [team, policyActions, authRoute, policy, policies, exportRoute, limits] = await Promise.all([
    import("../../app/actions/team.ts"),
    import("../../app/actions/policy.ts"),
    import("../../app/api/auth/[...all]/route.ts"),
    import("../../app/api/policy/route.ts"),
    import("../../app/api/policies/[id]/route.ts"),
    import("../../app/api/account/export/route.ts"),
    import("../../lib/auth/limits.ts"),
  ]);
  return { team, policyActions, authRoute, policy, policies, exportRoute, limits };
}

let ip = 0;
const nextIp = () => {
  ip += 1;
  return `10.9.${(ip >> 8) & 255}.${ip & 255}`;
};

const guideline = {
  language: "fi",
  dontShare: ["Asiakkaiden nimiä tai kasvoja", "Keskeneräisiä tarjouksia"],
  encouragement: "Oma näkyvyytesi auttaa sinua ja meitä.\nAsiakas tuntee sinut jo ennen tapaamista.",
  examples: [{ label: "Hyvä esimerkki", url: "https://www.example.fi/blogi/hyva-paivitys" }],
  linkedinPage: "https://www.linkedin.com/company/example",
};
const baseline = { facebook: { client: "redirect", coworker: "accept" }, instagram: { client: "decline" } };
const memberProfile = {
  displayName: "Mira Member",
  language: "en",
  platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian", overrides: { coworker: "decline" } } },
};

describe.each(PROVIDERS)("teams on %s", (provider) => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof loadApp>>;
  const people: Record<string, SignedUp> = {};

  const as = (person: SignedUp | null, origin: string | null = SITE) => {
    const headers = new Headers();
    if (origin !== null) headers.set("origin", origin);
    if (person) headers.set("cookie", person.cookie);
    request.headers = headers;
    return app.team;
  };
  const http = (method: string, path: string, person: SignedUp | null, body?: unknown) => {
    const headers = new Headers({ origin: SITE, "x-forwarded-for": nextIp() });
    if (person) headers.set("cookie", person.cookie);
    if (body !== undefined) headers.set("content-type", "application/json");
    return new Request(SITE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  };
  const signUp = async (key: string, name: string) => {
    people[key] = await signUpWith((r) => app.authRoute.POST(r), {
      site: SITE,
      name,
      email: `${key}-${provider}@kindly.test`,
      password: `${key} sturdy passphrase 42`,
      ip: nextIp(),
    });
    return people[key]!;
  };
  const teamRows = async () => {
    const byId = { orderBy: { id: "asc" } } as const;
    const [teams, memberships, invites, policies] = await Promise.all([
      database.client.team.findMany(byId),
      database.client.teamMembership.findMany(byId),
      database.client.teamInvite.findMany(byId),
      database.client.policy.findMany(byId),
    ]);
    return JSON.parse(JSON.stringify({ teams, memberships, invites, policies })) as unknown;
  };

  async function makeTeam(owner: SignedUp, name: string) {
    const created = await as(owner).createTeamAction(JSON.stringify({ name, language: "fi" }));
    expect(created).toMatchObject({ ok: true, data: { name, role: "owner" } });
    const team = (created as { data: { id: string; version: number } }).data;
    const saved = await as(owner).saveGuidelineAction(JSON.stringify({ teamId: team.id, name, guideline, baseline, baseVersion: team.version }));
    expect(saved).toMatchObject({ ok: true, data: { guideline, baseline } });
    const invite = await as(owner).createInviteAction(JSON.stringify({ teamId: team.id, days: 7 }));
    expect(invite.ok).toBe(true);
    return { id: team.id, token: (invite as { data: { token: string; id: string } }).data.token, inviteId: (invite as { data: { id: string } }).data.id };
  }

  beforeAll(async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    database = await createTestDatabase(provider);
    app = await loadApp(database.url);
    // Every limit raised but the invite tries', which the last tests count.
    for (const [kind, limit] of Object.entries(app.limits.ATTEMPT_LIMITS)) if (kind !== "teamInvitesPerAccount") Object.assign(limit, { points: 1_000_000 });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    const g = globalThis as { kindlyDb?: { $disconnect(): Promise<void> }; kindlyAuth?: unknown };
    await g.kindlyDb?.$disconnect();
    g.kindlyDb = undefined;
    g.kindlyAuth = undefined;
    await database?.drop();
  });

  it("an owner creates a team and writes the guideline; a member joins by link and sees it as written, with the baseline", async () => {
    const owner = await signUp("olga", "Olga Owner");
    const member = await signUp("mira", "Mira Member");
    const { id, token } = await makeTeam(owner, "Kindly Oy");
    expect(await as(member).previewInviteAction(token)).toMatchObject({ ok: true, data: { teamName: "Kindly Oy" } });
    const joined = await as(member).joinTeamAction(token);
    expect(joined).toMatchObject({ ok: true, data: { id, role: "member", guideline, baseline } });
    // A member sees no members and no invite links.
    expect((joined as { data: object }).data).not.toHaveProperty("members");
    expect((joined as { data: object }).data).not.toHaveProperty("invites");
    expect(await as(member).loadMyBaselineAction()).toEqual({ ok: true, data: baseline });
    // Joining twice, or a second team, is refused.
    expect(await as(member).joinTeamAction(token)).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(member).createTeamAction(JSON.stringify({ name: "Another", language: "en" }))).toMatchObject({ ok: false, code: "conflict" });
  });

  it("owners see who has joined (name and date) and nothing else: never a member's email or policy", async () => {
    const owner = people.olga!;
    const member = people.mira!;
    const saved = await app.policy.PUT(http("PUT", "/api/policy", member, { profile: memberProfile, baseVersion: 0 }));
    expect(saved.status).toBe(200);
    const memberPolicy = (await saved.json()) as { id: string };

    const view = await as(owner).loadMyTeamAction();
    expect(view.ok).toBe(true);
    const team = (view as { data: { members: { name: string; role: string }[] } }).data;
    expect(team.members.map((m) => [m.name, m.role])).toEqual([
      ["Olga Owner", "owner"],
      ["Mira Member", "member"],
    ]);
    expect(Object.keys(team.members[1]!).sort()).toEqual(["id", "joinedAt", "name", "role"]);
    const text = JSON.stringify(view);
    expect(text).not.toContain(member.email);
    expect(text).not.toContain(memberPolicy.id);
    expect(text).not.toContain("civilian");

    // Every way to the member's policy answers 404 to the owner.
    const byRoute = await app.policies.GET(http("GET", `/api/policies/${memberPolicy.id}`, owner), { params: Promise.resolve({ id: memberPolicy.id }) });
    expect(byRoute.status).toBe(404);
    request.headers = new Headers({ origin: SITE, cookie: owner.cookie });
    expect(await app.policyActions.loadPolicyAction(memberPolicy.id)).toMatchObject({ ok: false, code: "notFound" });
    // The owner's own policy and export hold nothing of the member's.
    const own = await app.policy.GET(http("GET", "/api/policy", owner));
    expect(own.status === 200 || own.status === 404).toBe(true);
    expect(await own.text()).not.toContain("Mira");
    const exported = await (await app.exportRoute.GET(http("GET", "/api/account/export", owner))).text();
    expect(exported).not.toContain(member.email);
    expect(exported).not.toContain(memberPolicy.id);
    expect(JSON.parse(exported)).toMatchObject({ teamMembership: { team: "Kindly Oy", role: "owner", guideline, baseline } });
    // The member's export holds the membership, not the other people.
    const memberExport = await (await app.exportRoute.GET(http("GET", "/api/account/export", member))).text();
    expect(JSON.parse(memberExport)).toMatchObject({ teamMembership: { team: "Kindly Oy", role: "member" } });
    expect(memberExport).not.toContain(owner.email);
    expect(memberExport).not.toContain("Olga");
  });

  it("a member of another team, or someone with no team, reaches nothing of this one", async () => {
    const owner = people.olga!;
    const mine = (await as(owner).loadMyTeamAction()) as { data: { id: string; members: { id: string }[]; invites: { id: string }[] } };
    const teamA = mine.data;
    const other = await signUp("otto", "Otto Other");
    const b = await makeTeam(other, "Other Ab");
    const loner = await signUp("lena", "Lena Loner");
    const before = await teamRows();
    const memberId = teamA.members[1]!.id;
    const inviteId = teamA.invites[0]!.id;
    for (const intruder of [other, loner, people.mira!]) {
      const actions = as(intruder);
      const calls = [
        () => actions.saveGuidelineAction(JSON.stringify({ teamId: teamA.id, name: "Hijacked", guideline, baseline: {}, baseVersion: 2 })),
        () => actions.createInviteAction(JSON.stringify({ teamId: teamA.id, days: 30 })),
        () => actions.revokeInviteAction(JSON.stringify({ teamId: teamA.id, inviteId })),
        () => actions.removeMemberAction(JSON.stringify({ teamId: teamA.id, memberId })),
        () => actions.handOverAction(JSON.stringify({ teamId: teamA.id, memberId })),
        () => actions.deleteTeamAction(JSON.stringify({ teamId: teamA.id })),
        // Another team's ids under one's own team id are not found either.
        () => actions.removeMemberAction(JSON.stringify({ teamId: b.id, memberId })),
        () => actions.revokeInviteAction(JSON.stringify({ teamId: b.id, inviteId })),
      ];
      for (const call of calls) expect(await call()).toMatchObject({ ok: false, code: "notFound" });
      if (intruder !== people.mira)
        expect(await as(intruder).leaveTeamAction(JSON.stringify({ teamId: teamA.id }))).toMatchObject({ ok: false, code: "notFound" });
    }
    expect(await teamRows()).toEqual(before);
    // Otto sees only his own team.
    const otto = (await as(other).loadMyTeamAction()) as { data: { id: string; members: { name: string }[] } };
    expect(otto.data.id).toBe(b.id);
    expect(otto.data.members.map((m) => m.name)).toEqual(["Otto Other"]);
    expect(await as(loner).loadMyTeamAction()).toEqual({ ok: true, data: null });
    expect(await as(loner).loadMyBaselineAction()).toEqual({ ok: true, data: {} });
  });

  it("invite links: signed, expiring and revocable; a tampered, revoked or expired link is refused with its reason", async () => {
    const owner = await signUp("ines", "Ines Owner");
    const { id, token, inviteId } = await makeTeam(owner, "Invite Oy");
    const guest = await signUp("gus", "Gus Guest");
    const [inviteIdPart, signature] = token.split(".") as [string, string];
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    expect(await as(guest).previewInviteAction(`${inviteIdPart}.${flipped}`)).toMatchObject({ ok: false, code: "notFound", reason: "invalid" });
    // Another team's signature on this invite id, or this signature on another invite id.
    const other = (await teamRows()) as { invites: { id: string }[] };
    const foreignId = other.invites.find((i) => i.id !== inviteId)!.id;
    expect(await as(guest).joinTeamAction(`${foreignId}.${signature}`)).toMatchObject({ ok: false, reason: "invalid" });
    for (const bad of ["", "x", token + "x", token.toUpperCase(), `${token}\n`, 42, null, { token }, [token]]) {
      expect(await as(guest).joinTeamAction(bad)).toMatchObject({ ok: false, code: "notFound" });
    }
    // A link whose stored expiry was moved no longer matches its signature.
    const second = (await as(owner).createInviteAction(JSON.stringify({ teamId: id, days: 1 }))) as { data: { id: string; token: string } };
    await database.client.teamInvite.update({ where: { id: second.data.id }, data: { expiresAt: new Date(Date.now() + 30 * 86_400_000) } });
    expect(await as(guest).previewInviteAction(second.data.token)).toMatchObject({ ok: false, reason: "invalid" });

    // Revoked: refused, also when replayed later.
    expect(await as(owner).revokeInviteAction(JSON.stringify({ teamId: id, inviteId }))).toEqual({ ok: true, data: true });
    expect(await as(guest).joinTeamAction(token)).toMatchObject({ ok: false, code: "notFound", reason: "revoked" });
    expect(await as(owner).revokeInviteAction(JSON.stringify({ teamId: id, inviteId }))).toMatchObject({ ok: false, code: "notFound" });

    // Expired: a day-long link a day and a second later.
    const short = (await as(owner).createInviteAction(JSON.stringify({ teamId: id, days: 1 }))) as { data: { token: string } };
    expect(await as(guest).previewInviteAction(short.data.token)).toMatchObject({ ok: true });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 86_400_000 + 1000 });
    try {
      expect(await as(guest).joinTeamAction(short.data.token)).toMatchObject({ ok: false, code: "notFound", reason: "expired" });
    } finally {
      vi.useRealTimers();
    }
    expect(await database.client.teamMembership.count({ where: { userId: guest.id } })).toBe(0);
    // Invite days are bounded.
    for (const days of [0, 31, 1.5, -1, "7"]) {
      expect(await as(owner).createInviteAction(JSON.stringify({ teamId: id, days }))).toMatchObject({ ok: false, code: "invalid" });
    }
  });

  it("a removed member's old session and old link reach nothing", async () => {
    const owner = await signUp("rita", "Rita Owner");
    const { id, token } = await makeTeam(owner, "Remove Oy");
    const removed = await signUp("ralf", "Ralf Removed");
    expect((await as(removed).joinTeamAction(token)).ok).toBe(true);
    const view = (await as(owner).loadMyTeamAction()) as { data: { members: { id: string; name: string }[] } };
    const ralf = view.data.members.find((m) => m.name === "Ralf Removed")!;
    expect(await as(owner).removeMemberAction(JSON.stringify({ teamId: id, memberId: ralf.id }))).toEqual({ ok: true, data: true });
    // The same session: no team, no baseline, no way to act on it.
    expect(await as(removed).loadMyTeamAction()).toEqual({ ok: true, data: null });
    expect(await as(removed).loadMyBaselineAction()).toEqual({ ok: true, data: {} });
    expect(await as(removed).leaveTeamAction(JSON.stringify({ teamId: id }))).toMatchObject({ ok: false, code: "notFound" });
    // The old link no longer lets them (or anyone) back in.
    expect(await as(removed).joinTeamAction(token)).toMatchObject({ ok: false, code: "notFound", reason: "revoked" });
    // Removing them again, or the owner, is not found.
    expect(await as(owner).removeMemberAction(JSON.stringify({ teamId: id, memberId: ralf.id }))).toMatchObject({ ok: false, code: "notFound" });
    const ownerId = view.data.members.find((m) => m.name === "Rita Owner")!.id;
    expect(await as(owner).removeMemberAction(JSON.stringify({ teamId: id, memberId: ownerId }))).toMatchObject({ ok: false, code: "notFound" });
  });

  it("leaving keeps the member's own choices; an owner hands over or deletes instead", async () => {
    const owner = people.olga!;
    const member = people.mira!;
    const team = (await as(owner).loadMyTeamAction()) as { data: { id: string } };
    const before = await (await app.policy.GET(http("GET", "/api/policy", member))).json();
    expect(await as(owner).leaveTeamAction(JSON.stringify({ teamId: team.data.id }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(member).leaveTeamAction(JSON.stringify({ teamId: team.data.id }))).toEqual({ ok: true, data: true });
    expect(await (await app.policy.GET(http("GET", "/api/policy", member))).json()).toEqual(before);
    expect(await as(member).loadMyTeamAction()).toEqual({ ok: true, data: null });
  });

  it("handing over: the new owner sees the members, the old one stays as a member", async () => {
    const owner = await signUp("hanna", "Hanna Owner");
    const { id, token } = await makeTeam(owner, "Handover Oy");
    const heir = await signUp("henri", "Henri Heir");
    expect((await as(heir).joinTeamAction(token)).ok).toBe(true);
    const view = (await as(owner).loadMyTeamAction()) as { data: { members: { id: string; name: string }[] } };
    const henri = view.data.members.find((m) => m.name === "Henri Heir")!;
    expect(await as(owner).handOverAction(JSON.stringify({ teamId: id, memberId: henri.id }))).toEqual({ ok: true, data: true });
    expect(await as(heir).loadMyTeamAction()).toMatchObject({ ok: true, data: { role: "owner", members: [{ name: "Hanna Owner" }, { name: "Henri Heir" }] } });
    const old = (await as(owner).loadMyTeamAction()) as { data: object };
    expect(old.data).toMatchObject({ role: "member" });
    expect(old.data).not.toHaveProperty("members");
    // The old owner can no longer act as one.
    expect(await as(owner).deleteTeamAction(JSON.stringify({ teamId: id }))).toMatchObject({ ok: false, code: "notFound" });
  });

  it("deleting an account: an owner with members must hand over or delete the team first; alone, the team goes with the account", async () => {
    const owner = await signUp("dora", "Dora Owner");
    const { id, token } = await makeTeam(owner, "Delete Oy");
    const stay = await signUp("stig", "Stig Stay");
    expect((await as(stay).joinTeamAction(token)).ok).toBe(true);
    const del = (who: SignedUp) => app.authRoute.POST(http("POST", "/api/auth/delete-user", who, { password: who.password }));
    const refused = await del(owner);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "TEAM_HAS_MEMBERS" });
    expect(await database.client.user.count({ where: { id: owner.id } })).toBe(1);
    expect(await database.client.team.count({ where: { id } })).toBe(1);
    // The member may delete their account at any time; the team keeps its owner.
    expect((await del(stay)).status).toBe(200);
    expect(await database.client.teamMembership.count({ where: { teamId: id } })).toBe(1);
    // Now alone: the team goes with the account.
    expect((await del(owner)).status).toBe(200);
    expect(await database.client.team.count({ where: { id } })).toBe(0);
    expect(await database.client.teamInvite.count({ where: { teamId: id } })).toBe(0);
  });

  it("deleting the team removes its memberships and links, and no member's policy", async () => {
    const owner = await signUp("tove", "Tove Owner");
    const { id, token } = await makeTeam(owner, "Gone Oy");
    const member = await signUp("tim", "Tim Member");
    expect((await as(member).joinTeamAction(token)).ok).toBe(true);
    expect((await app.policy.PUT(http("PUT", "/api/policy", member, { profile: memberProfile, baseVersion: 0 }))).status).toBe(200);
    expect(await as(owner).deleteTeamAction(JSON.stringify({ teamId: id }))).toEqual({ ok: true, data: true });
    expect(await database.client.teamMembership.count({ where: { teamId: id } })).toBe(0);
    expect(await database.client.policy.count({ where: { ownerId: member.id } })).toBe(1);
    expect(await as(member).joinTeamAction(token)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("the guideline's bounds: 7 items of 120 characters, 600 characters of encouragement, 5 https links", async () => {
    const owner = await signUp("bo", "Bo Bounds");
    const { id } = await makeTeam(owner, "Bounds Oy");
    const version = ((await as(owner).loadMyTeamAction()) as { data: { version: number } }).data.version;
    const save = (patch: object) =>
      as(owner).saveGuidelineAction(JSON.stringify({ teamId: id, name: "Bounds Oy", guideline: { ...guideline, ...patch }, baseline, baseVersion: version }));
    const refused = [
      { dontShare: Array.from({ length: 8 }, (_, i) => `Item ${i}`) },
      { dontShare: ["x".repeat(121)] },
      { dontShare: [""] },
      { dontShare: ["two\nlines"] },
      { encouragement: "x".repeat(601) },
      { encouragement: "a\u202eb" },
      { examples: Array.from({ length: 6 }, (_, i) => ({ label: `E${i}`, url: "https://example.fi/" })) },
      { examples: [{ label: "Plain", url: "http://example.fi/" }] },
      { examples: [{ label: "Script", url: "javascript:alert(1)" }] },
      { examples: [{ label: "User", url: "https://good.example@evil.example/" }] },
      { linkedinPage: "ftp://example.fi" },
    ];
    for (const patch of refused) expect(await save(patch), JSON.stringify(patch)).toMatchObject({ ok: false, code: "invalid" });
    const atTheBounds = {
      dontShare: Array.from({ length: 7 }, (_, i) => `${i}`.padEnd(120, "x")),
      encouragement: "y".repeat(600),
      examples: Array.from({ length: 5 }, (_, i) => ({ label: `Example ${i}`, url: `https://example.fi/${i}` })),
    };
    expect(await save(atTheBounds)).toMatchObject({ ok: true, data: { guideline: atTheBounds, version: version + 1 } });
    // A stale version is a conflict, never applied.
    expect(await save({ dontShare: [] })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("limits: invite links tried by one account are counted (20 per 15 minutes)", async () => {
    const prober = await signUp("pia", "Pia Prober");
    const results = [];
    for (let i = 0; i < 22; i++) results.push(await as(prober).previewInviteAction(`c${i}.${"x".repeat(43)}`));
    expect(results.slice(0, 20).every((r) => r.ok === false && r.code === "notFound")).toBe(true);
    expect(results.slice(20)).toEqual([
      { ok: false, code: "tooManyRequests" },
      { ok: false, code: "tooManyRequests" },
    ]);
    // Another account is not held back by Pia's tries.
    expect(await as(people.gus!).previewInviteAction("c1.x")).toMatchObject({ ok: false, code: "notFound" });
  });

  it("refuses a foreign or missing Origin and a missing session before anything else", async () => {
    const owner = people.ines!;
    const before = await teamRows();
    for (const [who, origin, code] of [
      [owner, "http://evil.example", "forbidden"],
      [owner, null, "forbidden"],
      [null, SITE, "signedOut"],
    ] as const) {
      const actions = as(who, origin);
      for (const call of [
        () => actions.loadMyTeamAction(),
        () => actions.createTeamAction(JSON.stringify({ name: "X", language: "en" })),
        () => actions.joinTeamAction("x.y"),
        () => actions.deleteTeamAction(JSON.stringify({ teamId: "abc" })),
      ]) {
        expect(await call()).toMatchObject({ ok: false, code });
      }
    }
    expect(await teamRows()).toEqual(before);
  });

  it("the bad-input corpus: every team action answers { ok: false } to every malformed input and writes nothing", async () => {
    const owner = people.ines!;
    const team = ((await as(owner).loadMyTeamAction()) as { data: { id: string; version: number; members: { id: string }[]; invites: { id: string }[] } }).data;
    const shapes: [string, (json: unknown) => Promise<unknown>, Shape][] = [
      ["createTeamAction", (v) => as(owner).createTeamAction(v as string), { sample: { name: "New", language: "en" }, required: ["name", "language"] }],
      [
        "saveGuidelineAction",
        (v) => as(owner).saveGuidelineAction(v as string),
        {
          sample: { teamId: team.id, name: "Invite Oy", guideline, baseline, baseVersion: team.version + 100 },
          required: ["teamId", "name", "guideline", "baseline", "baseVersion", "guideline.dontShare", "guideline.language"],
          badStrings: { "guideline.linkedinPage": ["http://x.fi", "javascript:1", "https://a@b.fi"], "guideline.language": ["sv", "EN", ""] },
        },
      ],
      ["createInviteAction", (v) => as(owner).createInviteAction(v as string), { sample: { teamId: "c".repeat(25), days: 7 }, required: ["teamId", "days"] }],
      [
        "revokeInviteAction",
        (v) => as(owner).revokeInviteAction(v as string),
        { sample: { teamId: team.id, inviteId: "c".repeat(25) }, required: ["teamId", "inviteId"] },
      ],
      [
        "removeMemberAction",
        (v) => as(owner).removeMemberAction(v as string),
        { sample: { teamId: team.id, memberId: team.members[0]!.id }, required: ["teamId", "memberId"] },
      ],
      [
        "handOverAction",
        (v) => as(owner).handOverAction(v as string),
        { sample: { teamId: team.id, memberId: team.members[0]!.id }, required: ["teamId", "memberId"] },
      ],
      ["deleteTeamAction", (v) => as(owner).deleteTeamAction(v as string), { sample: { teamId: "c".repeat(25) }, required: ["teamId"] }],
      ["leaveTeamAction", (v) => as(owner).leaveTeamAction(v as string), { sample: { teamId: team.id }, required: ["teamId"] }],
    ];
    const before = await teamRows();
    let total = 0;
    for (const [name, call, shape] of shapes) {
      const cases: ValueCase[] = [...valueCases(shape).map((c) => ({ label: c.label, value: JSON.stringify(c.value) })), ...actionOnlyValues(shape.sample)];
      const problems: string[] = [];
      for (const c of cases) {
        const problem = actionProblem(await settle(() => call(c.value)));
        if (problem) problems.push(`${name} ${c.label}: ${problem}`);
      }
      total += cases.length;
      expect(problems).toEqual([]);
    }
    for (const token of ["", "a.b", "x".repeat(100_000), "c1.\u0000", "../../etc", { toString: () => "x" }, 10n ** 30n, undefined]) {
      expect(actionProblem(await settle(() => as(owner).joinTeamAction(token)))).toBeNull();
      expect(actionProblem(await settle(() => as(owner).previewInviteAction(token)))).toBeNull();
    }
    expect(total).toBeGreaterThanOrEqual(200);
    expect(await teamRows()).toEqual(before);
  });
});
