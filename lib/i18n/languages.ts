/**
 * The language registry. Adding a language is one entry here plus its
 * catalogue folder, lib/i18n/messages/<code>/ (the interface's app.json and
 * whatever else the folder's index.ts gathers). Everything else — the
 * engine's language vocabulary and zod schemas, URLs, hreflang links,
 * Accept-Language matching and the reply-language menus — reads this list.
 *
 * Pure data: the rules engine imports it too.
 */
interface LanguageInfo {
  /** Where most readers of the language live: the time zone used before the browser tells us its own. */
  readonly timeZone: string;
}

export const LANGUAGE_REGISTRY = {
  en: { timeZone: "Europe/London" },
  fi: { timeZone: "Europe/Helsinki" },
  nb: { timeZone: "Europe/Oslo" },
} as const satisfies Record<string, LanguageInfo>;

export type Language = keyof typeof LANGUAGE_REGISTRY;

/** Every language Kindly speaks, English first (the default). */
export const LANGUAGES = Object.keys(LANGUAGE_REGISTRY) as [Language, ...Language[]];
