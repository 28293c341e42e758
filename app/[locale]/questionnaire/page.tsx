import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(params, { namespace: "questionnaire", path: "/questionnaire" });
}

export default function QuestionnairePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("questionnaire");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="text-stone-700 dark:text-stone-300">{t("lead")}</p>
      </header>
      <Questionnaire />
    </div>
  );
}
