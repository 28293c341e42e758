/**
 * A language's name in that language ("Suomi", "Norsk bokmål", "Svenska"), from
 * the CLDR data that Node and the browser both carry, so every language in the
 * registry has one without a list to keep. Pure: the same on server and client.
 */
export function nativeLanguageName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}
