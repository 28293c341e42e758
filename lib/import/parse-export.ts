/**
 * parseExport: pending requests from the platforms' own data exports
 * (FORMATS.md), single files and whole ZIP archives alike. Pure and
 * synchronous: no DOM, no I/O, no process.env. Files are recognised by name
 * and root key or header, never by folder, so wrapper folders, `__MACOSX/`,
 * backslash paths, BOMs and Excel re-saves do not matter.
 */
import { classifyMetaJson, facebookRequests, instagramRequests, isKeylessInstagramList, type MetaListKind } from "./meta";
import {
  isConnectionsTable,
  isInvitationsTable,
  pendingInvitations,
  readConnections,
  readInvitations,
  type LinkedInConnection,
  type LinkedInInvitation,
} from "./linkedin";
import { problem } from "./problems";
import type { ImportFile, ImportProblem, ImportResult, PendingRequest } from "./schemas";
import { baseName, decodeText, extension, fileKey, isJunkEntry } from "./text";
import { inflateEntries, listZip, looksLikeZip, type ZipEntry } from "./zip";

/** Largest export file read (uncompressed): a LinkedIn export of 10,000 connections is about 1.5 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_FILE_MB = MAX_FILE_BYTES / (1024 * 1024);

const FACEBOOK_RECEIVED = new Set(["receivedfriendrequests", "friendrequestsreceived"]);
const INSTAGRAM_RECEIVED = "followrequestsyouvereceived";
const INSTAGRAM_OUTGOING = new Set(["pendingfollowrequests", "recentfollowrequests"]);
const LINKEDIN_FILES = new Set(["invitations", "connections"]);
const X_DATA = /(^|[\\/])data[\\/](follower|following|manifest|protected-history)(-part\d+)?\.js$/i;

const EXPECTED = { facebook: "received_friend_requests.json", instagram: "follow_requests_you've_received.json" } as const;

/** An archive entry worth inflating: the lists of received requests and LinkedIn's two tables. */
export function isRelevantEntry(path: string): boolean {
  if (isJunkEntry(path)) return false;
  const key = fileKey(path);
  const ext = extension(path);
  if (LINKEDIN_FILES.has(key)) return ext === "csv";
  if (FACEBOOK_RECEIVED.has(key) || key === INSTAGRAM_RECEIVED) return ext === "json" || ext === "html" || ext === "htm";
  return false;
}

/** A file to classify: a dropped file or an inflated archive entry. */
export interface ExportSource {
  /** How the person knows it: the file name, or `archive.zip › path/in/archive`. */
  label: string;
  bytes: Uint8Array;
  inArchive: boolean;
}

export function entryLabel(archive: string, path: string): string {
  return `${archive} › ${path}`;
}

/**
 * From an archive's directory: the entries to inflate, and what to tell the
 * person about the rest (locked or oversized entries, nothing relevant, an X
 * archive). Shared by the in-memory reader and the browser's random access.
 */
export function planArchive(archive: string, entries: readonly ZipEntry[]): { wanted: ZipEntry[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const relevant = entries.filter((entry) => isRelevantEntry(entry.name));
  const wanted: ZipEntry[] = [];
  for (const entry of relevant) {
    if (entry.encrypted) problems.push(problem("zip_encrypted", archive));
    else if (entry.size > MAX_FILE_BYTES) problems.push(problem("too_large", entryLabel(archive, entry.name), { limit: MAX_FILE_MB }));
    else wanted.push(entry);
  }
  if (relevant.length === 0) {
    const isX = entries.some((entry) => X_DATA.test(entry.name) && !isJunkEntry(entry.name));
    if (isX) problems.push(problem("x_no_pending_requests", archive, { platform: "X" }));
    else if (entries.some((entry) => entry.encrypted)) problems.push(problem("zip_encrypted", archive));
    else problems.push(problem("no_export_in_archive", archive));
  }
  // One password problem per archive is enough.
  const seen = new Set<string>();
  return {
    wanted,
    problems: problems.filter((p) => {
      const key = `${p.code}|${p.file}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

function readArchive(file: ImportFile, problems: ImportProblem[]): ExportSource[] {
  const directory = listZip(file.bytes);
  if (!directory.ok) {
    problems.push(problem(directory.reason === "truncated" ? "zip_truncated" : "zip_unreadable", file.name));
    return [];
  }
  const plan = planArchive(file.name, directory.entries);
  problems.push(...plan.problems);
  if (plan.wanted.length === 0) return [];
  let inflated: Map<string, Uint8Array>;
  try {
    inflated = inflateEntries(file.bytes, new Set(plan.wanted.map((entry) => entry.name)));
  } catch {
    // Damaged compressed data: most often a download cut short and patched up by a tool.
    problems.push(problem("zip_truncated", file.name));
    return [];
  }
  return plan.wanted.flatMap((entry) => {
    const bytes = inflated.get(entry.name);
    return bytes ? [{ label: entryLabel(file.name, entry.name), bytes, inArchive: true }] : [];
  });
}

interface Collected {
  requests: PendingRequest[];
  problems: ImportProblem[];
  invitations: { label: string; rows: LinkedInInvitation[] }[];
  connections: { label: string; rows: LinkedInConnection[] }[];
  sawX: boolean;
}

function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function metaList(source: ExportSource, list: MetaListKind, items: unknown, into: Collected): void {
  switch (list.kind) {
    case "facebook_received":
    case "instagram_received": {
      const platform = list.kind === "facebook_received" ? "facebook" : "instagram";
      const requests = platform === "facebook" ? facebookRequests(items, source.label) : instagramRequests(items, source.label);
      if (requests.length === 0) into.problems.push(problem("empty_list", source.label, { platform: platformName(platform) }));
      into.requests.push(...requests);
      return;
    }
    case "outgoing":
      into.problems.push(problem("outgoing_list", source.label, { platform: platformName(list.platform), expected: EXPECTED[list.platform] }));
      return;
    case "connections":
      into.problems.push(problem("not_request_list", source.label, { platform: platformName(list.platform), expected: EXPECTED[list.platform] }));
      return;
    default: {
      const never: never = list;
      return never;
    }
  }
}

function platformName(platform: "facebook" | "instagram" | "linkedin"): string {
  return { facebook: "Facebook", instagram: "Instagram", linkedin: "LinkedIn" }[platform];
}

function classify(source: ExportSource, into: Collected): void {
  const key = fileKey(source.label);
  const ext = extension(source.label);
  const notExport = () => into.problems.push(problem("not_export_file", source.label));

  if (ext === "html" || ext === "htm") {
    if (FACEBOOK_RECEIVED.has(key)) into.problems.push(problem("html_export", source.label, { platform: "Facebook" }));
    else if (key === INSTAGRAM_RECEIVED || INSTAGRAM_OUTGOING.has(key)) into.problems.push(problem("html_export", source.label, { platform: "Instagram" }));
    else notExport();
    return;
  }
  if (X_DATA.test(source.label.replace(/^.* › /, "")) || (ext === "js" && /^window\.(YTD|__THAR_CONFIG)/.test(decodeText(source.bytes.subarray(0, 64))))) {
    into.sawX = true;
    return;
  }
  const text = decodeText(source.bytes);
  if (looksLikeJson(text)) {
    const json = parseJson(text);
    if (!json.ok) {
      into.problems.push(problem(FACEBOOK_RECEIVED.has(key) || key === INSTAGRAM_RECEIVED ? "unreadable_file" : "not_export_file", source.label));
      return;
    }
    const known = classifyMetaJson(json.value);
    if (known) return metaList(source, known.list, known.items, into);
    if (isKeylessInstagramList(json.value)) {
      if (key === INSTAGRAM_RECEIVED) return metaList(source, { kind: "instagram_received" }, json.value, into);
      if (INSTAGRAM_OUTGOING.has(key)) return metaList(source, { kind: "outgoing", platform: "instagram" }, json.value, into);
      if (/^followers\d*$/.test(key) || /^(closefriends|restrictedprofiles|blockedprofiles|following|recentlyunfollowedprofiles)$/.test(key))
        return metaList(source, { kind: "connections", platform: "instagram" }, json.value, into);
    }
    if (FACEBOOK_RECEIVED.has(key) || key === INSTAGRAM_RECEIVED) into.problems.push(problem("unreadable_file", source.label));
    else notExport();
    return;
  }
  if (isInvitationsTable(text)) {
    const rows = readInvitations(text);
    if (rows) into.invitations.push({ label: source.label, rows });
    return;
  }
  if (isConnectionsTable(text)) {
    const rows = readConnections(text);
    if (rows) into.connections.push({ label: source.label, rows });
    return;
  }
  if (LINKEDIN_FILES.has(key) && ext === "csv") into.problems.push(problem("unreadable_file", source.label));
  else notExport();
}

function linkedIn(into: Collected): void {
  const connections = into.connections.length > 0 ? into.connections.flatMap((table) => table.rows) : null;
  for (const table of into.invitations) {
    const incoming = table.rows.filter((row) => row.direction === "incoming").length;
    const pending = pendingInvitations(table.rows, connections, table.label);
    if (incoming === 0) into.problems.push(problem("empty_list", table.label, { platform: "LinkedIn" }));
    else if (!connections) into.problems.push(problem("linkedin_without_connections", table.label, { count: incoming }));
    else if (pending.length === 0) into.problems.push(problem("linkedin_all_connected", table.label));
    into.requests.push(...pending);
  }
  if (into.invitations.length === 0) {
    for (const table of into.connections) into.problems.push(problem("linkedin_connections_only", table.label));
  }
}

/** Drops `undefined` fields, so results compare and serialise cleanly. */
function compact(request: PendingRequest): PendingRequest {
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as PendingRequest;
}

/** The same request read twice (the ZIP and its file dropped together) is listed once. */
function dedupe(requests: readonly PendingRequest[]): PendingRequest[] {
  const seen = new Set<string>();
  return requests.filter((request) => {
    const who = request.profileUrl?.toLowerCase() ?? request.handle?.toLowerCase() ?? request.name.toLowerCase();
    const key = `${request.platform}|${who}|${request.sentAt ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Classifies sources already taken out of their archives (the browser's random-access path ends here too). */
export function parseSources(sources: readonly ExportSource[], problems: readonly ImportProblem[] = []): ImportResult {
  const into: Collected = { requests: [], problems: [...problems], invitations: [], connections: [], sawX: false };
  for (const source of sources) {
    if (source.bytes.length > MAX_FILE_BYTES) {
      into.problems.push(problem("too_large", source.label, { limit: MAX_FILE_MB }));
      continue;
    }
    if (source.bytes.length === 0) {
      into.problems.push(problem("unreadable_file", source.label));
      continue;
    }
    classify(source, into);
  }
  linkedIn(into);
  if (into.sawX && !into.problems.some((p) => p.code === "x_no_pending_requests")) {
    const xFile = sources.find((source) => X_DATA.test(source.label) || extension(source.label) === "js");
    into.problems.push(problem("x_no_pending_requests", xFile ? baseName(xFile.label) : "X", { platform: "X" }));
  }
  return { requests: dedupe(into.requests.map(compact)), problems: into.problems };
}

/**
 * Pending requests in the dropped files. Each file is a single export file
 * or a whole ZIP archive, of which only the relevant entries are inflated.
 * Never throws for what is in the files: what cannot be used becomes a
 * problem that names the file and says what to do.
 */
export function parseExport(files: readonly ImportFile[]): ImportResult {
  const problems: ImportProblem[] = [];
  const sources: ExportSource[] = [];
  for (const file of files) {
    const name = typeof file?.name === "string" && file.name ? file.name : "?";
    if (!(file?.bytes instanceof Uint8Array)) {
      problems.push(problem("unreadable_file", name));
      continue;
    }
    if (isJunkEntry(name)) continue;
    if (looksLikeZip(file.bytes) || extension(name) === "zip") {
      sources.push(...readArchive({ name, bytes: file.bytes }, problems));
      continue;
    }
    sources.push({ label: name, bytes: file.bytes, inArchive: false });
  }
  return parseSources(sources, problems);
}
