"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

import { keepBrowserVersion, linkAccount, loadAccountVersion } from "@/lib/client/account-sync";
import { useStoredState } from "@/lib/client/kindly-store";

/** For a signed-in person: links this browser to the account and asks before anything would be overwritten. */
export default function AccountSyncActive({ userId }: { userId: string }) {
  const t = useTranslations("sync");
  const tStatus = useTranslations("saveStatus");
  const stored = useStoredState();

  useEffect(() => {
    void linkAccount(userId);
  }, [userId]);

  const status = stored !== "loading" && stored?.account ? stored.account.status : null;
  if (!status || status === "synced") return null;

  const primary = "rounded-md bg-amber-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-amber-100 dark:text-amber-950";
  return (
    // Sticky: the choice stays in view while the person scrolls and goes on editing; nothing is dropped meanwhile.
    <div
      role="alert"
      className="sticky top-0 z-30 border-b border-amber-600 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3 sm:px-6">
        <p className="flex-1 text-sm font-medium">{status === "conflict" ? tStatus("conflict") : t(status)}</p>
        {status === "conflict" ? (
          <>
            <button type="button" onClick={() => void loadAccountVersion()} className={primary}>
              {t("loadNewer")}
            </button>
            {/* Changes made here since are kept in this browser and offered, never silently thrown away. */}
            <button
              type="button"
              onClick={() => void keepBrowserVersion()}
              className="rounded-md border border-amber-900 px-3 py-1.5 text-sm font-semibold dark:border-amber-100"
            >
              {tStatus("keepMine")}
            </button>
          </>
        ) : null}
        {status === "choose" ? (
          <>
            <button type="button" onClick={() => void loadAccountVersion()} className={primary}>
              {t("useSaved")}
            </button>
            <button
              type="button"
              onClick={() => void keepBrowserVersion()}
              className="rounded-md border border-amber-900 px-3 py-1.5 text-sm font-semibold dark:border-amber-100"
            >
              {t("keepBrowser")}
            </button>
          </>
        ) : null}
        {status === "error" ? (
          <button type="button" onClick={() => void keepBrowserVersion()} className={primary}>
            {t("retry")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
