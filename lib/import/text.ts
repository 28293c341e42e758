/**
 * Bytes to text, tolerating what re-saving does to an export: a UTF-8 BOM
 * (Excel's "CSV UTF-8"), UTF-16 with a BOM (Excel's "Unicode text"), and
 * Windows-1252 (Excel's plain "CSV"), recognised because it is not valid UTF-8.
 */
const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return utf8.decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** A file's own name, whatever folder (or Windows path) it sits in. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/**
 * A file name reduced to letters and digits, lowercase: "Imported Contacts.csv",
 * "Imported_Contacts.csv" and "importedcontacts.CSV" meet, and so do the
 * apostrophes of "follow_requests_you've_received.json" (', ’, or none).
 */
export function fileKey(path: string): string {
  return baseName(path)
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, "")
    .replace(/[^a-z0-9]/g, "");
}

export function extension(path: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(baseName(path));
  return match ? match[1]!.toLowerCase() : "";
}

/** macOS resource forks and Finder litter: never export files. */
export function isJunkEntry(path: string): boolean {
  const normal = path.replace(/\\/g, "/");
  return normal.startsWith("__MACOSX/") || normal.includes("/__MACOSX/") || baseName(normal).startsWith("._") || baseName(normal) === ".DS_Store";
}
