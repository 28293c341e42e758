/**
 * Stands in for icu-minify's compiler in the browser bundle (next.config.ts):
 * next-intl's loader precompiles every catalogue under lib/i18n/messages at
 * build time, so the browser never needs a message parser. Reaching this
 * means a catalogue was not precompiled.
 */
export default function compile(message: string): never {
  throw new Error(`An ICU message reached the browser uncompiled: ${message.slice(0, 40)}`);
}
