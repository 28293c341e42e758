import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/locale-links";

export function NoPolicyYet() {
  const t = useTranslations("empty");
  return (
    <div className="rounded-xl border border-dashed border-stone-400 bg-white p-8 text-center dark:border-stone-600 dark:bg-stone-900">
      <h2 className="text-xl font-semibold">{t("title")}</h2>
      <p className="mx-auto mt-2 max-w-md text-stone-700 dark:text-stone-300">{t("text")}</p>
      <Link
        href="/questionnaire"
        className="mt-5 inline-block rounded-lg bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        {t("cta")}
      </Link>
    </div>
  );
}
