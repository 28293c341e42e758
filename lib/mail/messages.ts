import "server-only";

import { createTranslator } from "next-intl";
import { z } from "zod";

import { env } from "@/lib/env";
import { loadMessages } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { Mail } from "@/lib/mail/transport";

// Kindly's mails, in plain text, from the "mail" part of the message catalogues
// in the person's language. The language comes from the page the request was
// made on (the auth route passes it in a header; see mailLocale).

/** The request header in which the auth route tells the mail hooks the person's language. */
export const MAIL_LOCALE_HEADER = "x-kindly-locale";

const ZLocale = z.enum(routing.locales);

/** The language of a path such as "/fi/reset-password"; English when it names none. */
export function localeOfPath(path: string | undefined): Locale {
  return ZLocale.catch(routing.defaultLocale).parse(path?.split(/[/?#]/)[1]);
}

/** The language the auth route put on the request better-auth hands a mail hook. */
export function mailLocale(request: Request | undefined): Locale {
  return ZLocale.catch(routing.defaultLocale).parse(request?.headers.get(MAIL_LOCALE_HEADER) ?? undefined);
}

/** An address on this site: SITE_URL + the locale's path. */
export function siteLink(locale: Locale, path: string, query?: Record<string, string>): string {
  const url = new URL(`/${locale}${path}`, env().SITE_URL);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  return url.href;
}

type Kind = "verify" | "existing" | "reset";

async function compose(locale: Locale, kind: Kind, to: { email: string; name: string }, paragraphs: (t: (key: string) => string) => string[]): Promise<Mail> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "mail" });
  const say = (key: string) => t(`${kind}.${key}` as Parameters<typeof t>[0]);
  const text = [t("greeting", { name: to.name }), ...paragraphs(say), t("signature")].join("\n\n");
  return { to: to.email, subject: say("subject"), text: `${text}\n` };
}

/** "Confirm your address": the link better-auth made (its /verify-email endpoint). */
export async function verificationMail(locale: Locale, to: { email: string; name: string }, url: string): Promise<Mail> {
  return compose(locale, "verify", to, (say) => [say("body"), url, say("expiry")]);
}

/** Someone signed up with an address that has an account: links to sign in and to choose a new password. */
export async function existingAccountMail(locale: Locale, to: { email: string; name: string }): Promise<Mail> {
  return compose(locale, "existing", to, (say) => [
    say("body"),
    `${say("signIn")}\n${siteLink(locale, "/sign-in")}`,
    `${say("reset")}\n${siteLink(locale, "/forgot-password")}`,
    say("notYou"),
  ]);
}

/** "Choose a new password": a link to the reset page with the token better-auth stored. */
export async function resetPasswordMail(locale: Locale, to: { email: string; name: string }, token: string): Promise<Mail> {
  return compose(locale, "reset", to, (say) => [say("body"), siteLink(locale, "/reset-password", { token }), say("expiry")]);
}
