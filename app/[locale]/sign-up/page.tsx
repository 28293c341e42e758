import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

import { AuthForm } from "@/components/auth/auth-form";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(params, { namespace: "auth", path: "/sign-up", title: "signUpTitle", description: "signUpLead" });
}

export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("signUpTitle")}</h1>
        <p className="text-stone-700 dark:text-stone-300">{t("signUpLead")}</p>
      </header>
      <AuthForm mode="signUp" />
    </div>
  );
}
