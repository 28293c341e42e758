import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

import { AuthScreen } from "@/components/auth/auth-screen";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { mailEnabled } from "@/lib/mail/transport";

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(params, { namespace: "auth", path: "/sign-in", title: "signInTitle", description: "signInLead" });
}

export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(use(params).locale);
  return <AuthScreen mode="signIn" mail={mailEnabled()} />;
}
