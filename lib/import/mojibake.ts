/**
 * Meta's exports (Facebook and Instagram JSON) write each UTF-8 *byte* of a
 * string as its own `\u00XX` escape, so after JSON.parse "Mäkinen" reads
 * "MÃ¤kinen" (FORMATS.md §3 "Mojibake"). The repair: when every code point
 * of a string is at most 0xFF, take them as bytes and decode UTF-8; when the
 * bytes are not valid UTF-8 the string was plain Latin-1 text, kept as it is.
 */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function repairMojibake(text: string): string {
  let needsRepair = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    if (code >= 0x80) needsRepair = true;
  }
  if (!needsRepair) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
}
