import type { AccountLink } from "@/lib/client/kindly-store";

// Whose policy this browser holds, and what becomes of it for whoever is signed
// in now. Pure decisions, so that the rules can be read (and tested) in one place;
// lib/client/account-sync.ts carries them out.
//
// The rule. A copy that was ever synced with an account names that account (its
// AccountLink's userId) and belongs to it alone:
// - it stays while that account is signed in here;
// - on any visit where that account is not signed in here — signed out in another
//   tab, the session expired, the account deleted on another device, another person
//   signed in — it is removed from this browser, and the person is told. It is never
//   uploaded into another account. Signing out here already removes it
//   (unlinkAccount); leaving any other way ends the same, so a shared computer never
//   hands one person's name and LinkedIn address to the next. The account keeps its
//   saved policy on the server: signing in again brings it back.
// A copy made while signed out (no AccountLink: a guest's answers) belongs to nobody
// yet. When someone signs in, it goes into an account that has no policy yet (the way
// "answer first, then create an account to keep it" works); where the account already
// holds a different policy, the person chooses between the two ("choose"), and nothing
// is overwritten until they do.
// When the server could not be asked who is signed in (offline, an error), nothing is
// decided: the copy waits for a visit that knows.

/** Who is signed in: an account's id, nobody (null), or not known this time (the session could not be asked). */
export type SignedIn = string | null | "unknown";

/** Keeps or removes this browser's copy, by the account it was last synced with (`owner`, null for a guest's copy). */
export function decideLocalCopy(owner: string | null, signedIn: SignedIn): "keep" | "remove" {
  if (signedIn === "unknown" || owner === null) return "keep";
  return owner === signedIn ? "keep" : "remove";
}

/** The account a stored copy was last synced with; null for a copy made while signed out. */
export function ownerOf(link: AccountLink | null | undefined): string | null {
  return link?.userId ?? null;
}

/**
 * How this browser's copy meets the signed-in account's saved policy:
 * - adopt: take the account's policy (or its having none) as this browser's;
 * - upload: save this browser's policy into an account that has none yet;
 * - send: this account's own changes, made here on top of its current version, go to the server;
 * - conflict: this account's copy, while the account's policy changed elsewhere: the person is asked;
 * - choose: a guest's answers differ from the account's policy: the person chooses, nothing is overwritten.
 * Another account's copy is never uploaded: it is removed before this (decideLocalCopy), and adopted over here.
 */
export type LinkPlan = "adopt" | "upload" | "send" | "conflict" | "choose";

export function planLink(input: {
  userId: string;
  link: AccountLink | null | undefined;
  /** Whether this browser holds a valid policy. */
  hasLocal: boolean;
  /** The account's saved version, null when it has no policy. */
  remoteVersion: number | null;
  /** Whether this browser's policy equals the account's. */
  same: boolean;
}): LinkPlan {
  const owner = ownerOf(input.link);
  if (owner !== null && owner !== input.userId) return "adopt";
  const own = owner === input.userId ? input.link : null;
  if (input.remoteVersion === null) return input.hasLocal ? "upload" : "adopt";
  if (!input.hasLocal || input.same) return "adopt";
  if (own?.status === "synced" && own.version === input.remoteVersion) return "send";
  return own ? "conflict" : "choose";
}
