// The bad input corpus: hundreds of malformed requests to every route handler
// and server action that takes input, on a real SQLite and a real PostgreSQL
// database. Every answer must be a 4xx with a clear JSON error (a structured
// `{ ok: false }` for server actions) — never a 5xx, never a stack trace — and
// nothing may be written to the database.
import { z } from "zod";
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";

import {
  LANGUAGES,
  MET_VALUES,
  MUTUAL_LEVELS,
  NETWORKING_STYLES,
  PERSONAS,
  PLATFORMS,
  PROFESSIONS,
  RELATIONSHIPS,
  VERDICTS,
  VISIBILITIES,
} from "../../lib/engine/vocabulary.ts";
import {
  actionOnlyValues,
  actionProblem,
  badEnum,
  badLinkedinUrls,
  badPolicyIds,
  badPracticeUrls,
  badText,
  preview,
  problemWith,
  prototypeFingerprint,
  rawCases,
  safeEncode,
  settle,
  snapshotDatabase,
  valueCases,
  type RawCase,
  type Shape,
  type ValueCase,
} from "../support/bad-input.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/databases.ts";
import { startMailbox, type Mailbox } from "../support/mailbox.ts";
import { signUp as signUpWith } from "../support/sign-up.ts";

const SITE = "http://kindly.test";
const MIN_CASES = 200;

// Server actions read the request headers from next/headers; the test decides what they are.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => request.headers,
}));

// ---------------------------------------------------------------- valid samples and their shapes

const platform = (persona: string, visibility: string) => ({ persona, visibility, overrides: { client: "accept", stranger: "decline" } });

const profile = {
  displayName: "Aino Example",
  language: "en",
  creativeField: false,
  jobSeeking: true,
  networkingStyle: "selective",
  linkedinUrl: "https://www.linkedin.com/in/aino-example",
  profession: "therapist",
  practiceUrl: "https://www.example.fi/terapia-aino",
  platforms: {
    linkedin: platform("professional", "public"),
    x: platform("mixed", "public"),
    facebook: platform("civilian", "private"),
    instagram: platform("civilian", "private"),
  },
};

function profileBadStrings(prefix: string): Record<string, string[]> {
  const out: Record<string, string[]> = {
    [`${prefix}displayName`]: badText(80),
    [`${prefix}language`]: badEnum(LANGUAGES),
    [`${prefix}networkingStyle`]: badEnum(NETWORKING_STYLES),
    [`${prefix}linkedinUrl`]: [...badLinkedinUrls(), ""],
    [`${prefix}profession`]: badEnum(PROFESSIONS),
    [`${prefix}practiceUrl`]: [...badPracticeUrls(), ""],
  };
  for (const p of PLATFORMS) {
    out[`${prefix}platforms.${p}.persona`] = badEnum(PERSONAS);
    out[`${prefix}platforms.${p}.visibility`] = badEnum(VISIBILITIES);
    out[`${prefix}platforms.${p}.overrides.client`] = badEnum(VERDICTS);
    out[`${prefix}platforms.${p}.overrides.stranger`] = badEnum(VERDICTS).slice(0, 8);
  }
  return out;
}

const decideShape: Shape = {
  sample: {
    profile,
    request: {
      platform: "facebook",
      relationship: "client",
      met: "in_person",
      rapport: true,
      note: false,
      mutualConnections: "few",
      commonGround: true,
      redFlags: ["sales_pitch"],
      requesterName: "Jussi",
      metAt: "Slush 2025",
    },
    templateLanguage: "fi",
  },
  required: ["profile", "request", "request.platform", "request.relationship"],
  badStrings: {
    ...profileBadStrings("profile."),
    "request.platform": badEnum(PLATFORMS),
    "request.relationship": badEnum(RELATIONSHIPS),
    "request.met": badEnum(MET_VALUES),
    "request.mutualConnections": badEnum(MUTUAL_LEVELS),
    "request.requesterName": badText(80),
    "request.metAt": badText(120),
    templateLanguage: badEnum(LANGUAGES),
  },
};

// Issue 22: the invitation composer takes the same profile and a target.
const composeShape: Shape = {
  sample: {
    profile: { ...profile, linkedinAccount: "premium" },
    target: {
      platform: "facebook",
      relationship: "client",
      name: "Jussi",
      met: "meeting_planned",
      metAt: "Slush 2025",
      rapport: true,
      commonGround: "we both studied in Tampere",
      why: "I'd like to hear how the pilot goes",
    },
  },
  required: ["profile", "target", "target.platform", "target.relationship"],
  badStrings: {
    ...profileBadStrings("profile."),
    "profile.linkedinAccount": badEnum(["free", "premium"]),
    "target.platform": badEnum(PLATFORMS),
    "target.relationship": badEnum(RELATIONSHIPS),
    "target.met": badEnum(MET_VALUES),
    "target.name": badText(80),
    "target.metAt": badText(120),
    "target.commonGround": badText(120),
    "target.why": badText(200),
  },
};

const savePolicyShape = (baseVersion: number): Shape => ({
  sample: { profile, baseVersion },
  required: ["profile", "baseVersion"],
  badStrings: profileBadStrings("profile."),
});

const accountShape = (baseVersion: number): Shape => ({
  sample: { displayName: "Aino Example", language: "fi", linkedinUrl: "https://www.linkedin.com/in/aino-example", baseVersion },
  // displayName may be left out: it defaults to "" (no name), as in the profile.
  required: ["language", "linkedinUrl", "baseVersion"],
  badStrings: { displayName: badText(80), language: badEnum(LANGUAGES), linkedinUrl: badLinkedinUrls() },
});

const historyEntry = {
  clientId: "entry-0001-sample",
  platform: "facebook",
  relationship: "coworker",
  fullName: "Jussi Virtanen",
  greetingName: "Jussi",
  profileLink: "https://www.facebook.com/jussi.virtanen",
  verdict: "redirect",
  message: "Hi Jussi, let's connect on LinkedIn instead!",
  origin: "advice",
  note: "met at Slush",
  waiting: false,
  meetingDate: "2026-12-20",
  decidedAt: "2026-11-03T10:00:00.000Z",
};

/** Malformed history entries: every case, sent as the one entry of `{ entries: [...] }`. */
const historyEntryShape: Shape = {
  sample: historyEntry,
  required: ["clientId", "platform", "relationship", "verdict", "decidedAt"],
  badStrings: {
    clientId: ["", "short", "x".repeat(65), "has space!", "../../etc", "entry\u0000id", "🎉🎉🎉🎉🎉🎉🎉🎉"],
    platform: badEnum(PLATFORMS),
    relationship: badEnum(RELATIONSHIPS),
    fullName: badText(120),
    greetingName: badText(80),
    profileLink: badText(300).slice(0, 8),
    verdict: badEnum(VERDICTS),
    message: ["x".repeat(2001), "nul\u0000", "\u001b[31mred", "\u202eevil", "bad \ufffd byte", "x".repeat(kb(60))],
    origin: badEnum(["advice", "import"]),
    note: badText(280),
    meetingDate: ["", "2026-13-01", "2026-02-30", "20.12.2026", "2026-12-20T10:00:00Z", "1999-01-01", "9999-01-01"],
    decidedAt: ["", "yesterday", "2026-11-03", "2019-12-31T23:59:59Z", "2999-01-01T00:00:00Z", "2026-11-03T10:00:00", "x".repeat(100)],
  },
};

const historyPostShape: Shape = {
  sample: { entries: [historyEntry], retention: 12 },
  required: [],
};

/** Strings z.email() refuses: better-auth stops at them before any database lookup or password hash. */
const BAD_EMAILS = [
  "",
  " ",
  "plainaddress",
  "@kindly.test",
  "aino@",
  "aino@kindly",
  "aino@@kindly.test",
  "aino@kindly..test",
  "aino.@kindly.test",
  ".aino@kindly.test",
  "ai no@kindly.test",
  "aino@kindly.test ",
  " aino@kindly.test",
  "aino@kindly.test\u0000",
  "aino@kindly.test\r\nBcc: victim@kindly.test",
  "aino@kindly.test,other@kindly.test",
  "<aino@kindly.test>",
  "Aino <aino@kindly.test>",
  "aino@-kindly.test",
  "aino@kindly.t",
  "aino@[127.0.0.1]",
  '"aino"@kindly.test',
  "aino@kindly.test/../../",
  "' OR 1=1 --@kindly.test",
  "aino@" + "a".repeat(300) + ".test",
  "a".repeat(70_000),
  "😀@😀.test",
  "aino@kindly.test\u202e",
  "__proto__",
  "aino@localhost",
].filter((email) => !z.email().safeParse(email).success);

const BAD_PASSWORDS = ["", "short", "1234567", "x".repeat(129), "x".repeat(10_000), "x".repeat(kb(60)), "password123", "Salasana1", "qwertyuiop", "PASSWORD"];

function kb(n: number) {
  return n * 1024;
}

// ---------------------------------------------------------------- the app, loaded against one database

async function loadApp(url: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", url);
  vi.stubEnv("SITE_URL", SITE);
  // The per-person history limit raised, so every answer counted is the route's own.
  vi.stubEnv("HISTORY_LIMIT_PER_MINUTE", "1000000");
  const g = globalThis as { kindlyDb?: unknown; kindlyAuth?: unknown };
  g.kindlyDb = undefined;
  g.kindlyAuth = undefined;
  const [decide, compose, policy, policies, authRoute, policyActions, accountActions, history, historyActions] = await Promise.all([
    import("../../app/api/decide/route.ts"),
    import("../../app/api/compose/route.ts"),
    import("../../app/api/policy/route.ts"),
    import("../../app/api/policies/[id]/route.ts"),
    import("../../app/api/auth/[...all]/route.ts"),
    import("../../app/actions/policy.ts"),
    import("../../app/actions/account.ts"),
    import("../../app/api/history/route.ts"),
    import("../../app/actions/history.ts"),
  ]);
  return { decide, compose, policy, policies, authRoute, policyActions, accountActions, history, historyActions };
}

let ip = 0;
/** A fresh client address per request, so per-IP rate limits never hide what is behind them. */
const nextIp = () => {
  ip += 1;
  return `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`;
};

type Send = { body?: BodyInit | null; contentType?: string | null; headers?: Record<string, string> };

function httpRequest(method: string, path: string, { body = null, contentType = null, headers = {} }: Send): Request {
  const h = new Headers({ "x-forwarded-for": nextIp(), ...headers });
  if (contentType !== null) h.set("content-type", contentType);
  return new Request(SITE + path, { method, headers: h, body, duplex: "half" } as RequestInit);
}

const asJson = (c: ValueCase): RawCase => ({ label: c.label, body: JSON.stringify(c.value), contentType: "application/json" });

type Outcome = { label: string; status: number; problem: string | null };

/** Sends every case; returns the problems (labelled) and the status counts. */
async function run(cases: { label: string; send: () => Promise<Response> }[], allowed?: number[]) {
  const problems: string[] = [];
  const statuses: Record<number, number> = {};
  for (const c of cases) {
    let outcome: Outcome;
    try {
      const response = await c.send();
      outcome = { label: c.label, status: response.status, problem: await problemWith(response) };
    } catch (error) {
      outcome = { label: c.label, status: 0, problem: `threw ${(error as Error).name}: ${(error as Error).message.split("\n")[0]}` };
    }
    statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
    if (!outcome.problem && allowed && !allowed.includes(outcome.status)) outcome.problem = `status ${outcome.status}, expected one of ${allowed.join("/")}`;
    if (outcome.problem) problems.push(`${c.label}: ${outcome.problem}`);
  }
  return { problems, statuses, count: cases.length };
}

async function runActions(cases: { label: string; call: () => Promise<unknown> }[]) {
  const problems: string[] = [];
  const reasons: Record<string, number> = {};
  for (const c of cases) {
    const outcome = await settle(c.call);
    const problem = actionProblem(outcome);
    if (outcome.resolved) {
      const r = outcome.value as { code?: string };
      const key = String(r?.code ?? "ok");
      reasons[key] = (reasons[key] ?? 0) + 1;
    }
    if (problem) problems.push(`${c.label}: ${problem}`);
  }
  return { problems, reasons, count: cases.length };
}

const summary: string[] = [];
const fingerprint = prototypeFingerprint();

afterAll(() => {
  console.log(`bad input corpus:\n  ${summary.join("\n  ")}`);
});

// ---------------------------------------------------------------- the corpus, on each database

describe.each(PROVIDERS)("bad input corpus on %s", (provider) => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof loadApp>>;
  const users = { a: { cookie: "", policyId: "", version: 0, entryId: "" }, b: { cookie: "", policyId: "", version: 0, entryId: "" } };
  const a = { email: `aino-${provider}@kindly.test`, password: "a sturdy passphrase 42" };
  /** What must never reach the log: the people's passwords and session tokens. */
  const secrets = () => [
    a.password,
    "another sturdy passphrase",
    ...[users.a.cookie, users.b.cookie].map((c) => decodeURIComponent(c.slice(c.indexOf("=") + 1)).split(".")[0]!),
  ];

  const auth = (path: string, send: Send) =>
    app.authRoute.POST(httpRequest("POST", `/api/auth${path}`, { ...send, headers: { origin: SITE, ...send.headers } }));
  const put = (send: Send) => app.policy.PUT(httpRequest("PUT", "/api/policy", send));

  const signUp = async (name: string, email: string, password: string) =>
    (await signUpWith((request) => app.authRoute.POST(request), { site: SITE, name, email, password, ip: nextIp() })).cookie;

  async function save(cookie: string, baseVersion: number, displayName: string) {
    const response = await put({
      body: JSON.stringify({ profile: { ...profile, displayName }, baseVersion }),
      contentType: "application/json",
      headers: { origin: SITE, cookie },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as { id: string; version: number };
  }

  /** Snapshots the database now; the returned check demands it look exactly the same later. */
  async function watchDatabase() {
    const before = await snapshotDatabase(database.client);
    return async () => expect(await snapshotDatabase(database.client)).toEqual(before);
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    app = await loadApp(database.url);
    // The per-account and site-wide limits raised, so every answer counted is the route's own.
    const { ATTEMPT_LIMITS } = await import("../../lib/auth/limits.ts");
    for (const limit of Object.values(ATTEMPT_LIMITS)) Object.assign(limit, { points: 1_000_000 });
    // Deliberate writes, before the snapshot: two people, each with a saved policy.
    users.a.cookie = await signUp("Aino", a.email, a.password);
    users.b.cookie = await signUp("Bjørn", `bjorn-${provider}@kindly.test`, "another sturdy passphrase");
    await save(users.a.cookie, 0, "Aino");
    const savedA = await save(users.a.cookie, 1, "Aino Example");
    const savedB = await save(users.b.cookie, 0, "Bjørn");
    users.a.policyId = savedA.id;
    users.a.version = savedA.version;
    users.b.policyId = savedB.id;
    users.b.version = savedB.version;
    // Each has one history entry.
    for (const who of [users.a, users.b]) {
      const recorded = await app.history.POST(
        httpRequest("POST", "/api/history", {
          body: JSON.stringify({ entries: [{ ...historyEntry, clientId: `setup-${who === users.a ? "a" : "b"}-entry` }] }),
          contentType: "application/json",
          headers: { origin: SITE, cookie: who.cookie },
        }),
      );
      expect(recorded.status, await recorded.clone().text()).toBe(200);
      who.entryId = ((await recorded.json()) as { entries: { id: string }[] }).entries[0]!.id;
    }
    // Positive controls: the sessions and handlers work, so the refusals below are about the input.
    const own = await app.policies.GET(httpRequest("GET", `/api/policies/${savedA.id}`, { headers: { cookie: users.a.cookie } }), {
      params: Promise.resolve({ id: savedA.id }),
    });
    expect(own.status).toBe(200);
    const decided = await app.decide.POST(httpRequest("POST", "/api/decide", { body: JSON.stringify(decideShape.sample), contentType: "application/json" }));
    expect(decided.status).toBe(200);
    const setUp = await snapshotDatabase(database.client);
    expect(setUp.users).toHaveLength(2);
    expect(setUp.policies).toHaveLength(2);
    expect(setUp.history).toHaveLength(2);
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    const g = globalThis as { kindlyDb?: { $disconnect(): Promise<void> }; kindlyAuth?: unknown };
    await g.kindlyDb?.$disconnect();
    g.kindlyDb = undefined;
    g.kindlyAuth = undefined;
    await database?.drop();
  });

  it("POST /api/decide refuses every malformed body with a 4xx JSON error", async () => {
    const expectNothingWritten = await watchDatabase();
    const values = valueCases(decideShape);
    const raws = rawCases(decideShape.sample, { textPath: ["profile", "displayName"] });
    const send = (c: RawCase) => () => app.decide.POST(httpRequest("POST", "/api/decide", c));
    const v = await run(
      values.map(asJson).map((c) => ({ label: c.label, send: send(c) })),
      [400, 413],
    );
    const r = await run(
      raws.map((c) => ({ label: c.label, send: send(c) })),
      [400, 413, 415],
    );
    summary.push(`${provider} POST /api/decide: ${v.count + r.count} requests, statuses ${JSON.stringify(mergeCounts(v.statuses, r.statuses))}`);
    expect([...v.problems, ...r.problems]).toEqual([]);
    expect(v.count + r.count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  it("POST /api/compose refuses every malformed body with a 4xx JSON error", async () => {
    const expectNothingWritten = await watchDatabase();
    const composed = await app.compose.POST(
      httpRequest("POST", "/api/compose", { body: JSON.stringify(composeShape.sample), contentType: "application/json" }),
    );
    expect(composed.status).toBe(200);
    const values = valueCases(composeShape);
    const raws = rawCases(composeShape.sample, { textPath: ["target", "why"] });
    const send = (c: RawCase) => () => app.compose.POST(httpRequest("POST", "/api/compose", c));
    const v = await run(
      values.map(asJson).map((c) => ({ label: c.label, send: send(c) })),
      [400, 413],
    );
    const r = await run(
      raws.map((c) => ({ label: c.label, send: send(c) })),
      [400, 413, 415],
    );
    summary.push(`${provider} POST /api/compose: ${v.count + r.count} requests, statuses ${JSON.stringify(mergeCounts(v.statuses, r.statuses))}`);
    expect([...v.problems, ...r.problems]).toEqual([]);
    expect(v.count + r.count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  it("PUT /api/policy (signed in) refuses every malformed body and writes nothing", async () => {
    const expectNothingWritten = await watchDatabase();
    const shape = savePolicyShape(users.a.version);
    const signedIn = { origin: SITE, cookie: users.a.cookie };
    const send = (c: RawCase) => () => put({ ...c, headers: { ...signedIn, ...c.headers } });
    const values = valueCases(shape).map(asJson);
    // Well-formed but stale or impossible versions: a conflict, never a write.
    const versioned = (label: string) => (baseVersion: number) => ({
      label: `${label} baseVersion ${baseVersion}`,
      body: JSON.stringify({ profile, baseVersion }),
      contentType: "application/json",
    });
    const stale = [0, users.a.version - 1, users.a.version + 1, users.a.version + 1000, 2 ** 31 - 1].map(versioned("stale"));
    // Beyond the 32-bit version column.
    const outOfRange = [2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER].map(versioned("out-of-range"));
    const raws = rawCases(shape.sample, { textPath: ["profile", "displayName"] });
    const valid = JSON.stringify(shape.sample);
    const headerCases: { label: string; headers: Record<string, string> }[] = [
      ...[
        "",
        "null",
        "http://evil.example",
        "https://kindly.test",
        "http://kindly.test:80",
        "http://kindly.test/",
        "http://kindly.test.evil.example",
        "HTTP://KINDLY.TEST",
        "http://kindly.test/api/policy",
        "file://",
        "http://kindly.test\u00ff",
      ].map((origin) => ({
        label: `Origin ${JSON.stringify(origin)}`,
        headers: { origin, cookie: users.a.cookie },
      })),
      { label: "no Origin", headers: { cookie: users.a.cookie } },
      ...badCookies().map(([label, cookie]) => ({ label: `cookie: ${label}`, headers: { origin: SITE, cookie } })),
    ];
    const v = await run(
      values.map((c) => ({ label: c.label, send: send(c) })),
      [400, 409, 413],
    );
    const s = await run([...stale.map((c) => ({ label: c.label, send: send(c) }))], [409]);
    const o = await run([...outOfRange.map((c) => ({ label: c.label, send: send(c) }))], [400]);
    const r = await run(
      raws.map((c) => ({ label: c.label, send: send(c) })),
      [400, 413, 415],
    );
    const h = await run(
      headerCases.map((c) => ({ label: c.label, send: () => put({ body: valid, contentType: "application/json", headers: c.headers }) })),
      [401, 403],
    );
    const count = v.count + s.count + o.count + r.count + h.count;
    summary.push(
      `${provider} PUT /api/policy: ${count} requests, statuses ${JSON.stringify(mergeCounts(v.statuses, s.statuses, o.statuses, r.statuses, h.statuses))}`,
    );
    expect([...v.problems, ...s.problems, ...o.problems, ...r.problems, ...h.problems]).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  it("GET /api/policies/[id] answers 404 (or 401) for every bad id and someone else's", async () => {
    const expectNothingWritten = await watchDatabase();
    const ids = badPolicyIds(users.a.policyId, [users.b.policyId]);
    const get = (id: string, cookie?: string) =>
      app.policies.GET(httpRequest("GET", `/api/policies/${safeEncode(id)}`, { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({ id }) });
    const found = await run(
      ids.map((id) => ({ label: `id ${preview(id)}`, send: () => get(id, users.a.cookie) })),
      [404],
    );
    const signedOut = await run(
      [
        { label: "own id, no cookie", send: () => get(users.a.policyId) },
        ...badCookies().map(([label, cookie]) => ({ label: `own id, cookie: ${label}`, send: () => get(users.a.policyId, cookie) })),
      ],
      [401],
    );
    const count = found.count + signedOut.count;
    summary.push(`${provider} GET /api/policies/[id]: ${count} requests, statuses ${JSON.stringify(mergeCounts(found.statuses, signedOut.statuses))}`);
    expect([...found.problems, ...signedOut.problems]).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  /** Malformed history bodies: the outer shape, and every malformed entry as the one entry. */
  const historyValueCases = (): ValueCase[] => [
    ...valueCases(historyPostShape),
    ...valueCases(historyEntryShape).map((c) => ({ label: `entry: ${c.label}`, value: { entries: [c.value] } })),
    ...[-1, 1, 6, 24, 12.5, "12", null, true].map((retention) => ({ label: `retention ${preview(retention)}`, value: { retention } })),
    { label: "21 entries at once", value: { entries: Array.from({ length: 21 }, (_, i) => ({ ...historyEntry, clientId: `too-many-${i}-entry` })) } },
    { label: "no entries", value: { entries: [] } },
  ];

  it("POST /api/history (signed in) refuses every malformed body and records nothing", async () => {
    const expectNothingWritten = await watchDatabase();
    const post = (send: Send) => app.history.POST(httpRequest("POST", "/api/history", send));
    const signedIn = { origin: SITE, cookie: users.a.cookie };
    const send = (c: RawCase) => () => post({ ...c, headers: { ...signedIn, ...c.headers } });
    const values = historyValueCases().map(asJson);
    const raws = rawCases(historyPostShape.sample, { textPath: ["entries", "0", "fullName"] });
    const valid = JSON.stringify({ entries: [{ ...historyEntry, clientId: "never-stored-entry" }] });
    const headerCases = [
      ...["", "null", "http://evil.example", "https://kindly.test", "http://kindly.test.evil.example"].map((origin) => ({
        label: `Origin ${JSON.stringify(origin)}`,
        headers: { origin, cookie: users.a.cookie },
      })),
      { label: "no Origin", headers: { cookie: users.a.cookie } },
      ...badCookies().map(([label, cookie]) => ({ label: `cookie: ${label}`, headers: { origin: SITE, cookie } })),
    ];
    const v = await run(
      values.map((c) => ({ label: c.label, send: send(c) })),
      [400, 413],
    );
    const r = await run(
      raws.map((c) => ({ label: c.label, send: send(c) })),
      [400, 413, 415],
    );
    const h = await run(
      headerCases.map((c) => ({ label: c.label, send: () => post({ body: valid, contentType: "application/json", headers: c.headers }) })),
      [401, 403],
    );
    const count = v.count + r.count + h.count;
    summary.push(`${provider} POST /api/history: ${count} requests, statuses ${JSON.stringify(mergeCounts(v.statuses, r.statuses, h.statuses))}`);
    expect([...v.problems, ...r.problems, ...h.problems]).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  it("GET and DELETE /api/history answer 404 (or 401, 403) for every bad id and someone else's, deleting nothing", async () => {
    const expectNothingWritten = await watchDatabase();
    const ids = badPolicyIds(users.a.entryId, [users.b.entryId]);
    const path = (id: string) => `/api/history?id=${safeEncode(id)}`;
    const get = (id: string, cookie?: string) => app.history.GET(httpRequest("GET", path(id), { headers: cookie ? { cookie } : {} }));
    const del = (query: string, headers: Record<string, string>) => app.history.DELETE(httpRequest("DELETE", `/api/history?${query}`, { headers }));
    const signedIn = { origin: SITE, cookie: users.a.cookie };
    const found = await run(
      ids.flatMap((id) => [
        { label: `GET id ${preview(id)}`, send: () => get(id, users.a.cookie) },
        { label: `DELETE id ${preview(id)}`, send: () => del(`id=${safeEncode(id)}`, signedIn) },
      ]),
      [404],
    );
    const malformed = await run(
      ["", "all=1", "all=yes", "all=TRUE", `all=true&id=${users.a.entryId}x`, "ids=1"].map((query) => ({
        label: `DELETE ?${query}`,
        send: () => del(query, signedIn),
      })),
      [400, 404],
    );
    const refused = await run(
      [
        { label: "GET own id, no cookie", send: () => get(users.a.entryId) },
        ...badCookies().map(([label, cookie]) => ({ label: `GET own id, cookie: ${label}`, send: () => get(users.a.entryId, cookie) })),
        ...badCookies().map(([label, cookie]) => ({ label: `DELETE all, cookie: ${label}`, send: () => del("all=true", { origin: SITE, cookie }) })),
        ...["", "null", "http://evil.example"].map((origin) => ({
          label: `DELETE own id, Origin ${JSON.stringify(origin)}`,
          send: () => del(`id=${users.a.entryId}`, { origin, cookie: users.a.cookie }),
        })),
        { label: "DELETE all, no Origin", send: () => del("all=true", { cookie: users.a.cookie }) },
      ],
      [401, 403],
    );
    const count = found.count + malformed.count + refused.count;
    summary.push(
      `${provider} GET/DELETE /api/history: ${count} requests, statuses ${JSON.stringify(mergeCounts(found.statuses, malformed.statuses, refused.statuses))}`,
    );
    expect([...found.problems, ...malformed.problems, ...refused.problems]).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(MIN_CASES);
    // The positive control: the owner opens their own entry.
    expect((await get(users.a.entryId, users.a.cookie)).status).toBe(200);
    await expectNothingWritten();
  });

  it("POST /api/auth/sign-up/email refuses every malformed body before creating anyone", async () => {
    const expectNothingWritten = await watchDatabase();
    // A too-short password keeps every mutation invalid (and stops better-auth before it hashes).
    const shape: Shape = {
      sample: {
        name: "Bad Input",
        email: `bad-input-${provider}@kindly.test`,
        password: "short",
        image: "https://kindly.test/a.png",
        callbackURL: "/en/policy",
        rememberMe: true,
      },
      required: ["name", "email", "password"],
    };
    const valid = { name: "Bad Input", email: `bad-input-${provider}@kindly.test`, password: "a sturdy passphrase 42" };
    const values = valueCases(shape).map(asJson);
    const fields = [
      ...BAD_EMAILS.map((email) => ({ label: `email ${preview(email)}`, value: { ...valid, email } })),
      ...BAD_PASSWORDS.map((password) => ({ label: `password ${preview(password)}`, value: { ...valid, password } })),
      ...[null, 0, 123456789, true, [], {}, [valid.password]].map((password) => ({ label: `password ${preview(password)}`, value: { ...valid, password } })),
      ...[null, 0, true, [], {}].map((name) => ({ label: `name ${preview(name)}`, value: { ...valid, name } })),
    ].map(asJson);
    const raws = rawCases(shape.sample, { textPath: ["email"] });
    const send = (c: RawCase) => () => auth("/sign-up/email", c);
    quietAuthLogs(secrets());
    const v = await run([...values, ...fields].map((c) => ({ label: c.label, send: send(c) })));
    const r = await run(raws.map((c) => ({ label: c.label, send: send(c) })));
    // Well-formed sign-ups sent the wrong way: from elsewhere, or too big.
    const signUpFrom =
      (headers: Record<string, string>, body = JSON.stringify(valid)) =>
      () =>
        app.authRoute.POST(httpRequest("POST", "/api/auth/sign-up/email", { body, contentType: "application/json", headers }));
    const h = await run([
      ...["http://evil.example", "null", "https://kindly.test", "http://kindly.test.evil.example"].map((origin) => ({
        label: `Origin ${origin}`,
        send: signUpFrom({ origin }),
      })),
      { label: "no Origin", send: signUpFrom({}) },
      { label: "no Origin, a Referer from elsewhere", send: signUpFrom({ referer: "http://evil.example/page" }) },
      { label: "name of 100 kB", send: signUpFrom({ origin: SITE }, JSON.stringify({ ...valid, name: "x".repeat(kb(100)) })) },
      { label: "name of 1 MB", send: signUpFrom({ origin: SITE }, JSON.stringify({ ...valid, name: "x".repeat(kb(1024)) })) },
    ]);
    const count = v.count + r.count + h.count;
    summary.push(`${provider} POST /api/auth/sign-up/email: ${count} requests, statuses ${JSON.stringify(mergeCounts(v.statuses, r.statuses, h.statuses))}`);
    expect([...v.problems, ...r.problems, ...h.problems]).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  it("POST /api/auth/sign-in/email refuses every malformed body and signs no one in", async () => {
    const expectNothingWritten = await watchDatabase();
    const shape: Shape = {
      sample: { email: "not-an-email", password: a.password, callbackURL: "/en/policy", rememberMe: true },
      required: ["email", "password"],
      badStrings: { callbackURL: ["https://evil.example/", "//evil.example", "javascript:alert(1)", "http://kindly.test.evil.example/"] },
    };
    const values = valueCases(shape).map(asJson);
    const fields = [
      ...BAD_EMAILS.map((email) => ({ label: `email ${preview(email)}`, value: { email, password: a.password } })),
      ...[null, 0, true, [], {}, [a.password]].map((password) => ({ label: `password ${preview(password)}`, value: { email: a.email, password } })),
      // The right credentials with a callback elsewhere (an open redirect).
      ...["https://evil.example/", "//evil.example", "javascript:alert(1)", "http://kindly.test.evil.example/"].map((callbackURL) => ({
        label: `right credentials, callbackURL ${callbackURL}`,
        value: { ...a, callbackURL },
      })),
      // A few that reach the password check (each costs a scrypt hash).
      ...["", "wrong password", a.password.toUpperCase(), `${a.password} `].map((password) => ({
        label: `wrong password ${preview(password)}`,
        value: { email: a.email, password },
      })),
      { label: "unknown email", value: { email: `nobody-${provider}@kindly.test`, password: a.password } },
    ].map(asJson);
    const raws = rawCases(shape.sample, { textPath: ["email"] });
    const send = (c: RawCase) => () => auth("/sign-in/email", c);
    quietAuthLogs(secrets());
    const v = await run([...values, ...fields].map((c) => ({ label: c.label, send: send(c) })));
    const r = await run(raws.map((c) => ({ label: c.label, send: send(c) })));
    // The right credentials sent from elsewhere (login CSRF).
    const signInFrom = (headers: Record<string, string>) => () =>
      app.authRoute.POST(httpRequest("POST", "/api/auth/sign-in/email", { body: JSON.stringify(a), contentType: "application/json", headers }));
    const h = await run([
      ...["http://evil.example", "null", "https://kindly.test"].map((origin) => ({ label: `Origin ${origin}`, send: signInFrom({ origin }) })),
      { label: "no Origin", send: signInFrom({}) },
      {
        label: "form post from elsewhere",
        send: () =>
          app.authRoute.POST(
            httpRequest("POST", "/api/auth/sign-in/email", {
              body: new URLSearchParams(a),
              headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" },
            }),
          ),
      },
    ]);
    const count = v.count + r.count + h.count;
    summary.push(`${provider} POST /api/auth/sign-in/email: ${count} requests, statuses ${JSON.stringify(mergeCounts(v.statuses, r.statuses, h.statuses))}`);
    expect([...v.problems, ...r.problems, ...h.problems]).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  /** The corpus for one signed-in better-auth endpoint: every malformed body, from person a. */
  async function signedInCorpus(path: string, shape: Shape, options: { validAfterAll?: (c: RawCase) => boolean; extra?: ValueCase[] } = {}) {
    const values = [...valueCases(shape), ...(options.extra ?? [])].map(asJson);
    const raws = rawCases(shape.sample, { textPath: [Object.keys(shape.sample)[0]!] });
    const cases = [...values, ...raws].filter((c) => !options.validAfterAll?.(c));
    const send = (c: RawCase) => () => auth(path, { ...c, headers: { cookie: users.a.cookie, ...c.headers } });
    quietAuthLogs(secrets());
    const v = await run(cases.map((c) => ({ label: c.label, send: send(c) })));
    // The same, from elsewhere or signed out.
    const body = JSON.stringify(shape.sample);
    const from = (headers: Record<string, string>) => () =>
      app.authRoute.POST(httpRequest("POST", `/api/auth${path}`, { body, contentType: "application/json", headers }));
    const h = await run([
      ...["http://evil.example", "null", "https://kindly.test"].map((origin) => ({
        label: `Origin ${origin}`,
        send: from({ origin, cookie: users.a.cookie }),
      })),
      { label: "no Origin", send: from({ cookie: users.a.cookie }) },
      ...badCookies().map(([label, cookie]) => ({ label: `cookie: ${label}`, send: from({ origin: SITE, cookie }) })),
      { label: "no cookie", send: from({ origin: SITE }) },
    ]);
    const count = v.count + h.count;
    summary.push(`${provider} POST /api/auth${path}: ${count} requests, statuses ${JSON.stringify(mergeCounts(v.statuses, h.statuses))}`);
    return { problems: [...v.problems, ...h.problems], count };
  }

  it("POST /api/auth/change-password refuses every malformed body and changes nothing", async () => {
    const expectNothingWritten = await watchDatabase();
    // A too-short new password keeps every mutation invalid.
    const shape: Shape = {
      sample: { currentPassword: a.password, newPassword: "short", revokeOtherSessions: true },
      required: ["currentPassword", "newPassword"],
    };
    const result = await signedInCorpus("/change-password", shape);
    expect(result.problems).toEqual([]);
    expect(result.count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  it("POST /api/auth/delete-user refuses every malformed body and deletes nobody", async () => {
    const expectNothingWritten = await watchDatabase();
    // A wrong password keeps every mutation from deleting.
    const shape: Shape = { sample: { password: "not the password at all" }, required: ["password"] };
    const passwords = [
      ...BAD_PASSWORDS,
      a.password.toUpperCase(),
      ` ${a.password}`,
      `${a.password}\u0000`,
      null,
      0,
      true,
      [],
      {},
      [a.password],
      { password: a.password },
    ];
    const extra = passwords.map((password) => ({ label: `password ${preview(password)}`, value: { password } }));
    const result = await signedInCorpus("/delete-user", shape, { extra });
    expect(result.problems).toEqual([]);
    expect(result.count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  it("POST /api/auth/sign-out refuses every malformed body and signs nobody out", async () => {
    const expectNothingWritten = await watchDatabase();
    // It takes nothing: any field is refused. (An empty body or `{}` is a real sign-out, so those are left out.)
    const shape: Shape = { sample: { everywhere: true }, required: [] };
    const isSignOut = (c: RawCase) => c.body === null || c.body === "" || (typeof c.body === "string" && /^\s*\{\s*\}\s*$/.test(c.body));
    const fields = ["callbackURL", "all", "token", "userId", "sessionId", "redirect", "__proto__x", "constructor", "revokeOtherSessions", "0"];
    const extra = fields.flatMap((field) =>
      [true, "x", 1, null, {}].map((value) => ({ label: `field ${field} = ${preview(value)}`, value: { [field]: value } })),
    );
    const result = await signedInCorpus("/sign-out", shape, { validAfterAll: isSignOut, extra });
    expect(result.problems).toEqual([]);
    expect(result.count).toBeGreaterThanOrEqual(MIN_CASES);
    await expectNothingWritten();
  });

  it("GET /api/auth/get-session answers null for every bad cookie, and 404 for every endpoint not exposed", async () => {
    const expectNothingWritten = await watchDatabase();
    const get = (path: string, cookie?: string) =>
      app.authRoute.GET(httpRequest("GET", `/api/auth${path}`, { headers: cookie === undefined ? {} : { cookie } }));
    // Nobody is signed in with a bad cookie: 200 with null, as better-auth answers.
    for (const [label, cookie] of badCookies()) {
      const response = await get("/get-session", cookie);
      expect(response.status, label).toBe(200);
      expect(await response.json(), label).toBeNull();
    }
    const hidden = [
      "/update-user",
      "/change-email",
      "/list-sessions",
      "/revoke-sessions",
      "/revoke-other-sessions",
      "/list-accounts",
      "/unlink-account",
      "/sign-in/social",
      "/link-social",
      "/refresh-token",
      "/get-access-token",
      "/account-info",
      "/ok",
      "/error",
      "/delete-user/callback",
      "/../policy",
      "/get-session/",
      "/GET-SESSION",
    ];
    const posts = await run(
      hidden.map((path) => ({
        label: `POST ${path}`,
        send: () => auth(path, { body: "{}", contentType: "application/json", headers: { cookie: users.a.cookie } }),
      })),
    );
    const gets = await run(hidden.filter((p) => p !== "/get-session/").map((path) => ({ label: `GET ${path}`, send: () => get(path, users.a.cookie) })));
    summary.push(
      `${provider} better-auth GET/POST not exposed: ${posts.count + gets.count} requests, statuses ${JSON.stringify(mergeCounts(posts.statuses, gets.statuses))}`,
    );
    expect([...posts.problems, ...gets.problems]).toEqual([]);
    expect(mergeCounts(posts.statuses, gets.statuses)).toEqual({ 404: posts.count + gets.count });
    await expectNothingWritten();
  });

  describe("server actions", () => {
    const signedIn = () => new Headers({ origin: SITE, cookie: users.a.cookie });
    const headerCases = (): [string, Headers][] => [
      ["no Origin", new Headers({ cookie: users.a.cookie })],
      ["foreign Origin", new Headers({ origin: "http://evil.example", cookie: users.a.cookie })],
      ["Origin null", new Headers({ origin: "null", cookie: users.a.cookie })],
      ["no cookie", new Headers({ origin: SITE })],
      ...badCookies().map(([label, cookie]): [string, Headers] => [`cookie: ${label}`, new Headers({ origin: SITE, cookie })]),
    ];
    const as = (headers: Headers, call: () => Promise<unknown>) => () => {
      request.headers = headers;
      return call();
    };

    it("savePolicyAction answers { ok: false } to every malformed input", async () => {
      const expectNothingWritten = await watchDatabase();
      const shape = savePolicyShape(users.a.version);
      const save = app.policyActions.savePolicyAction;
      const cases = [
        ...actionTexts(shape, ["profile", "displayName"]),
        ...actionOnlyValues(shape.sample),
        ...[0, users.a.version + 1, 2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER].map((baseVersion) => ({
          label: `stale baseVersion ${baseVersion}`,
          value: JSON.stringify({ profile, baseVersion }),
        })),
      ].map((c) => ({ label: c.label, call: as(signedIn(), () => save(c.value as string)) }));
      const headers = headerCases().map(([label, h]) => ({ label, call: as(h, () => save(JSON.stringify(shape.sample))) }));
      const result = await runActions([...cases, ...headers]);
      summary.push(`${provider} savePolicyAction: ${result.count} calls, ${JSON.stringify(result.reasons)}`);
      expect(result.problems).toEqual([]);
      expect(result.count).toBeGreaterThanOrEqual(MIN_CASES);
      await expectNothingWritten();
    });

    it("loadPolicyAction answers { ok: false } to every bad id and someone else's", async () => {
      const expectNothingWritten = await watchDatabase();
      const load = app.policyActions.loadPolicyAction;
      const ids: ValueCase[] = [
        ...badPolicyIds(users.a.policyId, [users.b.policyId]).map((id) => ({ label: `id ${preview(id)}`, value: id })),
        ...[null, 0, 1, -1, true, [], [users.a.policyId], { id: users.a.policyId }, { toString: () => users.a.policyId }].map((value) => ({
          label: preview(value),
          value,
        })),
        ...actionOnlyValues({ id: users.a.policyId }),
      ];
      const cases = ids.map((c) => ({ label: c.label, call: as(signedIn(), () => load(c.value)) }));
      const headers = headerCases().map(([label, h]) => ({ label, call: as(h, () => load(users.a.policyId)) }));
      const result = await runActions([...cases, ...headers]);
      summary.push(`${provider} loadPolicyAction: ${result.count} calls, ${JSON.stringify(result.reasons)}`);
      expect(result.problems).toEqual([]);
      expect(result.count).toBeGreaterThanOrEqual(MIN_CASES);
      // The positive control: the same session loads its own policy.
      request.headers = signedIn();
      expect(await load(users.a.policyId)).toMatchObject({ ok: true, data: { id: users.a.policyId } });
      await expectNothingWritten();
    });

    it("recordHistoryAction answers { ok: false } to every malformed input", async () => {
      const expectNothingWritten = await watchDatabase();
      const record = app.historyActions.recordHistoryAction;
      const texts = actionTexts(historyPostShape, ["entries", "0", "fullName"]);
      const cases = [
        ...historyValueCases().map((c) => ({ label: c.label, value: JSON.stringify(c.value) })),
        ...texts.filter((c) => !c.label.startsWith("root") && !c.label.startsWith("missing")),
        ...actionOnlyValues(historyPostShape.sample),
      ].map((c) => ({ label: c.label, call: as(signedIn(), () => record(c.value as string)) }));
      const valid = JSON.stringify({ entries: [{ ...historyEntry, clientId: "never-stored-entry" }] });
      const headers = headerCases().map(([label, h]) => ({ label, call: as(h, () => record(valid)) }));
      const result = await runActions([...cases, ...headers]);
      summary.push(`${provider} recordHistoryAction: ${result.count} calls, ${JSON.stringify(result.reasons)}`);
      expect(result.problems).toEqual([]);
      expect(result.count).toBeGreaterThanOrEqual(MIN_CASES);
      await expectNothingWritten();
    });

    it("deleteHistoryEntryAction answers { ok: false } to every bad id and someone else's, deleting nothing", async () => {
      const expectNothingWritten = await watchDatabase();
      const remove = app.historyActions.deleteHistoryEntryAction;
      const ids: ValueCase[] = [
        ...badPolicyIds(users.a.entryId, [users.b.entryId]).map((id) => ({ label: `id ${preview(id)}`, value: id })),
        ...[null, 0, 1, true, [], [users.b.entryId], { id: users.b.entryId }].map((value) => ({ label: preview(value), value })),
        ...actionOnlyValues({ id: users.b.entryId }),
      ];
      const cases = ids.map((c) => ({ label: c.label, call: as(signedIn(), () => remove(c.value)) }));
      const headers = headerCases().map(([label, h]) => ({ label, call: as(h, () => remove(users.a.entryId)) }));
      const all = headerCases().map(([label, h]) => ({ label: `delete all, ${label}`, call: as(h, () => app.historyActions.deleteAllHistoryAction()) }));
      const result = await runActions([...cases, ...headers, ...all]);
      summary.push(`${provider} deleteHistoryEntryAction: ${result.count} calls, ${JSON.stringify(result.reasons)}`);
      expect(result.problems).toEqual([]);
      expect(result.count).toBeGreaterThanOrEqual(MIN_CASES);
      request.headers = signedIn();
      expect(await app.historyActions.loadHistoryAction()).toMatchObject({ ok: true, data: { entries: [{ id: users.a.entryId }] } });
      await expectNothingWritten();
    });

    it("updateAccountDetailsAction answers { ok: false } to every malformed input", async () => {
      const expectNothingWritten = await watchDatabase();
      const shape = accountShape(users.a.version);
      const update = app.accountActions.updateAccountDetailsAction;
      const cases = [
        ...actionTexts(shape, ["displayName"]),
        ...actionOnlyValues(shape.sample),
        ...[0, users.a.version + 1, 2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER].map((baseVersion) => ({
          label: `stale baseVersion ${baseVersion}`,
          value: JSON.stringify({ ...shape.sample, baseVersion }),
        })),
      ].map((c) => ({ label: c.label, call: as(signedIn(), () => update(c.value as string)) }));
      const headers = headerCases().map(([label, h]) => ({ label, call: as(h, () => update(JSON.stringify(shape.sample))) }));
      const result = await runActions([...cases, ...headers]);
      summary.push(`${provider} updateAccountDetailsAction: ${result.count} calls, ${JSON.stringify(result.reasons)}`);
      expect(result.problems).toEqual([]);
      expect(result.count).toBeGreaterThanOrEqual(MIN_CASES);
      await expectNothingWritten();
    });
  });

  describe("email endpoints (with SMTP_URL set)", () => {
    // The app again, now with email: the endpoints below exist only then. A real SMTP
    // server listens, and nothing may reach it: every request here is refused first.
    let mailbox: Mailbox;
    const BAD_CALLBACKS = ["https://evil.example/", "//evil.example", "javascript:alert(1)", "http://kindly.test.evil.example/", "/\\evil.example", "/en/ x"];
    const ORIGINS = ["http://evil.example", "null", "https://kindly.test", "http://kindly.test.evil.example"];

    beforeAll(async () => {
      mailbox = await startMailbox();
      const g = globalThis as { kindlyDb?: { $disconnect(): Promise<void> } };
      await g.kindlyDb?.$disconnect();
      vi.stubEnv("SMTP_URL", mailbox.url);
      app = await loadApp(database.url);
    });
    afterAll(async () => {
      expect(mailbox.received).toEqual([]);
      await mailbox?.close();
    });

    /** Sends the value cases, the field cases and the raw cases to `path`, then well-formed bodies from elsewhere. */
    async function corpus(path: string, shape: Shape, fields: ValueCase[], wellFormed: Record<string, unknown>) {
      const expectNothingWritten = await watchDatabase();
      const send = (c: RawCase) => () => auth(path, c);
      quietAuthLogs(secrets());
      const v = await run([...valueCases(shape), ...fields].map(asJson).map((c) => ({ label: c.label, send: send(c) })));
      const r = await run(rawCases(shape.sample, { textPath: [Object.keys(shape.sample)[0]!] }).map((c) => ({ label: c.label, send: send(c) })));
      const from = (headers: Record<string, string>) => () =>
        app.authRoute.POST(httpRequest("POST", `/api/auth${path}`, { body: JSON.stringify(wellFormed), contentType: "application/json", headers }));
      const h = await run([...ORIGINS.map((origin) => ({ label: `Origin ${origin}`, send: from({ origin }) })), { label: "no Origin", send: from({}) }]);
      const count = v.count + r.count + h.count;
      summary.push(`${provider} POST /api/auth${path}: ${count} requests, statuses ${JSON.stringify(mergeCounts(v.statuses, r.statuses, h.statuses))}`);
      expect([...v.problems, ...r.problems, ...h.problems]).toEqual([]);
      expect(count).toBeGreaterThanOrEqual(MIN_CASES);
      await expectNothingWritten();
    }

    it("POST /api/auth/request-password-reset refuses every malformed body and mails no one", async () => {
      const shape: Shape = {
        sample: { email: "not-an-email", redirectTo: "/en/reset-password" },
        required: ["email", "redirectTo"],
        badStrings: { redirectTo: [...BAD_CALLBACKS, "/en/policy", "/de/reset-password", "/en/reset-password?x=1"] },
      };
      await corpus(
        "/request-password-reset",
        shape,
        [
          ...BAD_EMAILS.map((email) => ({ label: `email ${preview(email)}`, value: { email, redirectTo: "/en/reset-password" } })),
          ...[...BAD_CALLBACKS, "/en/policy", ""].map((redirectTo) => ({ label: `redirectTo ${preview(redirectTo)}`, value: { email: a.email, redirectTo } })),
          { label: "no redirectTo", value: { email: a.email } },
        ],
        { email: a.email, redirectTo: "/en/reset-password" },
      );
    });

    it("POST /api/auth/reset-password refuses every malformed body and changes no password", async () => {
      const token = "A".repeat(24);
      // A too-short password keeps every mutation invalid (better-auth checks it before the token).
      const shape: Shape = { sample: { newPassword: "short", token }, required: ["newPassword", "token"] };
      await corpus(
        "/reset-password",
        shape,
        [
          ...BAD_PASSWORDS.map((newPassword) => ({ label: `newPassword ${preview(newPassword)}`, value: { newPassword, token } })),
          ...["", "a b", "x".repeat(65), "../..", "A".repeat(23), "A".repeat(64), "reset-password:A", "%41", "__proto__"].map((bad) => ({
            label: `token ${preview(bad)}`,
            value: { newPassword: "a sturdy passphrase 42", token: bad },
          })),
        ],
        { newPassword: "a sturdy passphrase 42", token },
      );
    });

    it("POST /api/auth/send-verification-email refuses every malformed body and mails no one", async () => {
      const shape: Shape = {
        sample: { email: "not-an-email", callbackURL: "/en/email-verified" },
        required: ["email"],
        badStrings: { callbackURL: BAD_CALLBACKS },
      };
      await corpus(
        "/send-verification-email",
        shape,
        [
          ...BAD_EMAILS.map((email) => ({ label: `email ${preview(email)}`, value: { email, callbackURL: "/en/email-verified" } })),
          ...BAD_CALLBACKS.map((callbackURL) => ({ label: `callbackURL ${preview(callbackURL)}`, value: { email: a.email, callbackURL } })),
        ],
        { email: a.email, callbackURL: "/en/email-verified" },
      );
    });

    it("GET /api/auth/verify-email sends every bad link to the confirmation page with an error, signing no one in", async () => {
      const expectNothingWritten = await watchDatabase();
      const jwt = (payload: unknown) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${"A".repeat(43)}`;
      const tokens = [
        "",
        "x",
        "a.b",
        "a.b.c",
        "a.b.c.d",
        jwt({ email: a.email }),
        jwt({ email: a.email, updateTo: "evil@kindly.test" }),
        jwt({ email: "__proto__" }),
        "x".repeat(3000),
        "eyJhbGciOiJub25lIn0.eyJlbWFpbCI6ImFpbm9Aa2luZGx5LnRlc3QifQ.",
        ...BAD_EMAILS.slice(0, 10),
      ];
      const callbacks = ["/en/email-verified", "/fi/email-verified", ...BAD_CALLBACKS, "", "/"];
      const queries = [
        ...tokens.flatMap((token) => callbacks.map((callbackURL) => `?token=${safeEncode(token)}&callbackURL=${safeEncode(callbackURL)}`)),
        ...tokens.map((token) => `?token=${safeEncode(token)}`),
        "",
        "?callbackURL=%2Fen%2Femail-verified",
        "?token=a.b.c&token=d.e.f",
        "?token=a.b.c&callbackURL=%2Fen%2Femail-verified&extra=1",
        "?token=%E0%A4%A",
        "?__proto__=1",
      ];
      const problems: string[] = [];
      const statuses: Record<number, number> = {};
      for (const query of queries) {
        const response = await app.authRoute.GET(httpRequest("GET", `/api/auth/verify-email${query}`, {}));
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const location = response.headers.get("location") ?? "";
        if (response.status !== 302 || !/^\/(en|fi|nb)\/email-verified\?error=[A-Z_]+$/.test(location))
          problems.push(`${query.slice(0, 80)}: ${response.status} ${location} ${(await response.text()).slice(0, 120)}`);
        if (response.headers.getSetCookie().some((c) => c.includes("session_token=") && !/session_token=;/.test(c))) problems.push(`${query}: set a session`);
      }
      summary.push(`${provider} GET /api/auth/verify-email: ${queries.length} requests, statuses ${JSON.stringify(statuses)}`);
      expect(problems).toEqual([]);
      expect(queries.length).toBeGreaterThanOrEqual(MIN_CASES);
      await expectNothingWritten();
    });
  });

  it("left every built-in prototype untouched", () => {
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(([] as unknown as { polluted?: unknown }).polluted).toBeUndefined();
    expect(prototypeFingerprint()).toBe(fingerprint);
  });
});

/**
 * better-auth logs every refused input as a warning or an "[Better Auth]" error; the statuses say it all, so
 * they are kept out of the output. What was logged is still checked when the test ends: no stack trace, no
 * Prisma error (which quotes values), no password or session token.
 */
function quietAuthLogs(secrets: string[]) {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg))).join(" "));
  const warn = vi.spyOn(console, "warn").mockImplementation(keep);
  const error = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    keep(...args);
    if (!String(args[0]).includes("[Better Auth]")) process.stderr.write(`${args.map(String).join(" ")}\n`);
  });
  onTestFinished(() => {
    warn.mockRestore();
    error.mockRestore();
  });
  loggedInTest = { lines, secrets };
}

/** What quietAuthLogs kept during the current test; checked after it (a failure here fails the test). */
let loggedInTest: { lines: string[]; secrets: string[] } | null = null;

afterEach(() => {
  const logged = loggedInTest;
  loggedInTest = null;
  if (!logged) return;
  expect(logged.lines.filter((line) => /prisma|invocation|unexpected error|\n\s+at /i.test(line))).toEqual([]);
  expect(logged.lines.filter((line) => logged.secrets.some((secret) => secret && line.includes(secret)))).toEqual([]);
});

/**
 * A server action's input is one JSON string: every malformed value as JSON, and every malformed
 * body as the text Next would hand over (invalid UTF-8 decoded with U+FFFD, as Next does). The raw
 * cases that are only wrong about their headers hold a valid body, so they are left out.
 */
function actionTexts(shape: Shape, textPath: string[]): ValueCase[] {
  const values = valueCases(shape).map((c) => ({ label: c.label, value: JSON.stringify(c.value) }));
  const texts = rawCases(shape.sample, { textPath })
    .filter((c) => !c.label.startsWith("wrong content type") && !c.label.startsWith("Content-Length"))
    .flatMap((c) => {
      if (typeof c.body === "string") return [{ label: `text: ${c.label}`, value: c.body }];
      if (c.body instanceof Uint8Array) return [{ label: `text: ${c.label}`, value: new TextDecoder().decode(c.body) }];
      return [];
    });
  return [...values, ...texts];
}

function badCookies(): [string, string][] {
  return [
    ["empty", ""],
    ["empty token", "kindly.session_token="],
    ["random token", "kindly.session_token=abc"],
    ["forged signed token", "kindly.session_token=abc.def"],
    ["bad percent-encoding", "kindly.session_token=%E0%A4%A"],
    ["lone percent", "kindly.session_token=%"],
    ["8 kB token", `kindly.session_token=${"x".repeat(8192)}`],
    ["SQL-ish token", "kindly.session_token=' OR 1=1 --"],
    ["only separators", ";;;=;=="],
    ["Latin-1 bytes", "kindly.session_token=\u00ff\u00fe"],
  ];
}

function mergeCounts(...counts: Record<number, number>[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const c of counts) for (const [k, n] of Object.entries(c)) out[Number(k)] = (out[Number(k)] ?? 0) + n;
  return out;
}
