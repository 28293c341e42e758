import { describe, expect, it } from "vitest";

import type { AccountLink } from "@/lib/client/kindly-store";
import { decideLocalCopy, ownerOf, planLink, type LinkPlan, type SignedIn } from "@/lib/client/local-copy";

const A = "user-a";
const B = "user-b";

function aLink(userId: string, overrides: Partial<AccountLink> = {}): AccountLink {
  return { userId, version: 3, status: "synced", ...overrides };
}

describe("decideLocalCopy: whose copy stays in this browser", () => {
  const cases: [string, string | null, SignedIn, "keep" | "remove"][] = [
    ["a guest's copy, nobody signed in", null, null, "keep"],
    ["a guest's copy, someone signs in (carried in or offered, by planLink)", null, A, "keep"],
    ["A's copy, A signed in", A, A, "keep"],
    ["A's copy, nobody signed in (signed out elsewhere, expired, deleted)", A, null, "remove"],
    ["A's copy, B signed in", A, B, "remove"],
    ["A's copy, the session could not be asked", A, "unknown", "keep"],
    ["a guest's copy, the session could not be asked", null, "unknown", "keep"],
  ];
  it.each(cases)("%s", (_, owner, signedIn, expected) => {
    expect(decideLocalCopy(owner, signedIn)).toBe(expected);
  });
});

describe("ownerOf", () => {
  it("names the account a copy was last synced with, whatever its status", () => {
    expect(ownerOf(aLink(A, { status: "conflict" }))).toBe(A);
    expect(ownerOf(aLink(A, { status: "error", version: 0 }))).toBe(A);
  });
  it("is nobody for a copy made while signed out", () => {
    expect(ownerOf(null)).toBeNull();
    expect(ownerOf(undefined)).toBeNull();
  });
});

describe("planLink: how this browser's copy meets the signed-in account's policy", () => {
  type Case = [string, Parameters<typeof planLink>[0], LinkPlan];
  const cases: Case[] = [
    // Another account's copy is never uploaded, whether or not B has a policy.
    ["A's copy, B has no policy", { userId: B, link: aLink(A), hasLocal: true, remoteVersion: null, same: false }, "adopt"],
    ["A's copy, B has a different policy", { userId: B, link: aLink(A), hasLocal: true, remoteVersion: 2, same: false }, "adopt"],
    ["A's copy in conflict, B signs in", { userId: B, link: aLink(A, { status: "conflict" }), hasLocal: true, remoteVersion: 3, same: false }, "adopt"],
    // A guest's answers: into an account without a policy; a choice where it has a different one.
    ["a guest's answers, account without a policy", { userId: B, link: null, hasLocal: true, remoteVersion: null, same: false }, "upload"],
    ["a guest's answers, account with a different policy", { userId: B, link: null, hasLocal: true, remoteVersion: 1, same: false }, "choose"],
    ["a guest's answers equal to the account's policy", { userId: B, link: null, hasLocal: true, remoteVersion: 1, same: true }, "adopt"],
    ["no answers here, account with a policy", { userId: B, link: null, hasLocal: false, remoteVersion: 1, same: false }, "adopt"],
    ["no answers here, account without a policy", { userId: B, link: null, hasLocal: false, remoteVersion: null, same: false }, "adopt"],
    // The account's own copy.
    ["own copy changed offline on the current version", { userId: A, link: aLink(A), hasLocal: true, remoteVersion: 3, same: false }, "send"],
    ["own copy, the account changed elsewhere since", { userId: A, link: aLink(A), hasLocal: true, remoteVersion: 4, same: false }, "conflict"],
    ["own copy after a failed save", { userId: A, link: aLink(A, { status: "error" }), hasLocal: true, remoteVersion: 3, same: false }, "conflict"],
    ["own copy equal to the account's", { userId: A, link: aLink(A), hasLocal: true, remoteVersion: 3, same: true }, "adopt"],
    ["own copy, the account has no policy", { userId: A, link: aLink(A, { version: 0 }), hasLocal: true, remoteVersion: null, same: false }, "upload"],
  ];
  it.each(cases)("%s", (_, input, expected) => {
    expect(planLink(input)).toBe(expected);
  });
});
