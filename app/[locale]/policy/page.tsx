import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

import { ClientMessages } from "@/components/client-messages";
import { PolicyView } from "@/components/policy/policy-view";
import { ScreenHeader } from "@/components/screen-header";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(params, { namespace: "policy", path: "/policy" });
}

export default function PolicyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("policy");
  return (
    <div className="space-y-6">
      <ScreenHeader title={t("heading")} lead={t("lead")} />
      <ClientMessages part="policy">
        <PolicyView />
      </ClientMessages>
    </div>
  );
}
