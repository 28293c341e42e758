// Loads Kindly's real route handlers (auth, policy, export) against a given
// database, outside Next.js, for the integration tests. Each call to loadApp
// is a separate "instance": fresh modules (so a fresh env() and auth config)
// and its own Prisma client and better-auth instance.

import { vi } from "vitest";

import { sessionCookie, signUp as signUpWith, type SignedUp } from "./sign-up.ts";

export { sessionCookie, type SignedUp };

type Handler = (request: Request, context?: unknown) => Promise<Response>;
type Globals = { kindlyDb?: { $disconnect(): Promise<void> }; kindlyAuth?: unknown };

const globals = globalThis as unknown as Globals;

export const SITE = "http://kindly.test";
export const HTTPS_SITE = "https://kindly.test";
export const TEST_SECRET = "kindly-integration-test-secret-0123456789abcdef";

export type AppEnv = { SITE_URL?: string; NODE_ENV?: "development" | "production" | "test"; BETTER_AUTH_SECRET?: string; SMTP_URL?: string };

export type App = {
  site: string;
  auth: { GET: Handler; POST: Handler };
  policy: { GET: Handler; PUT: Handler };
  policyById: { GET: Handler };
  exportAccount: { GET: Handler };
  history: { GET: Handler; POST: Handler; DELETE: Handler };
  close: () => Promise<void>;
};

const instances: App[] = [];

/**
 * The app's route handlers against `databaseUrl`. lib/db.ts and lib/auth/server.ts
 * keep their instance on globalThis, so each App puts its own in place before every
 * call: two Apps in one process share nothing but the database.
 */
export async function loadApp(databaseUrl: string, appEnv: AppEnv = {}): Promise<App> {
  vi.resetModules();
  const site = appEnv.SITE_URL ?? SITE;
  const values: Record<string, string | undefined> = {
    DATABASE_URL: databaseUrl,
    SITE_URL: site,
    NODE_ENV: appEnv.NODE_ENV ?? "test",
    BETTER_AUTH_SECRET: appEnv.BETTER_AUTH_SECRET,
    SMTP_URL: appEnv.SMTP_URL,
  };
  // lib/env.ts parses process.env once per module instance (below); better-auth may read
  // NODE_ENV at request time, so every call puts this instance's values back in place.
  // closeApps() restores the real environment.
  const withEnv = <T>(run: () => Promise<T>): Promise<T> => {
    for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
    return run();
  };

  // This instance's own Prisma client and better-auth instance, made now (under its env)
  // and put in place before every call; lib/db.ts and lib/auth/server.ts read them from globalThis.
  globals.kindlyDb = undefined;
  globals.kindlyAuth = undefined;
  const own: Globals = await withEnv(async () => {
    const { db } = await import("../../lib/db.ts");
    const { auth } = await import("../../lib/auth/server.ts");
    db();
    auth();
    return { kindlyDb: globals.kindlyDb, kindlyAuth: globals.kindlyAuth };
  });
  globals.kindlyDb = undefined;
  globals.kindlyAuth = undefined;
  // Calls to one App may overlap; calls to two Apps should not (the route handlers
  // look the instances up again after their first await).
  const call =
    (handler: Handler): Handler =>
    (request, context) =>
      withEnv(() => {
        globals.kindlyDb = own.kindlyDb;
        globals.kindlyAuth = own.kindlyAuth;
        return handler(request, context);
      });

  const auth = await import("../../app/api/auth/[...all]/route.ts");
  const policy = await import("../../app/api/policy/route.ts");
  const policyById = await import("../../app/api/policies/[id]/route.ts");
  const exportAccount = await import("../../app/api/account/export/route.ts");
  const history = await import("../../app/api/history/route.ts");
  const app: App = {
    site,
    auth: { GET: call(auth.GET as Handler), POST: call(auth.POST as Handler) },
    policy: { GET: call(policy.GET as Handler), PUT: call(policy.PUT as Handler) },
    policyById: { GET: call(policyById.GET as Handler) },
    exportAccount: { GET: call(exportAccount.GET as Handler) },
    history: { GET: call(history.GET as Handler), POST: call(history.POST as Handler), DELETE: call(history.DELETE as Handler) },
    close: async () => {
      await own.kindlyDb?.$disconnect();
    },
  };
  instances.push(app);
  return app;
}

/** Closes every App's database connection (call in afterAll). */
export async function closeApps() {
  await Promise.all(instances.splice(0).map((app) => app.close()));
  globals.kindlyDb = undefined;
  globals.kindlyAuth = undefined;
  vi.unstubAllEnvs();
}

// ---------------------------------------------------------------- requests

export type RequestOptions = {
  method?: string;
  body?: unknown;
  /** Raw body, sent as is (with Content-Type: application/json). */
  rawBody?: string;
  cookie?: string;
  /** The Origin header; defaults to the app's own, `null` sends none. */
  origin?: string | null;
  ip?: string;
  headers?: Record<string, string>;
};

export function request(app: Pick<App, "site">, pathname: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  const origin = options.origin === undefined ? app.site : options.origin;
  if (origin !== null) headers.set("origin", origin);
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.ip) headers.set("x-forwarded-for", options.ip);
  let body: string | undefined;
  if (options.rawBody !== undefined || options.body !== undefined) {
    body = options.rawBody ?? JSON.stringify(options.body);
    headers.set("content-type", "application/json");
  }
  return new Request(new URL(pathname, app.site), { method: options.method ?? (body === undefined ? "GET" : "POST"), headers, body });
}

let ipCounter = 0;
/** A distinct documentation-range address per call, so sign-ups do not share a rate-limit bucket. */
export function freshIp(): string {
  ipCounter++;
  return `198.51.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

let userCounter = 0;
/** Signs a new person up through the real better-auth handler (tests/support/sign-up.ts); returns their id and session cookie. */
export async function signUp(app: App, overrides: { email?: string; password?: string; name?: string } = {}): Promise<SignedUp> {
  userCounter++;
  return signUpWith((request) => app.auth.POST(request), {
    site: app.site,
    email: overrides.email ?? `person-${userCounter}-${Date.now()}@example.test`,
    password: overrides.password ?? "correct horse battery staple",
    name: overrides.name ?? `Person ${userCounter}`,
    ip: freshIp(),
  });
}
