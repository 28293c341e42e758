"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { DoneNotice, ErrorAlert, linkClass } from "@/components/auth/form-notices";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { forgetSession } from "@/lib/client/session";
import { callAuth, type AuthErrorCode } from "@/lib/client/auth-api";
import { Link, useRouter } from "@/lib/i18n/locale-links";

/**
 * Sign-in or sign-up. With email set up (`mail`), a new account confirms its
 * address before anyone is signed in: sign-up ends in "check your email",
 * whether or not the address already had an account, and sign-in offers a
 * way back in for a forgotten password.
 */
export function AuthForm({ mode, mail }: { mode: "signIn" | "signUp"; mail: boolean }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<AuthErrorCode | null>(null);
  const [site, setSite] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string; name?: string }>({});
  const [busy, setBusy] = useState(false);
  const [checkEmail, setCheckEmail] = useState<string | null>(null);

  const validate = () => {
    const errors: typeof fieldErrors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = t("errors.email");
    if (mode === "signUp" && password.length < PASSWORD_MIN) errors.password = t("errors.tooShort", { min: PASSWORD_MIN });
    if (password.length > PASSWORD_MAX) errors.password = t("errors.tooLong", { max: PASSWORD_MAX });
    if (!password) errors.password = t("errors.passwordRequired");
    if (mode === "signUp" && name.trim().length > 80) errors.name = t("errors.nameTooLong");
    setFieldErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const submit = async () => {
    setError(null);
    if (!validate()) return;
    setBusy(true);
    // Where the link in a verification mail leads (and the language the mail is written in).
    const callbackURL = `/${locale}/email-verified`;
    const result =
      mode === "signIn"
        ? await callAuth("/sign-in/email", { email: email.trim(), password, callbackURL })
        : await callAuth("/sign-up/email", { email: email.trim(), password, name: name.trim() || email.trim().split("@")[0], callbackURL });
    if (!result.ok) {
      setBusy(false);
      setSite(result.site ?? "");
      return setError(result.error);
    }
    if (mode === "signUp" && mail) {
      setBusy(false);
      return setCheckEmail(email.trim());
    }
    // The account sync hears of the new session and links this browser's answers.
    forgetSession();
    router.push("/policy");
    router.refresh();
  };

  if (checkEmail) {
    return (
      <DoneNotice>
        <h2 className="text-lg font-semibold">{t("checkEmail.title")}</h2>
        <p>{t("checkEmail.text", { email: checkEmail })}</p>
        <p className="text-sm">{t("checkEmail.spam")}</p>
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
      {error ? <ErrorAlert>{t(`errors.${error}`, { min: PASSWORD_MIN, max: PASSWORD_MAX, site })}</ErrorAlert> : null}
      {mode === "signUp" ? (
        <TextField
          name="name"
          label={t("name")}
          hint={t("nameHint")}
          value={name}
          autoComplete="given-name"
          maxLength={120}
          error={fieldErrors.name}
          onChange={setName}
        />
      ) : null}
      <TextField
        name="email"
        type="email"
        label={t("email")}
        value={email}
        autoComplete="email"
        maxLength={254}
        error={fieldErrors.email}
        onChange={setEmail}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={mode === "signUp" ? t("passwordHint", { min: PASSWORD_MIN }) : undefined}
        value={password}
        autoComplete={mode === "signIn" ? "current-password" : "new-password"}
        maxLength={PASSWORD_MAX + 1}
        error={fieldErrors.password}
        onChange={setPassword}
      />
      {mode === "signIn" && mail ? (
        <p className="text-sm">
          <Link href="/forgot-password" className={linkClass}>
            {t("forgotLink")}
          </Link>
        </p>
      ) : null}
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-lg bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        {busy ? t("working") : t(mode === "signIn" ? "signInButton" : "signUpButton")}
      </button>
      <p className="text-center text-sm">
        {mode === "signIn" ? t("noAccount") : t("haveAccount")}{" "}
        <Link href={mode === "signIn" ? "/sign-up" : "/sign-in"} className={linkClass}>
          {mode === "signIn" ? t("signUpLink") : t("signInLink")}
        </Link>
      </p>
    </form>
  );
}
