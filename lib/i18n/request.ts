import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";

import { routing } from "@/lib/i18n/routing";

// Dates are shown in the time zone most readers of each language live in.
const TIME_ZONES = { en: "Europe/London", fi: "Europe/Helsinki", nb: "Europe/Oslo" } as const;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: TIME_ZONES[locale],
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
