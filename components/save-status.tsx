"use client";

import { useTranslations } from "next-intl";

import { storageRefused, useStoredState } from "@/lib/client/kindly-store";

/** Where the person's answers are kept, said truthfully: nowhere yet, this browser, or their account. */
export function SaveStatus() {
  const t = useTranslations("saveStatus");
  const stored = useStoredState();
  if (stored === "loading") return <p className="text-stone-600 dark:text-stone-400">&nbsp;</p>;
  const account = stored?.account;
  const kept = !stored?.profile ? "nothing" : account?.status === "synced" ? "account" : account ? "notInAccount" : "browser";
  // Storage refused a write: nothing is kept here beyond this tab, and the status says so rather than "Saved".
  const status = kept !== "account" && storageRefused() ? "refused" : kept;
  return (
    <p className="flex items-center gap-1.5 text-stone-700 dark:text-stone-300" data-testid="save-status" data-status={status}>
      <span aria-hidden="true">{status === "account" ? "☁" : status === "notInAccount" || status === "refused" ? "!" : status === "browser" ? "✓" : "○"}</span>
      {t(status)}
    </p>
  );
}
