/**
 * The one formatter for the engine's texts (reply templates, reasons,
 * alternatives' conditions): ICU MessageFormat from the per-language
 * catalogues lib/i18n/messages/<language>/replies.json, rendered by
 * intl-messageformat — the formatter next-intl's use-intl runs for the
 * interface, pinned to the same version, so one parser and one formatter
 * serve both. Pure: the catalogues come with the language registry as
 * static imports (decide() is synchronous), nothing is read or logged, and
 * it runs in the browser as well as on the server.
 *
 * Each message is parsed once, on first use, and kept: formatting is then a
 * walk over the parsed message (use-intl's translator would re-derive its
 * cache key from the message text on every call, which costs more than the
 * formatting itself on decide()'s path).
 */
import { IntlMessageFormat } from "intl-messageformat";

import { LANGUAGE_REGISTRY } from "../i18n/languages";
import type { Language } from "./vocabulary";

/** Every argument is a string: names and places as typed, everything else a `select` value. */
export type MessageValues = Readonly<Record<string, string>>;

const parsed = new Map<string, IntlMessageFormat>();

function message(language: Language, key: string): IntlMessageFormat {
  const id = `${language}:${key}`;
  let format = parsed.get(id);
  if (format === undefined) {
    let node: unknown = LANGUAGE_REGISTRY[language].replies;
    for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    // A missing key is a bug the catalogue tests catch (tests/unit/replies.test.ts).
    if (typeof node !== "string") throw new Error(`No engine message ${key} in ${language}`);
    format = new IntlMessageFormat(node, language);
    parsed.set(id, format);
  }
  return format;
}

/** One engine message, e.g. `formatEngineMessage("fi", "reasons.harassment")`. */
export function formatEngineMessage(language: Language, key: string, values?: MessageValues): string {
  // A missing argument throws (intl-messageformat's MISSING_VALUE): never send a half-filled reply.
  return String(message(language, key).format(values));
}
