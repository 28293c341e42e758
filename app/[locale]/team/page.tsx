import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/client-messages";
import { ScreenHeader } from "@/components/screen-header";
import { TeamScreen } from "@/components/team/team-screen";
import { secret } from "@/lib/auth/server";
import { currentUser } from "@/lib/auth/session";
import { teamStore } from "@/lib/data/team";
import { db } from "@/lib/db";
import { redirect } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "team" });
  return { title: t("title"), robots: { index: false } };
}

// Read per request: the signed-in person's own team.
export const dynamic = "force-dynamic";

export default async function TeamPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  const team = await teamStore(db(), secret()).getMyTeam(user.id);
  const t = await getTranslations({ locale, namespace: "team" });
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <ScreenHeader title={t("title")} lead={t("lead")} />
      <ClientMessages part="team">
        <TeamScreen initial={team} />
      </ClientMessages>
    </div>
  );
}
