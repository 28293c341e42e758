"use client";

import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/locale-links";

/**
 * Shown when a page cannot be rendered. On the server (it carries a digest) that is, in practice, the
 * database being unreachable; in the browser it is the page itself, and the text says so rather than
 * blame the database. `retry` fetches the page from the server again; `reset` would only re-render the failed result.
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div
      role="alert"
      className="mx-auto max-w-lg space-y-4 rounded-xl border border-stone-300 bg-white p-8 text-center dark:border-stone-700 dark:bg-stone-900"
    >
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{error.digest ? t("text") : t("clientText")}</p>
      <div className="flex flex-wrap items-center justify-center gap-3">
        <button
          type="button"
          onClick={retry}
          className="rounded-lg bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
        >
          {t("retry")}
        </button>
        <Link
          href="/"
          className="rounded-lg border border-stone-300 px-5 py-2.5 font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
