"use client";

import { useTranslations } from "next-intl";

import { useStoredState } from "@/lib/client/kindly-store";

/** Where the person's answers are kept, said truthfully: nowhere yet, this browser, or their account. */
export function SaveStatus() {
  const t = useTranslations("saveStatus");
  const stored = useStoredState();
  if (stored === "loading") return <p className="text-stone-600 dark:text-stone-400">&nbsp;</p>;
  const account = stored?.account;
  const status = !stored?.profile ? "nothing" : account?.status === "synced" ? "account" : account ? "notInAccount" : "browser";
  return (
    <p className="flex items-center gap-1.5 text-stone-700 dark:text-stone-300" data-testid="save-status" data-status={status}>
      <span aria-hidden="true">{status === "account" ? "☁" : status === "notInAccount" ? "!" : status === "browser" ? "✓" : "○"}</span>
      {t(status)}
    </p>
  );
}
