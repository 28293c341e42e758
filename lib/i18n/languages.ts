import enInvitations from "./messages/en/invitations.json";
import enReplies from "./messages/en/replies.json";
import fiInvitations from "./messages/fi/invitations.json";
import fiReplies from "./messages/fi/replies.json";
import nbInvitations from "./messages/nb/invitations.json";
import nbReplies from "./messages/nb/replies.json";
import svInvitations from "./messages/sv/invitations.json";
import svReplies from "./messages/sv/replies.json";

/**
 * The language registry. Adding a language is one entry here plus its
 * catalogue folder, lib/i18n/messages/<code>/ (the interface's app.json and
 * whatever else the folder's index.ts gathers). Everything else — the
 * engine's language vocabulary and zod schemas, URLs, hreflang links,
 * Accept-Language matching and the reply-language menus — reads this list.
 *
 * Pure data: the rules engine imports it too. The engine's catalogue
 * (replies.json: reply templates, reasons, conditions) is imported here
 * statically, because decide() is synchronous; the interface catalogue
 * (app.json) is loaded by path (messages/index.ts).
 */
interface LanguageInfo {
  /** Where most readers of the language live: the time zone used before the browser tells us its own. */
  readonly timeZone: string;
  /** The engine's ICU messages in this language, shaped like en/replies.json (tests/unit/replies.test.ts). */
  readonly replies: typeof enReplies;
  /** The invitation composer's ICU messages (notes and their reasons), shaped like en/invitations.json. */
  readonly invitations: typeof enInvitations;
}

export const LANGUAGE_REGISTRY = {
  en: { timeZone: "Europe/London", replies: enReplies, invitations: enInvitations },
  fi: { timeZone: "Europe/Helsinki", replies: fiReplies, invitations: fiInvitations },
  nb: { timeZone: "Europe/Oslo", replies: nbReplies, invitations: nbInvitations },
  sv: { timeZone: "Europe/Stockholm", replies: svReplies, invitations: svInvitations },
} as const satisfies Record<string, LanguageInfo>;

export type Language = keyof typeof LANGUAGE_REGISTRY;

/** Every language Kindly speaks, English first (the default). */
export const LANGUAGES = Object.keys(LANGUAGE_REGISTRY) as [Language, ...Language[]];
