"use client";

import { useTranslations } from "next-intl";

import { EmailLinkForm } from "@/components/auth/email-link-form";

/** Asks for a fresh verification link; answered alike for any address. */
export function ResendVerificationForm() {
  const t = useTranslations("auth");
  return (
    <EmailLinkForm
      endpoint="/send-verification-email"
      body={(email, locale) => ({ email, callbackURL: `/${locale}/email-verified` })}
      sentKey="verified.resent"
      submitKey="verified.resend"
      lead={t("verified.resendLead")}
    />
  );
}
