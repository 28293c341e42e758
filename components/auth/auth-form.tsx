"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { forgetSession } from "@/lib/client/session";
import { callAuth, type AuthErrorCode } from "@/lib/client/auth-api";
import { Link, useRouter } from "@/lib/i18n/locale-links";

export function AuthForm({ mode }: { mode: "signIn" | "signUp" }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<AuthErrorCode | null>(null);
  const [site, setSite] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string; name?: string }>({});
  const [busy, setBusy] = useState(false);

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
    const result =
      mode === "signIn"
        ? await callAuth("/sign-in/email", { email: email.trim(), password })
        : await callAuth("/sign-up/email", { email: email.trim(), password, name: name.trim() || email.trim().split("@")[0] });
    if (!result.ok) {
      setBusy(false);
      setSite(result.site ?? "");
      return setError(result.error);
    }
    // The account sync hears of the new session and links this browser's answers.
    forgetSession();
    router.push("/policy");
    router.refresh();
  };

  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {error ? (
        <p
          role="alert"
          className="rounded-lg border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-800 dark:border-red-400 dark:bg-red-950 dark:text-red-200"
        >
          {t(`errors.${error}`, { min: PASSWORD_MIN, max: PASSWORD_MAX, site })}
        </p>
      ) : null}
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
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-lg bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        {busy ? t("working") : t(mode === "signIn" ? "signInButton" : "signUpButton")}
      </button>
      <p className="text-center text-sm">
        {mode === "signIn" ? t("noAccount") : t("haveAccount")}{" "}
        <Link href={mode === "signIn" ? "/sign-up" : "/sign-in"} className="font-semibold underline underline-offset-2">
          {mode === "signIn" ? t("signUpLink") : t("signInLink")}
        </Link>
      </p>
    </form>
  );
}
