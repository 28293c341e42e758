import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

import { AuthForm } from "@/components/auth/auth-form";
import { ScreenHeader } from "@/components/screen-header";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(params, { namespace: "auth", path: "/sign-in", title: "signInTitle", description: "signInLead" });
}

export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <ScreenHeader title={t("signInTitle")} lead={t("signInLead")} />
      <AuthForm mode="signIn" />
    </div>
  );
}
