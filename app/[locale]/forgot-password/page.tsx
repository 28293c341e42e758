import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { NoMailNotice } from "@/components/auth/no-mail-notice";
import { ClientMessages } from "@/components/client-messages";
import { ScreenHeader } from "@/components/screen-header";
import { mailEnabled } from "@/lib/mail/transport";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.forgot" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth.forgot" });
  return (
    <div className="mx-auto max-w-md space-y-6">
      <ScreenHeader title={t("title")} lead={t("lead")} />
      {mailEnabled() ? (
        <ClientMessages part="auth">
          <ForgotPasswordForm />
        </ClientMessages>
      ) : (
        <NoMailNotice />
      )}
    </div>
  );
}
