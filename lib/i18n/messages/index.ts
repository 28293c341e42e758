import type { Language } from "@/lib/i18n/languages";

import type en from "./en/app.json";

/** The interface's messages, shaped like the English catalogue (tests/unit/messages.test.ts keeps the others equal). */
export type AppMessages = typeof en;

/**
 * The interface catalogue of one language, lib/i18n/messages/<language>/app.json.
 * Loaded by path, so a new language needs only its folder and its registry entry.
 */
export async function loadMessages(language: Language): Promise<AppMessages> {
  return (await import(`./${language}/app.json`)).default as AppMessages;
}
