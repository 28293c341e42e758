import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

import { ClientMessages } from "@/components/client-messages";
import { ImportScreen } from "@/components/import/import-screen";
import { ScreenHeader } from "@/components/screen-header";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(params, { namespace: "import", path: "/import" });
}

export default function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("import");
  return (
    <div className="space-y-6">
      <ScreenHeader title={t("heading")} lead={t("lead")} />
      <ClientMessages part="import">
        <ImportScreen />
      </ClientMessages>
    </div>
  );
}
