import { getTranslations } from "next-intl/server";

import { Link } from "@/lib/i18n/locale-links";

const WAYS_ON = [
  { href: "/questionnaire", key: "questionnaire" },
  { href: "/advice", key: "advice" },
] as const;

/** A path no page answers, in the language of its prefix, with the site's header and ways back. */
export default async function NotFoundPage() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-xl space-y-5 py-6 text-center">
      <p className="text-sm font-semibold text-stone-600 dark:text-stone-400">404</p>
      <h1 className="text-3xl font-bold tracking-tight text-balance">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("text")}</p>
      <div className="flex flex-wrap justify-center gap-3 pt-2">
        <Link
          href="/"
          className="rounded-lg bg-stone-900 px-5 py-3 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
        >
          {t("home")}
        </Link>
        {WAYS_ON.map((way) => (
          <Link
            key={way.href}
            href={way.href}
            className="rounded-lg border border-stone-300 px-5 py-3 font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            {t(way.key)}
          </Link>
        ))}
      </div>
    </div>
  );
}
