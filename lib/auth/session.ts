import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { parseCookies } from "better-call";
import { headers } from "next/headers";

import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db";

export type SessionUser = { id: string; email: string; name: string };

/**
 * The signed-in user for this request, or null. Works in server components,
 * actions and route handlers.
 *
 * It reads better-auth's own session cookie and session table directly
 * instead of going through the `getSession` endpoint, whose request
 * machinery costs about a millisecond on every saved policy, or through
 * `internalAdapter.findSession`, which asks Prisma's query interpreter for
 * the session with its user (224 µs, against 72 µs for one joined raw query).
 * The rules are the same: the cookie's HMAC signature must match the
 * secret, and the session must exist (deleting an account or signing out
 * removes it at once) and not have expired. Refreshing a session's expiry
 * stays with better-auth: the browser asks `/api/auth/get-session` on every
 * full page load (API calls alone do not extend a session).
 */
export async function currentUser(requestHeaders?: Headers): Promise<SessionUser | null> {
  // Headers first: reading them marks the page as per-request before auth is set up.
  const source = requestHeaders ?? (await headers());
  const cookie = source.get("cookie");
  if (!cookie) return null;
  const context = await auth().$context;
  // better-call's parser, the one better-auth's endpoints read cookies with: of two cookies of the same
  // name (say one planted for a parent domain), the first wins, as it does there.
  const signed = parseCookies(cookie).get(context.authCookies.sessionToken.name);
  if (!signed) return null;
  const token = verifiedValue(signed, context.secret);
  if (!token) return null;
  const [found] = await db().$queryRaw<(SessionUser & { expiresAt: Date | string })[]>`
    SELECT u."id", u."email", u."name", s."expiresAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."token" = ${token}
    LIMIT 1`;
  if (!found || new Date(found.expiresAt).getTime() <= Date.now()) return null;
  return { id: found.id, email: found.email, name: found.name };
}

/** `value.signature` as better-auth signs cookies: base64 HMAC-SHA256 of the value with the secret. */
export function verifiedValue(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const value = signed.slice(0, dot);
  const signature = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(createHmac("sha256", secret).update(value).digest("base64"));
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? value : null;
}
