import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/client-messages";
import { InviteScreen } from "@/components/invite/invite-screen";
import { ScreenHeader } from "@/components/screen-header";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "invite" });
  // What you type here is yours: nothing for search engines.
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function InvitePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "invite" });
  return (
    <div className="space-y-6">
      <ScreenHeader title={t("heading")} lead={t("lead")} />
      <ClientMessages part="invite">
        <InviteScreen />
      </ClientMessages>
    </div>
  );
}
