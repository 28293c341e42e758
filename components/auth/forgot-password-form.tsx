"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { DoneNotice, ErrorAlert, linkClass, submitClass } from "@/components/auth/form-notices";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { callAuth, type AuthErrorCode } from "@/lib/client/auth-api";
import { Link } from "@/lib/i18n/locale-links";

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Asks for a password-reset mail. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
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
    const result = await callAuth("/request-password-reset", { email: address, redirectTo: `/${locale}/reset-password` });
    setBusy(false);
    if (!result.ok) return setError({ code: result.error, site: result.site });
    setSentTo(address);
  };

  if (sentTo) {
    return (
      <DoneNotice>
        <p>{t("forgot.sent", { email: sentTo })}</p>
        <p>
          <Link href="/sign-in" className={linkClass}>
            {t("forgot.back")}
          </Link>
        </p>
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
      {error ? <ErrorAlert>{t(`errors.${error.code}`, { min: PASSWORD_MIN, max: PASSWORD_MAX, site: error.site ?? "" })}</ErrorAlert> : null}
      <TextField name="email" type="email" label={t("email")} value={email} autoComplete="email" maxLength={254} error={fieldError} onChange={setEmail} />
      <button type="submit" disabled={busy} className={submitClass}>
        {busy ? t("working") : t("forgot.send")}
      </button>
      <p className="text-center text-sm">
        <Link href="/sign-in" className={linkClass}>
          {t("forgot.back")}
        </Link>
      </p>
    </form>
  );
}
