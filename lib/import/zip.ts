/**
 * Whole ZIP archives held in memory, read synchronously with fflate's
 * `unzipSync`: only the entries `wanted` accepts are inflated. fflate does
 * not report encrypted entries (it would inflate ciphertext), so the central
 * directory's flags are read here first (APPNOTE 4.3.12; bit 0 = encrypted).
 * In the browser, big archives go through zip-blob.ts instead, which reads
 * the same directory by random access. See docs/decisions/0014.
 */
import { unzipSync } from "fflate";

export interface ZipEntry {
  /** The entry's path inside the archive. */
  name: string;
  /** Uncompressed size in bytes, from the central directory. */
  size: number;
  /** Compressed size in bytes. */
  compressedSize: number;
  /** 0 stored, 8 deflated; others are not read. */
  method: number;
  /** Where the entry's local header starts in the archive. */
  offset: number;
  encrypted: boolean;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: "truncated" | "unreadable" };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7) && bytes[3] === bytes[2] + 1;
}

function u16(view: DataView, at: number): number {
  return view.getUint16(at, true);
}
function u32(view: DataView, at: number): number {
  return view.getUint32(at, true);
}
function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/** Finds the end-of-central-directory record in the archive's last 64 KiB (+22 bytes). */
export function findEndOfDirectory(tail: Uint8Array): number {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.length - 22; at >= 0 && tail.length - at <= 65557; at--) {
    if (u32(view, at) === EOCD) return at;
  }
  return -1;
}

/**
 * Where the central directory is and how many entries it has, from the
 * end record at `at` of `tail` (the archive's last bytes, starting at
 * archive offset `tailStart`), following a ZIP64 locator if one precedes it.
 */
export function directoryLocation(
  tail: Uint8Array,
  at: number,
  tailStart: number,
  zip64Record?: Uint8Array,
): { count: number; offset: number; size: number; zip64At?: number } {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let count = u16(view, at + 10);
  let size = u32(view, at + 12);
  let offset = u32(view, at + 16);
  if (at >= 20 && u32(view, at - 20) === ZIP64_LOCATOR) {
    const zip64At = u64(view, at - 12);
    const record = zip64Record ?? (zip64At >= tailStart ? tail.subarray(zip64At - tailStart) : undefined);
    if (!record) return { count, offset, size, zip64At };
    const z = new DataView(record.buffer, record.byteOffset, record.byteLength);
    if (record.length >= 56 && u32(z, 0) === ZIP64_EOCD) {
      count = u64(z, 32);
      size = u64(z, 40);
      offset = u64(z, 48);
    }
  }
  return { count, offset, size };
}

const utf8 = new TextDecoder("utf-8");

/** The entries of a central directory (`directory` holds exactly its bytes). */
export function readDirectory(directory: Uint8Array, count: number): ZipEntry[] | null {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || u32(view, at) !== CENTRAL_HEADER) return null;
    const flags = u16(view, at + 8);
    const method = u16(view, at + 10);
    let compressedSize = u32(view, at + 20);
    let size = u32(view, at + 24);
    let offset = u32(view, at + 42);
    const nameLength = u16(view, at + 28);
    const extraLength = u16(view, at + 30);
    const commentLength = u16(view, at + 32);
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: UTF-8 name; otherwise CP437, read byte for byte as fflate does.
    const name = flags & 0x800 ? utf8.decode(nameBytes) : String.fromCharCode(...nameBytes);
    if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) {
      // ZIP64 extra field (id 1): original size, compressed size, offset — each there only when the header's is saturated.
      let extra = at + 46 + nameLength;
      const end = extra + extraLength;
      while (extra + 4 <= end) {
        const id = u16(view, extra);
        const length = u16(view, extra + 2);
        if (id === 1) {
          let field = extra + 4;
          const fieldEnd = field + length;
          if (size === 0xffffffff && field + 8 <= fieldEnd) [size, field] = [u64(view, field), field + 8];
          if (compressedSize === 0xffffffff && field + 8 <= fieldEnd) [compressedSize, field] = [u64(view, field), field + 8];
          if (offset === 0xffffffff && field + 8 <= fieldEnd) offset = u64(view, field);
        }
        extra += 4 + length;
      }
    }
    entries.push({ name, size, compressedSize, method, offset, encrypted: (flags & 1) === 1 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The directory of an archive held whole in memory. */
export function listZip(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < 22) return { ok: false, reason: looksLikeZip(bytes) ? "truncated" : "unreadable" };
  const end = findEndOfDirectory(bytes);
  // No end record: the download stopped before the archive's end.
  if (end < 0) return { ok: false, reason: looksLikeZip(bytes) ? "truncated" : "unreadable" };
  const location = directoryLocation(bytes, end, 0);
  if (location.offset + location.size > bytes.length) return { ok: false, reason: "truncated" };
  const entries = readDirectory(bytes.subarray(location.offset, location.offset + location.size), location.count);
  return entries ? { ok: true, entries } : { ok: false, reason: "unreadable" };
}

/** Inflates the named entries only; throws when their data is damaged. */
export function inflateEntries(bytes: Uint8Array, names: ReadonlySet<string>): Map<string, Uint8Array> {
  const files = unzipSync(bytes, { filter: (file) => names.has(file.name) });
  return new Map(Object.entries(files));
}
