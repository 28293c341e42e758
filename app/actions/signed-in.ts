import "server-only";

import { headers } from "next/headers";

import { currentUser, type SessionUser } from "@/lib/auth/session";
import { fail, type Failure, type Result } from "@/lib/errors";
import { isSameOrigin } from "@/lib/http/origin";

/** The person a server action acts for: refused from a foreign or missing Origin, or when nobody is signed in. */
export async function signedInUser(): Promise<Result<SessionUser, Failure<"forbidden" | "signedOut">>> {
  const requestHeaders = await headers();
  // Next lets a server action without an Origin header through; Kindly does not.
  if (!isSameOrigin(requestHeaders)) return fail("forbidden");
  const user = await currentUser(requestHeaders);
  return user ? { ok: true, data: user } : fail("signedOut");
}
