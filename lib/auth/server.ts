import "server-only";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";

import { isCommonPassword } from "@/lib/auth/common-passwords";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { db } from "@/lib/db";
import { databaseProvider, env } from "@/lib/env";

/** The request header in which the auth route hands better-auth the client's address. */
export const CLIENT_ADDRESS_HEADER = "x-kindly-client-address";

// Outside production a fixed secret keeps `npm run dev` and the tests free of
// set-up; production needs BETTER_AUTH_SECRET (scripts/start.mjs makes one for SQLite).
const DEVELOPMENT_SECRET = "kindly-development-only-secret-do-not-use-in-production";

function secret(): string {
  const { BETTER_AUTH_SECRET, NODE_ENV } = env();
  if (BETTER_AUTH_SECRET) return BETTER_AUTH_SECRET;
  if (NODE_ENV === "production") {
    throw new Error("BETTER_AUTH_SECRET: required in production (at least 32 random characters, the same on every instance)");
  }
  return DEVELOPMENT_SECRET;
}

/**
 * The origins sign-in accepts: the site's own. A site on this machine
 * (`http://localhost:PORT`, the quick start's default) is reached as
 * `127.0.0.1` and `[::1]` just as well, so those loopback spellings of the
 * same port count as the site too.
 */
export function trustedOrigins(siteUrl: string): string[] {
  const site = new URL(siteUrl);
  const loopback = ["localhost", "127.0.0.1", "[::1]"];
  if (!loopback.includes(site.hostname)) return [site.origin];
  return loopback.map((host) => `${site.protocol}//${host}${site.port ? `:${site.port}` : ""}`);
}

function createAuth() {
  const { SITE_URL, DATABASE_URL, NODE_ENV } = env();
  const secure = NODE_ENV === "production" && SITE_URL.startsWith("https:");
  return betterAuth({
    appName: "Kindly",
    baseURL: SITE_URL,
    secret: secret(),
    trustedOrigins: trustedOrigins(SITE_URL),
    database: prismaAdapter(db(), { provider: databaseProvider(DATABASE_URL) }),
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      revokeSessionsOnPasswordReset: true,
    },
    // Deleting an account needs the current password; the user row's deletion
    // cascades to sessions, sign-in accounts and the saved policy.
    user: { deleteUser: { enabled: true } },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Counted in the database, so the limit holds across several instances.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 120,
      customRules: {
        "/sign-in/email": { window: 60, max: 5 },
        "/sign-up/email": { window: 60, max: 5 },
        "/change-password": { window: 60, max: 5 },
      },
    },
    advanced: {
      // better-auth's own session lookups (get-session on every page load) fetch the session and its user in one call.
      database: { joins: true },
      // better-auth turns its Origin and CSRF checks off by itself when NODE_ENV=test
      // (or TEST is set); Kindly keeps them on whatever the environment says.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      // The sign-in limit is per client address, as lib/http/client-address.ts derives it for
      // every limit (through TRUSTED_PROXIES); app/api/auth/[...all]/route.ts passes it in this header.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      cookiePrefix: "kindly",
      // HttpOnly and SameSite=Lax always; Secure with the __Secure- prefix over https in production.
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-up/email" && ctx.path !== "/change-password") return;
        const body = (ctx.body ?? {}) as { password?: unknown; newPassword?: unknown };
        const password = ctx.path === "/sign-up/email" ? body.password : body.newPassword;
        if (typeof password === "string" && isCommonPassword(password)) {
          throw new APIError("BAD_REQUEST", { code: "PASSWORD_TOO_COMMON", message: "This password is too common. Please choose another one." });
        }
      }),
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { kindlyAuth?: Auth };

/** The auth instance, created on first use (so building the app needs no secret). */
export function auth(): Auth {
  globalForAuth.kindlyAuth ??= createAuth();
  return globalForAuth.kindlyAuth;
}
