import "server-only";

import { headers } from "next/headers";

import { auth } from "@/lib/auth/server";

export type SessionUser = { id: string; email: string; name: string };

/**
 * The signed-in user for this request, or null. Works in server components,
 * actions and route handlers. better-auth's own `getSession` checks the
 * signed cookie and reads the session from the database on every call (its
 * cookie cache is off), so signing out, a revoked session or a deleted
 * account stops working at once, on every instance.
 */
export async function currentUser(requestHeaders?: Headers): Promise<SessionUser | null> {
  const session = await auth().api.getSession({ headers: requestHeaders ?? (await headers()) });
  if (!session) return null;
  const { id, email, name } = session.user;
  return { id, email, name };
}
