import { useSyncExternalStore } from "react";

import type { AccountDetailsResult } from "@/app/actions/account";
import type { AccountDetails } from "@/lib/data/account";
import { decideLocalCopy, ownerOf, planLink, type SignedIn } from "@/lib/client/local-copy";
import type { SavePolicy } from "@/lib/data/policy";
import { forgetSession } from "@/lib/client/session";
import { clearState, emptyDraft, onProfileSaved, profileToDraft, readState, writeState, type AccountLink, type StoredState } from "@/lib/client/kindly-store";
import type { Profile } from "@/lib/engine/schemas";

// The one module that owns the link between this browser's policy and the
// signed-in account's saved policy. Every save names the version it was based
// on; when the account's policy changed elsewhere meanwhile, nothing is
// overwritten: the person is asked whether to load the newer one. Whose copy
// this browser holds, and when it goes, is decided in lib/client/local-copy.ts.

// The server actions and schemas are loaded when an account is actually linked,
// not with every page, so a guest's pages stay light.
const loadParser = async () => (await import("@/lib/client/saved-profile")).parseSavedProfile;
const loadActions = () => import("@/app/actions/policy");

function setAccount(state: StoredState, account: AccountLink, extra: Partial<StoredState> = {}) {
  writeState({ ...state, ...extra, account });
}

function same(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Adopts the account's policy in this browser. */
function adopt(state: StoredState, userId: string, remote: { version: number; profile: Profile }) {
  setAccount(state, { userId, version: remote.version, status: "synced" }, { profile: remote.profile, draft: profileToDraft(remote.profile) });
}

async function push(profile: Profile) {
  const state = readState();
  const account = state?.account;
  if (!state || !account || account.status !== "synced") return;
  const { savePolicyAction } = await loadActions();
  // No answer (offline, the server away) is a failed save: the banner says so and offers to try again.
  const result = await savePolicyAction(JSON.stringify({ profile, baseVersion: account.version } satisfies SavePolicy)).catch(() => null);
  // Signed out or switched account meanwhile: this browser's state is no longer this account's to write.
  const now = readState();
  if (!now || now.account?.userId !== account.userId) return;
  if (!result) return setAccount(now, { ...account, status: "error" });
  if (result.ok) return setAccount(now, { ...account, version: result.data.version, status: "synced" });
  if (result.code === "conflict") return setAccount(now, { ...account, status: "conflict", remote: result.current });
  if (result.code === "signedOut") {
    // The session ended (signed out elsewhere, expired, the account deleted): as on a visit without it.
    forgetSession();
    return settleLocalCopy(null);
  }
  setAccount(now, { ...account, status: "error" });
}

let copyRemoved = false;
const noticeListeners = new Set<() => void>();

function setCopyRemoved(value: boolean) {
  if (copyRemoved === value) return;
  copyRemoved = value;
  for (const listener of noticeListeners) listener();
}

/** Whether this visit removed an account's copy from this browser (the person is told), and how to put the notice away. */
export function useCopyRemovedNotice(): { shown: boolean; dismiss: () => void } {
  const shown = useSyncExternalStore(
    (listener) => {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    () => copyRemoved,
    () => false,
  );
  return { shown, dismiss: () => setCopyRemoved(false) };
}

/**
 * Removes this browser's copy when it belongs to an account that is not the one signed in now
 * (lib/client/local-copy.ts), and says so; a guest's copy, or the signed-in account's own, stays.
 */
export function settleLocalCopy(signedIn: SignedIn) {
  const state = readState();
  if (!state || decideLocalCopy(ownerOf(state.account), signedIn) === "keep") return;
  onProfileSaved(null);
  clearState();
  setCopyRemoved(true);
}

/** Links this browser to the signed-in account: carries a guest's answers in, never another account's, never overwriting without asking. */
export async function linkAccount(userId: string) {
  // Another account's copy goes first, so nothing of it can reach this account.
  settleLocalCopy(userId);
  onProfileSaved((profile) => void push(profile));
  const state = readState();
  const { loadOwnPolicyAction, savePolicyAction } = await loadActions();
  // No answer: this browser keeps its copy as it is, and the next visit links again.
  const loaded = await loadOwnPolicyAction().catch(() => null);
  if (!loaded?.ok) return;
  const base: StoredState = state ?? { draft: emptyDraft(loaded.data?.profile.language ?? "en"), step: 0, profile: null, account: null };
  const local = (await loadParser())(base.profile);
  const remote = loaded.data;
  const link = base.account ?? null;
  const plan = planLink({
    userId,
    link,
    hasLocal: local !== null,
    remoteVersion: remote?.version ?? null,
    same: local !== null && remote !== null && same(local, remote.profile),
  });

  switch (plan) {
    case "adopt":
      return remote ? adopt(base, userId, remote) : setAccount(base, { userId, version: 0, status: "synced" });
    case "upload": {
      // Only a guest's answers or this account's own copy get here (planLink), into an account without a policy.
      if (!local) return;
      const saved = await savePolicyAction(JSON.stringify({ profile: local, baseVersion: 0 } satisfies SavePolicy)).catch(() => null);
      if (saved?.ok) return setAccount(readState() ?? base, { userId, version: saved.data.version, status: "synced" });
      return setAccount(readState() ?? base, { userId, version: 0, status: "error" });
    }
    case "send":
      // Changes made here while offline, on top of the current version: send them.
      if (!link || !local) return;
      setAccount(base, link);
      return push(local);
    case "conflict":
      return setAccount(base, { userId, version: link?.version ?? 0, status: "conflict", remote });
    case "choose":
      // A guest's answers meet a different saved policy: the person chooses.
      return setAccount(base, { userId, version: remote?.version ?? 0, status: "choose", remote });
    default: {
      const unreachable: never = plan;
      return unreachable;
    }
  }
}

/** Replaces this browser's policy with the account's newer one. */
export async function loadAccountVersion() {
  const parse = await loadParser();
  const state = readState();
  const account = state?.account;
  const remote = account?.remote as { version: number; profile: unknown } | undefined;
  const profile = remote ? parse(remote.profile) : null;
  if (!state || !account || !remote || !profile) return;
  adopt(state, account.userId, { version: remote.version, profile });
}

/** Keeps this browser's answers and saves them over the account's policy (after the person chose so). */
export async function keepBrowserVersion() {
  const parse = await loadParser();
  const state = readState();
  const account = state?.account;
  const local = state ? parse(state.profile) : null;
  const remote = account?.remote as { version: number } | undefined;
  if (!state || !account || !local) return;
  setAccount(state, { userId: account.userId, version: remote?.version ?? account.version, status: "synced" });
  await push(local);
}

/** Saves the account page's details (name, language, LinkedIn URL); on success this browser takes the saved policy, in step. */
export async function saveAccountDetails(details: AccountDetails): Promise<AccountDetailsResult> {
  const { updateAccountDetailsAction } = await import("@/app/actions/account");
  const result = await updateAccountDetailsAction(JSON.stringify(details));
  const state = readState();
  const account = state?.account;
  if (result.ok && state && account) adopt(state, account.userId, result.data);
  return result;
}

/** Signed out or deleted here: the link goes and, on what may be a shared computer, this person's answers too. */
export function unlinkAccount() {
  onProfileSaved(null);
  clearState();
  forgetSession();
}
