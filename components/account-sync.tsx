"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect } from "react";

import { settleLocalCopy, useCopyRemovedNotice } from "@/lib/client/account-sync";
import { useSessionState } from "@/lib/client/session";

// The sync banner and its actions load only for a signed-in person, so a guest's pages stay light.
const AccountSyncActive = lazy(() => import("@/components/account-sync-active"));

export function AccountSync() {
  const session = useSessionState();
  const notice = useCopyRemovedNotice();

  useEffect(() => {
    // Nobody signed in (or no answer): an account's copy left in this browser goes (lib/client/local-copy.ts).
    if (session === null || session === "unknown") settleLocalCopy(session);
  }, [session]);

  return (
    <>
      {/* A live region present from the start, so that screen readers announce the notice when it appears. */}
      <div role="status">{notice.shown ? <CopyRemovedNotice onDismiss={notice.dismiss} /> : null}</div>
      {session && session !== "loading" && session !== "unknown" ? (
        <Suspense fallback={null}>
          <AccountSyncActive userId={session.id} />
        </Suspense>
      ) : null}
    </>
  );
}

/** Tells the person that the policy of an account no longer signed in here was removed from this browser. */
function CopyRemovedNotice({ onDismiss }: { onDismiss: () => void }) {
  const t = useTranslations("sync");
  return (
    <div className="border-b border-sky-700 bg-sky-50 text-sky-950 dark:border-sky-300 dark:bg-sky-950 dark:text-sky-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3 sm:px-6">
        <p className="flex-1 text-sm font-medium">{t("copyRemoved")}</p>
        <button type="button" onClick={onDismiss} className="rounded-md border border-sky-900 px-3 py-1.5 text-sm font-semibold dark:border-sky-100">
          {t("dismiss")}
        </button>
      </div>
    </div>
  );
}
