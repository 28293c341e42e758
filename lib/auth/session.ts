import "server-only";

import { headers } from "next/headers";

import { auth } from "@/lib/auth/server";

export type SessionUser = { id: string; email: string; name: string };

/** The signed-in user for this request, or null. Works in server components, actions and route handlers. */
export async function currentUser(requestHeaders?: Headers): Promise<SessionUser | null> {
  // Headers first: reading them marks the page as per-request before auth is set up.
  const source = requestHeaders ?? (await headers());
  const session = await auth().api.getSession({ headers: source });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
}
