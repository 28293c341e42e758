"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { useSyncExternalStore, type ReactNode } from "react";

import { canonicalTimeZone } from "@/lib/i18n/time-zone";

const noChanges = () => () => {};
const browserZone = () => canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);

/**
 * next-intl's client provider, in the person's own time zone. The server
 * renders with the zone it knows (the cookie's, or the language's on a first
 * visit) and hydration uses that same zone; right after, the browser's own
 * zone takes over, so client-rendered dates are right even on a first visit,
 * without asking the server to render the page again.
 */
export function ClientIntlProvider({
  locale,
  timeZone,
  messages,
  children,
}: {
  locale: string;
  timeZone: string;
  messages: AbstractIntlMessages;
  children: ReactNode;
}) {
  const zone = useSyncExternalStore(
    noChanges,
    () => browserZone() ?? timeZone,
    () => timeZone,
  );
  return (
    <NextIntlClientProvider locale={locale} timeZone={zone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
