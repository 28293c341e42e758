import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

import { ScreenHeader } from "@/components/screen-header";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { PRINCIPLE_SOURCES, SOURCES_PATH } from "@/lib/i18n/principle-sources";

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(params, { namespace: "principles", path: SOURCES_PATH });
}

/** "Where this advice comes from": every principle in plain words, grouped by the source it comes from. */
export default function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("principles");
  return (
    <div className="space-y-8">
      <ScreenHeader title={t("heading")} lead={t("lead")} />
      {PRINCIPLE_SOURCES.map(({ source, principles }) => (
        <section key={source} aria-labelledby={`source-${source}`} className="space-y-3">
          <div>
            <h2 id={`source-${source}`} className="text-lg font-semibold">
              {t(`sources.${source}.title`)}
            </h2>
            <p className="text-sm text-stone-700 dark:text-stone-300">{t(`sources.${source}.text`)}</p>
          </div>
          <ul className="space-y-3">
            {principles.map((principle) => (
              <li
                key={principle}
                id={principle}
                className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4 target:border-indigo-500 target:ring-2 target:ring-indigo-500 dark:border-stone-800 dark:bg-stone-900"
              >
                <h3 className="font-semibold">{t(`names.${principle}`)}</h3>
                <p className="mt-1 text-sm">{t(`texts.${principle}`)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
