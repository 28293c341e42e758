import "server-only";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";

import { isCommonPassword } from "@/lib/auth/common-passwords";
import { accountKey, clearAttempts } from "@/lib/auth/limits";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { teamStore } from "@/lib/data/team";
import { db } from "@/lib/db";
import { databaseProvider, env } from "@/lib/env";
import { existingAccountMail, mailLocale, resetPasswordMail, verificationMail } from "@/lib/mail/messages";
import { dispatchMail } from "@/lib/mail/transport";

/** The request header in which the auth route hands better-auth the client's address. */
export const CLIENT_ADDRESS_HEADER = "x-kindly-client-address";

// Outside production a fixed secret keeps `npm run dev` and the tests free of
// set-up; production needs BETTER_AUTH_SECRET (scripts/start.mjs makes one for SQLite).
const DEVELOPMENT_SECRET = "kindly-development-only-secret-do-not-use-in-production";

export function secret(): string {
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

/** Where a verification link lands when the request named no page: the English confirmation page. */
const VERIFIED_PAGE = "/en/email-verified";

/**
 * With SMTP_URL set, an account needs a confirmed address before anyone signs
 * in to it; sign-up answers alike for new and taken addresses (the owner of a
 * taken one gets a mail instead), and forgotten passwords are reset by mail.
 * The hooks hand their mail to the SMTP server without waiting for it
 * (lib/mail/transport.ts), so a request that sends mail is not slower.
 */
function mailOptions() {
  if (!env().SMTP_URL) return { emailAndPassword: {}, emailVerification: undefined };
  return {
    emailAndPassword: {
      requireEmailVerification: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, token }: { user: { email: string; name: string }; token: string }, request?: Request) => {
        dispatchMail("password reset", await resetPasswordMail(mailLocale(request), user, token));
      },
      onExistingUserSignUp: async ({ user }: { user: { email: string; name: string } }, request?: Request) => {
        dispatchMail("existing account", await existingAccountMail(mailLocale(request), user));
      },
      // The reset link reached the account's mailbox: that confirms the address too (an account made before
      // email was set up need not confirm it separately), and the owner may sign in at once, even if someone
      // used up the account's sign-in attempts (lib/auth/limits.ts).
      onPasswordReset: async ({ user }: { user: { id: string; email: string; emailVerified: boolean } }) => {
        if (!user.emailVerified) await db().user.update({ where: { id: user.id }, data: { emailVerified: true } });
        await clearAttempts(db(), "signInPerAccount", accountKey(user.email));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      // A sign-in with the right password to an unconfirmed account sends a fresh link (the old one may have expired).
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60,
      sendVerificationEmail: async ({ user, url }: { user: { email: string; name: string }; url: string }, request?: Request) => {
        dispatchMail("address verification", await verificationMail(mailLocale(request), user, withDefaultCallback(url)));
      },
    },
  };
}

/** better-auth's verification link falls back to "/" without a callbackURL; Kindly's confirmation page says what happened. */
function withDefaultCallback(url: string): string {
  const link = new URL(url);
  if (link.searchParams.get("callbackURL") === "/") link.searchParams.set("callbackURL", VERIFIED_PAGE);
  return link.href;
}

function createAuth() {
  const { SITE_URL, DATABASE_URL, NODE_ENV } = env();
  const secure = NODE_ENV === "production" && SITE_URL.startsWith("https:");
  const mail = mailOptions();
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
      ...mail.emailAndPassword,
    },
    emailVerification: mail.emailVerification,
    // Deleting an account needs the current password; the user row's deletion
    // cascades to sessions, sign-in accounts and the saved policy.
    // An owner whose team has other members hands it over or deletes it first
    // (lib/data/team.ts); a team the person is alone in goes with the account.
    user: {
      deleteUser: {
        enabled: true,
        beforeDelete: async (user: { id: string }) => {
          const ready = await teamStore(db(), secret()).beforeAccountDeletion(user.id);
          if (!ready.ok) {
            throw new APIError("CONFLICT", { code: "TEAM_HAS_MEMBERS", message: "Hand over or delete your team before deleting your account." });
          }
        },
      },
    },
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
        "/delete-user": { window: 60, max: 5 },
        "/request-password-reset": { window: 60, max: 5 },
        "/reset-password": { window: 60, max: 5 },
        "/send-verification-email": { window: 60, max: 5 },
        "/verify-email": { window: 60, max: 10 },
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
        if (ctx.path !== "/sign-up/email" && ctx.path !== "/change-password" && ctx.path !== "/reset-password") return;
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
