import "server-only";

import { createHash } from "node:crypto";

import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";

import type { Db } from "@/lib/db-client";

// The account limits better-auth does not have: its own limits (lib/auth/server.ts)
// count per client address, which a person with many addresses can spread over.
// These count per account and for the whole site, in the database (the
// AttemptLimit table, through rate-limiter-flexible), so they hold across instances.

export type AttemptLimit = { points: number; seconds: number };

export const ATTEMPT_LIMITS = {
  /** Sign-in attempts for one email address, from anywhere; a successful sign-in clears them. */
  signInPerAccount: { points: 10, seconds: 15 * 60 },
  /** Tries of one signed-in account's current password: password changes and account deletions. */
  passwordChangePerAccount: { points: 5, seconds: 15 * 60 },
  /** Sign-ups from one client address (better-auth also allows 5 a minute). */
  signUpPerAddress: { points: 20, seconds: 60 * 60 },
  /** Sign-ups on the whole site: caps how fast anyone can test which addresses have an account. */
  signUpOverall: { points: 500, seconds: 60 * 60 },
  /** Sign-ups naming one email address, counted only with email set up (each sends that address a mail). */
  signUpPerAccount: { points: 5, seconds: 60 * 60 },
  /** Password-reset mails asked for one email address. */
  passwordResetPerAccount: { points: 5, seconds: 60 * 60 },
  /** New verification links asked for one email address. */
  verificationPerAccount: { points: 5, seconds: 60 * 60 },
  /** New passwords tried with reset links from one client address (a token is 24 random characters; this is a backstop). */
  resetPasswordPerAddress: { points: 20, seconds: 15 * 60 },
  /** Changes to teams by one account: guideline saves, invite links, removals (issue 23). */
  teamWritesPerAccount: { points: 60, seconds: 10 * 60 },
  /** Invite links tried by one account: joining and checking links. */
  teamInvitesPerAccount: { points: 20, seconds: 15 * 60 },
} as const satisfies Record<string, AttemptLimit>;

export type AttemptKind = keyof typeof ATTEMPT_LIMITS;

export type AttemptVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

const limiters = new WeakMap<Db, Map<AttemptKind, RateLimiterPrisma>>();

function limiter(database: Db, kind: AttemptKind): RateLimiterPrisma {
  let own = limiters.get(database);
  if (!own) limiters.set(database, (own = new Map()));
  let found = own.get(kind);
  if (!found) {
    const { points, seconds } = ATTEMPT_LIMITS[kind];
    found = new RateLimiterPrisma({ storeClient: database, tableName: "attemptLimit", keyPrefix: kind, points, duration: seconds });
    own.set(kind, found);
  }
  return found;
}

/** The key under which an email address is counted: a hash, so the table holds no address. */
export function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");
}

/** Counts one attempt of `kind` for `key`; refused once the limit is used up, until its window ends. */
export async function countAttempt(database: Db, kind: AttemptKind, key: string): Promise<AttemptVerdict> {
  try {
    await limiter(database, kind).consume(key);
    return { ok: true };
  } catch (outcome) {
    // rate-limiter-flexible rejects with its result when the limit is used up, and with an Error when the store fails.
    if (!(outcome instanceof RateLimiterRes)) throw outcome;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
  }
}

/** Forgets the attempts of `kind` for `key` (after a successful sign-in). */
export async function clearAttempts(database: Db, kind: AttemptKind, key: string): Promise<void> {
  await limiter(database, kind).delete(key);
}
