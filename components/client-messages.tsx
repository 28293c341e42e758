import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

import { CLIENT_MESSAGES, pickMessages, type ClientPart } from "@/lib/i18n/client-messages";

/** Gives the client components inside it only the messages their part of the app uses. */
export async function ClientMessages({ part, children }: { part: ClientPart; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), CLIENT_MESSAGES[part]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
