"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { toast } from "sonner";

import { ErrorAlert } from "@/components/auth/form-notices";
import { Toaster } from "@/components/toaster";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { saveAccountDetails, unlinkAccount } from "@/lib/client/account-sync";
import { callAuth, type AuthErrorCode } from "@/lib/client/auth-api";
import { LANGUAGES, type Language } from "@/lib/engine/vocabulary";
import { useRouter } from "@/lib/i18n/locale-links";

type Details = { displayName: string; language: Language; linkedinUrl: string; version: number };

export function AccountPanel({ initial }: { initial: Details }) {
  const t = useTranslations("account");
  return (
    <div className="space-y-8">
      <DetailsForm initial={initial} />
      <PasswordForm />
      <Section title={t("data.title")}>
        <p className="text-sm text-stone-700 dark:text-stone-300">{t("data.text")}</p>
        <a
          href="/api/account/export"
          download
          className="inline-block rounded-lg border border-stone-300 px-4 py-2 font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          {t("data.download")}
        </a>
      </Section>
      <SignOut />
      <DeleteAccount />
      <Toaster />
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

const buttonClass =
  "rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300";

function DetailsForm({ initial }: { initial: Details }) {
  const t = useTranslations("account.details");
  const tLang = useTranslations("languages");
  const [values, setValues] = useState(initial);
  const tEdges = useTranslations("edges");
  const [errors, setErrors] = useState<Record<string, string>>({});
  // What stopped the save, said in the form itself (a toast alone is easily missed).
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setFailure(null);
    const result = await saveAccountDetails({
      displayName: values.displayName,
      language: values.language,
      linkedinUrl: values.linkedinUrl.trim(),
      baseVersion: values.version,
    }).catch(() => null);
    setBusy(false);
    // No answer at all: the connection dropped or the server is away.
    if (!result) return setFailure(tEdges("accountNetwork"));
    if (result.ok) {
      setErrors({});
      setValues((v) => ({ ...v, version: result.data.version }));
      return toast.success(t("saved"));
    }
    if (result.code === "invalid") {
      return setErrors(
        Object.fromEntries((result.fieldErrors ?? []).map((e) => [e.path, e.path === "linkedinUrl" ? t("errors.linkedinUrl") : t("errors.displayName")])),
      );
    }
    setFailure(t(`errors.${result.code}`));
  };

  return (
    <Section title={t("title")}>
      <form
        noValidate
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          name="displayName"
          label={t("displayName")}
          value={values.displayName}
          maxLength={120}
          error={errors.displayName}
          onChange={(displayName) => setValues({ ...values, displayName })}
        />
        <ChoiceGroup
          name="account-language"
          legend={t("language")}
          columns={3}
          value={values.language}
          onChange={(language) => setValues({ ...values, language })}
          choices={LANGUAGES.map((value) => ({ value, label: tLang(value) }))}
        />
        <TextField
          name="linkedinUrl"
          type="url"
          label={t("linkedinUrl")}
          value={values.linkedinUrl}
          maxLength={300}
          error={errors.linkedinUrl}
          onChange={(linkedinUrl) => setValues({ ...values, linkedinUrl })}
        />
        {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
        <button type="submit" disabled={busy} className={buttonClass}>
          {t("save")}
        </button>
      </form>
    </Section>
  );
}

function PasswordForm() {
  const t = useTranslations("account.password");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [error, setError] = useState<AuthErrorCode | "required" | null>(null);
  const [site, setSite] = useState<string>();
  const [busy, setBusy] = useState(false);

  const change = async () => {
    if (!current || !next) return setError("required");
    setBusy(true);
    const result = await callAuth("/change-password", { currentPassword: current, newPassword: next, revokeOtherSessions: true });
    setBusy(false);
    if (!result.ok) {
      setSite(result.site);
      return setError(result.error);
    }
    setError(null);
    setCurrent("");
    setNext("");
    toast.success(t("changed"));
  };

  return (
    <Section title={t("title")}>
      <form
        noValidate
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          void change();
        }}
      >
        <FormError error={error} required={t("required")} site={site} />
        <TextField
          name="currentPassword"
          type="password"
          label={t("current")}
          value={current}
          autoComplete="current-password"
          maxLength={PASSWORD_MAX + 1}
          onChange={setCurrent}
        />
        <TextField
          name="newPassword"
          type="password"
          label={t("new")}
          hint={t("hint")}
          value={next}
          autoComplete="new-password"
          maxLength={PASSWORD_MAX + 1}
          onChange={setNext}
        />
        <button type="submit" disabled={busy} className={buttonClass}>
          {t("change")}
        </button>
      </form>
    </Section>
  );
}

/** A password form's error: a missing field, or what the sign-in service answered. */
function FormError({ error, required, site }: { error: AuthErrorCode | "required" | null; required: string; site?: string }) {
  const tAuth = useTranslations("auth.errors");
  if (!error) return null;
  return (
    <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
      {error === "required" ? required : tAuth(error, { min: PASSWORD_MIN, max: PASSWORD_MAX, site: site ?? "" })}
    </p>
  );
}

function SignOut() {
  const t = useTranslations("account.signOut");
  const router = useRouter();
  const [error, setError] = useState<AuthErrorCode | null>(null);
  const [site, setSite] = useState<string>();
  return (
    <Section title={t("title")}>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("text")}</p>
      <FormError error={error} required="" site={site} />
      <button
        type="button"
        className={buttonClass}
        onClick={async () => {
          const result = await callAuth("/sign-out", {});
          // Not signed out (no answer, or refused as from another address): say so, rather than pretend and leave the session open.
          if (!result.ok && (result.error === "unknown" || result.error === "wrongAddress")) {
            setSite(result.site);
            return setError(result.error);
          }
          unlinkAccount();
          router.push("/");
          router.refresh();
        }}
      >
        {t("button")}
      </button>
    </Section>
  );
}

function DeleteAccount() {
  const t = useTranslations("account.delete");
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<AuthErrorCode | "required" | null>(null);
  const [site, setSite] = useState<string>();
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    if (!password) return setError("required");
    if (!window.confirm(t("confirm"))) return;
    setBusy(true);
    const result = await callAuth("/delete-user", { password });
    setBusy(false);
    if (!result.ok) {
      setSite(result.site);
      return setError(result.error);
    }
    unlinkAccount();
    router.push("/");
    router.refresh();
  };

  return (
    <Section title={t("title")}>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("text")}</p>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void remove();
        }}
      >
        <FormError error={error} required={t("required")} site={site} />
        <TextField
          name="deletePassword"
          type="password"
          label={t("password")}
          value={password}
          autoComplete="current-password"
          maxLength={PASSWORD_MAX + 1}
          onChange={setPassword}
        />
        <button type="submit" disabled={busy} className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
          {t("button")}
        </button>
      </form>
    </Section>
  );
}
