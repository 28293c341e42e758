/**
 * Dropped files in the browser, read by random access: for a ZIP archive
 * only its last bytes (the end record), its central directory and the few
 * entries that matter are sliced from the File and inflated, so a 400 MB
 * Meta export costs a few kilobytes of reading. Still pure: it takes any
 * Blob-like `{ size, slice(start, end).arrayBuffer() }` and touches no DOM.
 * See docs/decisions/0014.
 */
import { inflateSync } from "fflate";

import { MAX_FILE_BYTES, entryLabel, parseSources, planArchive, type ExportSource } from "./parse-export";
import { problem } from "./problems";
import type { ImportProblem, ImportResult } from "./schemas";
import { extension, isJunkEntry } from "./text";
import { directoryLocation, findEndOfDirectory, looksLikeZip, readDirectory, type ZipDirectory, type ZipEntry } from "./zip";

export interface BlobLike {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface NamedBlob {
  name: string;
  blob: BlobLike;
}

/** Longest possible end record: 22 bytes plus a 65,535-byte comment. */
const MAX_TAIL = 65557;

async function readRange(blob: BlobLike, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(start, Math.min(end, blob.size)).arrayBuffer());
}

/** The archive's central directory, read from its end without reading the rest. */
export async function listZipBlob(blob: BlobLike): Promise<ZipDirectory> {
  const head = await readRange(blob, 0, 4);
  const tailStart = Math.max(0, blob.size - MAX_TAIL);
  const tail = await readRange(blob, tailStart, blob.size);
  const end = tail.length >= 22 ? findEndOfDirectory(tail) : -1;
  if (end < 0) return { ok: false, reason: looksLikeZip(head) ? "truncated" : "unreadable" };
  let location = directoryLocation(tail, end, tailStart);
  if (location.zip64At !== undefined) {
    location = directoryLocation(tail, end, tailStart, await readRange(blob, location.zip64At, location.zip64At + 56));
  }
  if (location.offset + location.size > blob.size) return { ok: false, reason: "truncated" };
  const directory = await readRange(blob, location.offset, location.offset + location.size);
  const entries = readDirectory(directory, location.count);
  return entries ? { ok: true, entries } : { ok: false, reason: "unreadable" };
}

/** One entry's bytes: its local header says where the data starts; only that data is read and inflated. */
export async function readZipEntryBlob(blob: BlobLike, entry: ZipEntry): Promise<Uint8Array> {
  const header = await readRange(blob, entry.offset, entry.offset + 30);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || view.getUint32(0, true) !== 0x04034b50) throw new Error("local header missing");
  const start = entry.offset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (start + entry.compressedSize > blob.size) throw new Error("entry cut short");
  const data = await readRange(blob, start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateSync(data, { out: new Uint8Array(entry.size) });
  throw new Error(`compression method ${entry.method}`);
}

async function readArchiveBlob(file: NamedBlob, problems: ImportProblem[]): Promise<ExportSource[]> {
  const directory = await listZipBlob(file.blob);
  if (!directory.ok) {
    problems.push(problem(directory.reason === "truncated" ? "zip_truncated" : "zip_unreadable", file.name));
    return [];
  }
  const plan = planArchive(file.name, directory.entries);
  problems.push(...plan.problems);
  const sources: ExportSource[] = [];
  for (const entry of plan.wanted) {
    try {
      sources.push({ label: entryLabel(file.name, entry.name), bytes: await readZipEntryBlob(file.blob, entry), inArchive: true });
    } catch {
      problems.push(problem("zip_truncated", file.name));
      break;
    }
  }
  return sources;
}

/**
 * The browser's way into parseExport: ZIP archives by random access, other
 * files read whole (unless too large, which is said without reading them).
 */
export async function parseExportBlobs(files: readonly NamedBlob[]): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const sources: ExportSource[] = [];
  for (const file of files) {
    if (isJunkEntry(file.name)) continue;
    const head = await readRange(file.blob, 0, 4);
    if (looksLikeZip(head) || extension(file.name) === "zip") {
      sources.push(...(await readArchiveBlob(file, problems)));
    } else if (file.blob.size > MAX_FILE_BYTES) {
      problems.push(problem("too_large", file.name, { limit: MAX_FILE_BYTES / (1024 * 1024) }));
    } else {
      sources.push({ label: file.name, bytes: await readRange(file.blob, 0, file.blob.size), inArchive: false });
    }
  }
  return parseSources(sources, problems);
}
