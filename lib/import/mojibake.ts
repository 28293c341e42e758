/**
 * Meta's exports (Facebook and Instagram JSON) write each UTF-8 *byte* of a
 * string as its own `\u00XX` escape, so after JSON.parse "Mäkinen" reads
 * "MÃ¤kinen" (FORMATS.md §3 "Mojibake"). The repair: when every code point
 * of a string is at most 0xFF, take them as bytes and decode UTF-8; when the
 * bytes are not valid UTF-8 the string was plain Latin-1 text, kept as it is.
 */
const utf8 = new TextDecoder("utf-8");

/** Whether `bytes` is well-formed UTF-8 (RFC 3629), checked without exceptions: most Latin-1 names are not. */
function isUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return false;
    for (let j = 1; j < length; j++) if ((bytes[i + j]! & 0xc0) !== 0x80) return false;
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1]!;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f))
      return false;
    i += length;
  }
  return true;
}

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
  return isUtf8(bytes) ? utf8.decode(bytes) : text;
}
