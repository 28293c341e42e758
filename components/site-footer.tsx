import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <p className="mx-auto max-w-5xl px-4">{t("privacy")}</p>
    </footer>
  );
}
