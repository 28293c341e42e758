import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { use } from "react";

import { AuthForm } from "@/components/auth/auth-form";
import { alternates } from "@/lib/i18n/alternates";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signInTitle"), description: t("signInLead"), alternates: alternates(locale, "/sign-in") };
}

export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("signInTitle")}</h1>
        <p className="text-stone-700 dark:text-stone-300">{t("signInLead")}</p>
      </header>
      <AuthForm mode="signIn" />
    </div>
  );
}
