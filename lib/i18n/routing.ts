import { defineRouting } from "next-intl/routing";

import { LANGUAGES } from "@/lib/i18n/languages";

// Every public page has its own URL per language (/en/…, /fi/…, …), one per
// entry in the language registry (lib/i18n/languages.ts).
// Without a prefix the proxy picks the saved choice (cookie), then the
// browser's Accept-Language, then English.
export const LOCALE_COOKIE = { name: "KINDLY_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const;

export const routing = defineRouting({
  locales: LANGUAGES,
  defaultLocale: "en",
  localePrefix: "always",
  localeCookie: LOCALE_COOKIE,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
