"use client";

import { lazy, Suspense, useEffect } from "react";

import { readState, writeState } from "@/lib/client/kindly-store";
import { useSession } from "@/lib/client/session";

// The sync code (server actions, schemas) loads only for a signed-in person,
// so a guest's pages stay light.
const AccountSyncActive = lazy(() => import("@/components/account-sync-active"));

export function AccountSync() {
  const session = useSession();

  useEffect(() => {
    if (session !== null) return;
    // Signed out (here or elsewhere): this browser is no longer linked to an account.
    const state = readState();
    if (state?.account) writeState({ ...state, account: null });
  }, [session]);

  if (!session || session === "loading") return null;
  return (
    <Suspense fallback={null}>
      <AccountSyncActive userId={session.id} />
    </Suspense>
  );
}
