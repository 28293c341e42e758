"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { DoneNotice, ErrorAlert, linkClass, submitClass } from "@/components/auth/form-notices";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { callAuth, type AuthErrorCode } from "@/lib/client/auth-api";
import { Link } from "@/lib/i18n/locale-links";

/** The link from a reset mail (or one that has stopped working): what to say and where to go. */
export function InvalidResetLink() {
  const t = useTranslations("auth.reset");
  return (
    <div className="space-y-4">
      <ErrorAlert>{t("invalidToken")}</ErrorAlert>
      <p>
        <Link href="/forgot-password" className={linkClass}>
          {t("askAgain")}
        </Link>
      </p>
    </div>
  );
}

/** A new password, twice, for the account whose reset link brought the person here. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ password?: string; confirm?: string }>({});
  const [error, setError] = useState<{ code: AuthErrorCode; site?: string } | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const validate = () => {
    const errors: typeof fieldErrors = {};
    if (password.length < PASSWORD_MIN) errors.password = t("errors.tooShort", { min: PASSWORD_MIN });
    if (password.length > PASSWORD_MAX) errors.password = t("errors.tooLong", { max: PASSWORD_MAX });
    if (!errors.password && confirm !== password) errors.confirm = t("reset.mismatch");
    setFieldErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const submit = async () => {
    setError(null);
    if (!validate()) return;
    setBusy(true);
    const result = await callAuth("/reset-password", { newPassword: password, token });
    setBusy(false);
    if (!result.ok) return setError({ code: result.error, site: result.site });
    setDone(true);
  };

  if (done) {
    return (
      <DoneNotice>
        <p>{t("reset.done")}</p>
        <p>
          <Link href="/sign-in" className={linkClass}>
            {t("reset.signIn")}
          </Link>
        </p>
      </DoneNotice>
    );
  }
  if (error?.code === "invalidToken") return <InvalidResetLink />;
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
      <TextField
        name="newPassword"
        type="password"
        label={t("reset.newPassword")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        value={password}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX + 1}
        error={fieldErrors.password}
        onChange={setPassword}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t("reset.confirm")}
        value={confirm}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX + 1}
        error={fieldErrors.confirm}
        onChange={setConfirm}
      />
      <button type="submit" disabled={busy} className={submitClass}>
        {busy ? t("working") : t("reset.save")}
      </button>
    </form>
  );
}
