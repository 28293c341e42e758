import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";

import { NoMailNotice } from "@/components/auth/no-mail-notice";
import { InvalidResetLink, ResetPasswordForm } from "@/components/auth/reset-password-form";
import { ClientMessages } from "@/components/client-messages";
import { ScreenHeader } from "@/components/screen-header";
import { mailEnabled } from "@/lib/mail/transport";

// The link in a reset mail: /{locale}/reset-password?token=…. A token of the wrong
// shape is treated like an expired one; the server checks the real thing.
const ZQuery = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.reset" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ResetPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth.reset" });
  const query = ZQuery.safeParse(await searchParams);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <ScreenHeader title={t("title")} lead={t("lead")} />
      {!mailEnabled() ? (
        <NoMailNotice />
      ) : (
        <ClientMessages part="auth">{query.success ? <ResetPasswordForm token={query.data.token} /> : <InvalidResetLink />}</ClientMessages>
      )}
    </div>
  );
}
