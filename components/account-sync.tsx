"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

import { keepBrowserVersion, linkAccount, unlinkAccount, loadAccountVersion, useSession } from "@/lib/client/account-sync";
import { readState, useStoredState, writeState } from "@/lib/client/kindly-store";

/** Links the signed-in account on every page, and asks before anything would be overwritten. */
export function AccountSync() {
  const t = useTranslations("sync");
  const session = useSession();
  const stored = useStoredState();

  useEffect(() => {
    if (session === "loading") return;
    if (session) {
      void linkAccount(session.id);
    } else {
      unlinkAccount();
      const state = readState();
      if (state?.account) writeState({ ...state, account: null });
    }
  }, [session]);

  const status = stored !== "loading" && stored?.account ? stored.account.status : null;
  if (!status || status === "synced") return null;

  return (
    <div role="alert" className="border-b border-amber-600 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3 sm:px-6">
        <p className="flex-1 text-sm font-medium">{t(status)}</p>
        {status === "conflict" ? (
          <button type="button" onClick={() => void loadAccountVersion()} className="rounded-md bg-amber-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-amber-100 dark:text-amber-950">
            {t("loadNewer")}
          </button>
        ) : null}
        {status === "choose" ? (
          <>
            <button type="button" onClick={() => void loadAccountVersion()} className="rounded-md bg-amber-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-amber-100 dark:text-amber-950">
              {t("useSaved")}
            </button>
            <button type="button" onClick={() => void keepBrowserVersion()} className="rounded-md border border-amber-900 px-3 py-1.5 text-sm font-semibold dark:border-amber-100">
              {t("keepBrowser")}
            </button>
          </>
        ) : null}
        {status === "error" ? (
          <button type="button" onClick={() => void keepBrowserVersion()} className="rounded-md bg-amber-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-amber-100 dark:text-amber-950">
            {t("retry")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
