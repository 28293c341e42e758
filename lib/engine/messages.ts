/**
 * The one formatter for the engine's texts (reply templates, reasons,
 * alternatives' conditions): ICU MessageFormat from the per-language
 * catalogues lib/i18n/messages/<language>/replies.json, rendered with
 * use-intl's `createTranslator` — the same machinery next-intl gives the
 * interface. Pure: the catalogues come with the language registry as static
 * imports (decide() is synchronous), nothing is read or logged, and it runs
 * in the browser as well as on the server.
 */
import { createTranslator } from "use-intl/core";

import { LANGUAGE_REGISTRY } from "../i18n/languages";
import type { Language } from "./vocabulary";

/** Every argument is a string: names and places as typed, everything else a `select` value. */
export type MessageValues = Readonly<Record<string, string>>;

type Translate = (key: string, values?: Record<string, string>) => string;

const translators: Partial<Record<Language, Translate>> = {};

function translator(language: Language): Translate {
  let t = translators[language];
  if (t === undefined) {
    // One translator per language, made on first use; it caches each parsed message.
    t = createTranslator({
      locale: language,
      messages: LANGUAGE_REGISTRY[language].replies,
      // A missing key or argument is a bug the catalogue tests catch
      // (tests/unit/replies.test.ts); never send a key instead of a reply.
      onError: (error) => {
        throw error;
      },
    }) as unknown as Translate;
    translators[language] = t;
  }
  return t;
}

/** One engine message, e.g. `formatEngineMessage("fi", "reasons.harassment")`. */
export function formatEngineMessage(language: Language, key: string, values?: MessageValues): string {
  return translator(language)(key, values === undefined ? undefined : { ...values });
}
