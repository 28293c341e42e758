import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";

import { LANGUAGE_REGISTRY } from "@/lib/i18n/languages";
import { loadMessages } from "@/lib/i18n/messages";
import { routing } from "@/lib/i18n/routing";
import { TIME_ZONE_COOKIE } from "@/lib/i18n/time-zone";
import { validTimeZone } from "@/lib/i18n/time-zone-schema";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // Dates are shown in the person's own time zone, which the browser tells in a cookie
  // (components/time-zone-cookie.tsx); until it has, in the zone most readers of the language live in.
  const fromBrowser = validTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  return {
    locale,
    timeZone: fromBrowser ?? LANGUAGE_REGISTRY[locale].timeZone,
    messages: await loadMessages(locale),
  };
});
