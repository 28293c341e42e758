"use client";

import { EmailLinkForm } from "@/components/auth/email-link-form";

/** Asks for a password-reset mail. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  return (
    <EmailLinkForm
      endpoint="/request-password-reset"
      body={(email, locale) => ({ email, redirectTo: `/${locale}/reset-password` })}
      sentKey="forgot.sent"
      submitKey="forgot.send"
      backToSignIn
    />
  );
}
