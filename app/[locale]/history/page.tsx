import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/client-messages";
import { HistoryScreen } from "@/components/history/history-screen";
import { ScreenHeader } from "@/components/screen-header";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "history" });
  // A private screen: nothing here for search engines.
  return { title: t("title"), robots: { index: false } };
}

export default async function HistoryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "history" });
  return (
    <div className="space-y-6">
      <ScreenHeader title={t("title")} lead={t("lead")} />
      <ClientMessages part="history">
        <HistoryScreen />
      </ClientMessages>
    </div>
  );
}
