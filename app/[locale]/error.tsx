"use client";

import { useTranslations } from "next-intl";

/**
 * Shown when a page cannot be rendered, e.g. while the database is unreachable.
 * `retry` fetches the page from the server again; `reset` would only re-render the failed result.
 */
export default function ErrorPage({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div
      role="alert"
      className="mx-auto max-w-lg space-y-4 rounded-xl border border-stone-300 bg-white p-8 text-center dark:border-stone-700 dark:bg-stone-900"
    >
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("text")}</p>
      <button
        type="button"
        onClick={retry}
        className="rounded-lg bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
      >
        {t("retry")}
      </button>
    </div>
  );
}
