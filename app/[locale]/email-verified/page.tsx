import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { DoneNotice, ErrorAlert, linkClass } from "@/components/auth/form-notices";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { ClientMessages } from "@/components/client-messages";
import { currentUser } from "@/lib/auth/session";

// Where the link in a verification mail lands (better-auth redirects here, with
// ?error=TOKEN_EXPIRED, INVALID_TOKEN or USER_NOT_FOUND when it did not work).

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.verified" });
  return { title: t("title"), robots: { index: false } };
}

export default async function EmailVerifiedPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth.verified" });
  const tAuth = await getTranslations({ locale, namespace: "auth" });
  const { error } = await searchParams;
  if (error !== undefined) {
    return (
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("failedTitle")}</h1>
        <ErrorAlert>{t(error === "TOKEN_EXPIRED" ? "expired" : "invalid")}</ErrorAlert>
        <ClientMessages part="auth">
          <ResendVerificationForm />
        </ClientMessages>
      </div>
    );
  }
  const user = await currentUser();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <DoneNotice>
        <p>{t(user ? "signedIn" : "signInPrompt")}</p>
        <p>
          <a href={`/${locale}/${user ? "policy" : "sign-in"}`} className={linkClass}>
            {user ? t("toPolicy") : tAuth("signInLink")}
          </a>
        </p>
      </DoneNotice>
    </div>
  );
}
