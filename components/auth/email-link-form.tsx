"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

import { DoneNotice, ErrorAlert, linkClass, submitClass } from "@/components/auth/form-notices";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { callAuth, type AuthErrorCode } from "@/lib/client/auth-api";
import { Link } from "@/lib/i18n/locale-links";

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface EmailLinkFormProps {
  /** better-auth's endpoint and the body it takes for an address, in the page's language. */
  readonly endpoint: "/request-password-reset" | "/send-verification-email";
  readonly body: (email: string, locale: string) => Record<string, string>;
  /** The message once sent ("auth" namespace; gets the address as {email}). */
  readonly sentKey: "forgot.sent" | "verified.resent";
  readonly submitKey: "forgot.send" | "verified.resend";
  readonly lead?: ReactNode;
  /** Shows a link back to sign-in below the form and the notice. */
  readonly backToSignIn?: boolean;
}

/**
 * One address in, one mail out: the password-reset and verification-link forms.
 * The answer is the same whether or not the address has an account.
 */
export function EmailLinkForm({ endpoint, body, sentKey, submitKey, lead, backToSignIn = false }: EmailLinkFormProps) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [email, setEmail] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<{ code: AuthErrorCode; site?: string } | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setError(null);
    const address = email.trim();
    if (!EMAIL_SHAPE.test(address)) return setFieldError(t("errors.email"));
    setFieldError(undefined);
    setBusy(true);
    const result = await callAuth(endpoint, body(address, locale));
    setBusy(false);
    if (!result.ok) return setError({ code: result.error, site: result.site });
    setSentTo(address);
  };

  const back = backToSignIn ? (
    <Link href="/sign-in" className={linkClass}>
      {t("forgot.back")}
    </Link>
  ) : null;

  if (sentTo) {
    return (
      <DoneNotice>
        <p>{t(sentKey, { email: sentTo })}</p>
        {back ? <p>{back}</p> : null}
      </DoneNotice>
    );
  }
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {lead ? <p>{lead}</p> : null}
      {error ? <ErrorAlert>{t(`errors.${error.code}`, { min: PASSWORD_MIN, max: PASSWORD_MAX, site: error.site ?? "" })}</ErrorAlert> : null}
      <TextField name="email" type="email" label={t("email")} value={email} autoComplete="email" maxLength={254} error={fieldError} onChange={setEmail} />
      <button type="submit" disabled={busy} className={submitClass}>
        {busy ? t("working") : t(submitKey)}
      </button>
      {back ? <p className="text-center text-sm">{back}</p> : null}
    </form>
  );
}
