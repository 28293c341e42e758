import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { use } from "react";

import { Link } from "@/lib/i18n/locale-links";
import { alternates } from "@/lib/i18n/alternates";
import { PLATFORM_NAMES, PLATFORMS } from "@/lib/engine/platforms";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { absolute: t("title") }, description: t("description"), alternates: alternates(locale, "/") };
}

const STEPS = ["answer", "glance", "reply"] as const;

export default function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("home");
  const tQuick = useTranslations("quickAdvice");

  return (
    <div className="space-y-12">
      <section className="space-y-5 pt-4">
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
        <p className="max-w-2xl text-lg text-stone-700 dark:text-stone-300">{t("lead")}</p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/questionnaire"
            className="rounded-lg bg-stone-900 px-5 py-3 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
          >
            {t("start")}
          </Link>
          <Link
            href="/advice"
            className="rounded-lg border border-stone-300 px-5 py-3 font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            {t("adviceNow")}
          </Link>
        </div>
      </section>

      {/* Advice first (issue 19): one tap on the platform opens advice for a request with the platform chosen. */}
      <section aria-labelledby="now-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <h2 id="now-heading" className="text-xl font-semibold">
          {tQuick("homeHeading")}
        </h2>
        <p className="text-stone-700 dark:text-stone-300">{tQuick("homeLead")}</p>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {PLATFORMS.map((platform) => (
            <li key={platform}>
              <Link
                href={`/advice?platform=${platform}`}
                className="block rounded-lg border border-stone-300 px-4 py-3 text-center font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
              >
                {PLATFORM_NAMES[platform]}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-heading" className="space-y-4">
        <h2 id="how-heading" className="text-xl font-semibold">
          {t("howTitle")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step} className="rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
              <p className="text-sm font-semibold text-stone-600 dark:text-stone-400">{t("stepLabel", { n: index + 1 })}</p>
              <h3 className="mt-1 font-semibold">{t(`steps.${step}.title`)}</h3>
              <p className="mt-2 text-stone-700 dark:text-stone-300">{t(`steps.${step}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="promise-heading" className="rounded-xl bg-stone-100 p-5 dark:bg-stone-900">
        <h2 id="promise-heading" className="font-semibold">
          {t("promiseTitle")}
        </h2>
        <p className="mt-2 text-stone-700 dark:text-stone-300">{t("promise")}</p>
      </section>
    </div>
  );
}
