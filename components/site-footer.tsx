import { useTranslations } from "next-intl";

import { SaveStatus } from "@/components/save-status";

export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      {/* Where the answers are kept is said as it is (this browser, the account, nowhere yet), not assumed. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-center gap-x-3 gap-y-1 px-4">
        <p>{t("accounts")}</p>
        <SaveStatus />
      </div>
    </footer>
  );
}
