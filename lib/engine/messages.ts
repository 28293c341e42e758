/**
 * The one formatter for the engine's texts (reply templates, reasons,
 * alternatives' conditions): ICU MessageFormat from the per-language
 * catalogues lib/i18n/messages/<language>/replies.json, formatted with
 * icu-minify — the machinery next-intl itself uses for the interface. In the
 * built app next-intl's loader precompiles every catalogue in that folder
 * (next.config.ts, `precompile: true`), so the browser gets compiled messages
 * and no parser; where the catalogues are read as plain JSON (tests,
 * scripts), each message is compiled on first use and kept.
 *
 * Pure: the catalogues come with the language registry as static imports
 * (decide() is synchronous); nothing is read or logged.
 */
import compile from "icu-minify/compile";
import format, { type CompiledMessage, type FormatOptions } from "icu-minify/format";

import { LANGUAGE_REGISTRY } from "../i18n/languages";
import type { Language } from "./vocabulary";

/** Every argument is a string: names and places as typed, everything else a `select` value. */
export type MessageValues = Readonly<Record<string, string>>;

// The engine's messages hold no numbers or dates; these are only what icu-minify asks for.
const OPTIONS: FormatOptions = {
  formatters: {
    getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
    getNumberFormat: (...args) => new Intl.NumberFormat(...args),
    getPluralRules: (...args) => new Intl.PluralRules(...args),
  },
};

/** The engine's catalogues in each language folder: replies.json (decide) and invitations.json (composeInvitation). */
export type EngineCatalogue = "replies" | "invitations";

const compiled = new Map<string, CompiledMessage>();

function message(language: Language, key: string, catalogue: EngineCatalogue): CompiledMessage {
  const id = `${catalogue}:${language}:${key}`;
  let found = compiled.get(id);
  if (found === undefined) {
    let node: unknown = LANGUAGE_REGISTRY[language][catalogue];
    for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    // A missing key is a bug the catalogue tests catch (tests/unit/replies.test.ts).
    if (node === undefined || node === null || (typeof node === "object" && !Array.isArray(node))) throw new Error(`No engine message ${key} in ${language}`);
    // Precompiled, a message without arguments is its plain text (no "{" left), like use-intl's own hot path;
    // only a source message with arguments needs the compiler, which the browser never has.
    found = typeof node === "string" && node.includes("{") ? compile(node) : (node as CompiledMessage);
    compiled.set(id, found);
  }
  return found;
}

/** One engine message, e.g. `formatEngineMessage("fi", "reasons.harassment")`. */
export function formatEngineMessage(language: Language, key: string, values?: MessageValues, catalogue: EngineCatalogue = "replies"): string {
  const text = format(message(language, key, catalogue), language, values, OPTIONS);
  if (typeof text !== "string") throw new Error(`Engine message ${key} in ${language} is not plain text`);
  return text;
}
