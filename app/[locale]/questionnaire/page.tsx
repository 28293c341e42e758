import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

import { ClientMessages } from "@/components/client-messages";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { ScreenHeader } from "@/components/screen-header";
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
      <ScreenHeader title={t("heading")} lead={t("lead")} />
      <noscript>
        <p className="rounded-lg border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">{t("noScript")}</p>
      </noscript>
      <ClientMessages part="questionnaire">
        <Questionnaire />
      </ClientMessages>
    </div>
  );
}
