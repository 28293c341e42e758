import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { GuidelineSlide } from "@/components/team/guideline-slide";
import { PrintButton } from "@/components/team/print-button";
import { ClientMessages } from "@/components/client-messages";
import { secret } from "@/lib/auth/server";
import { currentUser } from "@/lib/auth/session";
import { teamStore } from "@/lib/data/team";
import { db } from "@/lib/db";
import { redirect } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "team.slide" });
  return { title: t("title"), robots: { index: false } };
}

export const dynamic = "force-dynamic";

/** The guideline on one slide, for the screen and for print (one A4 landscape page). */
export default async function TeamSlidePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  const team = await teamStore(db(), secret()).getMyTeam(user.id);
  if (!team) return redirect({ href: "/team", locale });
  const t = await getTranslations({ locale, namespace: "team.slide" });
  return (
    <div className="space-y-4">
      <h1 className="sr-only">{t("title")}</h1>
      <p className="flex flex-wrap gap-4 text-sm print:hidden">
        <a href={`/${locale}/team`} className="font-semibold underline">
          {t("back")}
        </a>
        <ClientMessages part="team">
          <PrintButton />
        </ClientMessages>
      </p>
      <GuidelineSlide name={team.name} guideline={team.guideline} baseline={team.baseline} />
    </div>
  );
}
