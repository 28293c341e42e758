import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/client-messages";
import { ScreenHeader } from "@/components/screen-header";
import { JoinTeam } from "@/components/team/join-team";
import { currentUser } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "team.join" });
  return { title: t("title"), robots: { index: false } };
}

export const dynamic = "force-dynamic";

export default async function JoinTeamPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  const t = await getTranslations({ locale, namespace: "team.join" });
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <ScreenHeader title={t("title")} lead={t("lead")} />
      {user ? (
        <ClientMessages part="team">
          <JoinTeam />
        </ClientMessages>
      ) : (
        <div className="space-y-4">
          <p>{t("signIn")}</p>
          <p className="flex flex-wrap gap-4">
            <a href={`/${locale}/sign-in`} className="font-semibold underline">
              {t("signInButton")}
            </a>
            <a href={`/${locale}/sign-up`} className="font-semibold underline">
              {t("signUpButton")}
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
