"use client";

import { lazy, Suspense, useEffect } from "react";

import { dropAccountLink } from "@/lib/client/account-sync";
import { useSession } from "@/lib/client/session";

// The sync banner and its actions load only for a signed-in person, so a guest's pages stay light.
const AccountSyncActive = lazy(() => import("@/components/account-sync-active"));

export function AccountSync() {
  const session = useSession();

  useEffect(() => {
    if (session === null) dropAccountLink();
  }, [session]);

  if (!session || session === "loading") return null;
  return (
    <Suspense fallback={null}>
      <AccountSyncActive userId={session.id} />
    </Suspense>
  );
}
