import type { AbstractIntlMessages } from "next-intl";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";

import { CLIENT_MESSAGES, pickMessages, type ClientPart } from "@/lib/i18n/client-messages";

import { ClientIntlProvider } from "./client-intl-provider";

/** Gives the client components inside it only the messages their part of the app uses. */
export async function ClientMessages({ part, children }: { part: ClientPart; children: ReactNode }) {
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);
  return (
    <ClientIntlProvider locale={locale} timeZone={timeZone} messages={pickMessages(messages, CLIENT_MESSAGES[part]) as AbstractIntlMessages}>
      {children}
    </ClientIntlProvider>
  );
}
