import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/locale-links";
import { SOURCES_PATH } from "@/lib/i18n/principle-sources";
import { SaveStatus } from "@/components/save-status";

export function SiteFooter() {
  const t = useTranslations("footer");
  const tSources = useTranslations("principles");
  return (
    <footer className="border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      {/* Where the answers are kept is said as it is (this browser, the account, nowhere yet), not assumed. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-center gap-x-3 gap-y-1 px-4">
        <p>{t("accounts")}</p>
        <SaveStatus />
      </div>
      <p className="mx-auto mt-2 max-w-5xl px-4">
        <Link href={SOURCES_PATH} className="underline underline-offset-2 hover:text-stone-900 dark:hover:text-stone-100">
          {tSources("footerLink")}
        </Link>
      </p>
    </footer>
  );
}
