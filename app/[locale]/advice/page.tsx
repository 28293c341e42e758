import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

import { AdviceEntry } from "@/components/advice/advice-entry";
import { ClientMessages } from "@/components/client-messages";
import { ScreenHeader } from "@/components/screen-header";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(params, { namespace: "advice", path: "/advice" });
}

export default function AdvicePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("advice");
  return (
    <div className="space-y-6">
      <ScreenHeader title={t("heading")} lead={t("lead")} />
      <ClientMessages part="advice">
        <AdviceEntry />
      </ClientMessages>
    </div>
  );
}
