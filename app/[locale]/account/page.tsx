import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";

import { AccountPanel } from "@/components/auth/account-panel";
import { ClientMessages } from "@/components/client-messages";
import { currentUser } from "@/lib/auth/session";
import { policyStore } from "@/lib/data/policy";
import { db } from "@/lib/db";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("title"), robots: { index: false } };
}

// Read per request: the page shows the signed-in person's own details.
export const dynamic = "force-dynamic";

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  const policy = await policyStore(db()).getOwnPolicy(user.id);
  const t = await getTranslations({ locale, namespace: "account" });
  const tTeam = await getTranslations({ locale, namespace: "team" });
  const format = await getFormatter({ locale });
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-stone-700 dark:text-stone-300">{t("signedInAs", { email: user.email })}</p>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {policy ? t("lastSaved", { date: format.dateTime(new Date(policy.updatedAt), { dateStyle: "long", timeStyle: "short" }) }) : t("noPolicy")}
        </p>
      </header>
      <section className="space-y-2 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <h2 className="text-lg font-semibold">{tTeam("accountLink")}</h2>
        <p className="text-sm text-stone-700 dark:text-stone-300">{tTeam("accountText")}</p>
        <a href={`/${locale}/team`} className="inline-block font-semibold underline">
          {tTeam("join.toTeam")}
        </a>
      </section>
      <ClientMessages part="account">
        <AccountPanel
          initial={{
            displayName: policy?.profile.displayName ?? user.name,
            language: policy?.profile.language ?? (isLocale(locale) ? locale : routing.defaultLocale),
            linkedinUrl: policy?.profile.linkedinUrl ?? "",
            version: policy?.version ?? 0,
          }}
        />
      </ClientMessages>
    </div>
  );
}
