import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";

import { LANGUAGE_REGISTRY } from "@/lib/i18n/languages";
import { loadMessages } from "@/lib/i18n/messages";
import { routing } from "@/lib/i18n/routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Dates are shown in the time zone most readers of each language live in.
    timeZone: LANGUAGE_REGISTRY[locale].timeZone,
    messages: await loadMessages(locale),
  };
});
