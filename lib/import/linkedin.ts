/**
 * LinkedIn's Invitations.csv and Connections.csv (FORMATS.md §2). The export
 * has no pending list: Invitations.csv logs sent and received invitations of
 * the last months, accepted ones included, so a pending request is an
 * INCOMING invitation whose sender is not among Connections.csv, joined on
 * the normalised profile URL and, where the export has no URL (2018) or only
 * the bare prefix (2023), on the name.
 */
import Papa from "papaparse";

import { repairMojibake } from "./mojibake";
import type { PendingRequest, RequestStatus } from "./schemas";

export interface LinkedInInvitation {
  from: string;
  sentAt?: string;
  message?: string;
  direction: "incoming" | "outgoing";
  inviterUrl?: string;
}

export interface LinkedInConnection {
  name: string;
  url?: string;
}

type Row = Record<string, string>;

/** Header cells reduced to letters and digits: "Sent At", "sent_at" and "SentAt" meet. */
function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

interface TableStart {
  /** The header's offset in the text, so quoted line breaks further on stay as they were. */
  start: number;
  delimiter: string;
  newline: "\r\n" | "\n" | "\r";
}

const DELIMITERS = [",", ";", "\t"] as const;

/**
 * Where the header holding `required` columns is, and how the table is
 * written: Connections.csv starts with a "Notes:" preamble of varying wording
 * (and Excel re-saves drop it), so the header line is found, not counted.
 * Delimiter: comma, or the semicolon/tab of a localised Excel re-save. Both it
 * and the line ending are read from the header line, so papaparse does not
 * have to guess them from the whole text (which cost more than the parse).
 */
function findTable(text: string, required: readonly string[]): TableStart | null {
  const line = /[^\r\n]*(\r\n|\n|\r|$)/g;
  for (let i = 0; i < 50 && line.lastIndex < text.length; i++) {
    const match = line.exec(text);
    if (!match) break;
    const header = match[0];
    for (const delimiter of DELIMITERS) {
      if (!header.includes(delimiter)) continue;
      const cells = header.split(delimiter).map(headerKey);
      if (required.every((column) => cells.includes(column))) return { start: match.index, delimiter, newline: (match[1] || "\n") as TableStart["newline"] };
    }
  }
  return null;
}

/**
 * Rows of a CSV whose header holds `required` columns, with only the `wanted`
 * columns kept (each repaired of mojibake): LinkedIn's tables carry e-mail
 * addresses, companies and positions that Kindly never reads.
 */
function readTable(text: string, required: readonly string[], wanted: readonly string[]): Row[] | null {
  const table = findTable(text, required);
  if (!table) return null;
  const parsed = Papa.parse<string[]>(text.slice(table.start), { skipEmptyLines: "greedy", delimiter: table.delimiter, newline: table.newline });
  const [header, ...rows] = parsed.data;
  if (!header) return null;
  const keys = header.map(headerKey);
  // The first column of each wanted name (a re-save may repeat a header).
  const columns = wanted.flatMap((key) => (keys.includes(key) ? [[key, keys.indexOf(key)] as const] : []));
  return rows.map((cells) => {
    const row: Row = {};
    for (const [key, index] of columns) row[key] = repairMojibake((cells[index] ?? "").trim());
    return row;
  });
}

export function isInvitationsTable(text: string): boolean {
  return findTable(text.slice(0, 4096), INVITATION_HEADER) !== null;
}

export function isConnectionsTable(text: string): boolean {
  return findTable(text.slice(0, 4096), CONNECTION_HEADER) !== null;
}

const INVITATION_HEADER = ["from", "to", "direction"] as const;
const CONNECTION_HEADER = ["firstname", "lastname"] as const;

export function readInvitations(text: string): LinkedInInvitation[] | null {
  const rows = readTable(text, INVITATION_HEADER, ["from", "direction", "sentat", "message", "inviterprofileurl"]);
  if (!rows) return null;
  const invitations: LinkedInInvitation[] = [];
  for (const row of rows) {
    const direction = (row.direction ?? "").toUpperCase();
    if (direction !== "INCOMING" && direction !== "OUTGOING") continue;
    const from = row.from ?? "";
    if (!from) continue;
    invitations.push({
      from,
      sentAt: parseLinkedInDate(row.sentat ?? ""),
      message: row.message || undefined,
      direction: direction === "INCOMING" ? "incoming" : "outgoing",
      inviterUrl: profileUrl(row.inviterprofileurl ?? ""),
    });
  }
  return invitations;
}

export function readConnections(text: string): LinkedInConnection[] | null {
  const rows = readTable(text, CONNECTION_HEADER, ["firstname", "lastname", "url", "profileurl"]);
  if (!rows) return null;
  const connections: LinkedInConnection[] = [];
  for (const row of rows) {
    const name = [row.firstname, row.lastname].filter(Boolean).join(" ");
    const url = profileUrl(row.url ?? row.profileurl ?? "");
    // Rows like `,,,,,,02 Jun 2022` are hidden or deactivated members.
    if (!name && !url) continue;
    connections.push({ name, url });
  }
  return connections;
}

/** A profile URL worth keeping: not empty and not the bare `https://www.linkedin.com/in` of 2023 exports. */
function profileUrl(raw: string): string | undefined {
  const url = raw.trim();
  if (!url) return undefined;
  return /\/in\/[^/?#\s]+/i.test(url) ? url : undefined;
}

/** Percent-decoded, lowercase, no scheme, `www.`, query or trailing slash: `linkedin.com/in/åse-prøve`. */
export function normaliseProfileUrl(url: string): string {
  let decoded = url.trim();
  if (decoded.includes("%")) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // A stray `%` that is no escape: keep the text as it is.
    }
  }
  // NFC only matters past ASCII; most slugs are ASCII, and 10,000 of them are joined at once.
  if (/[^\x00-\x7f]/.test(decoded)) decoded = decoded.normalize("NFC");
  return decoded
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/^[a-z]{2,3}\.linkedin\.com/, "linkedin.com")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");
}

/** Names compared without case, punctuation or spacing: "Kari Eksempel, MBA," + "Fake Group" meets "Kari Eksempel, MBA, Fake Group". */
export function normaliseName(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function handleOf(url: string): string | undefined {
  const match = /\/in\/([^/?#\s]+)/i.exec(url);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const two = (n: number) => String(n).padStart(2, "0");

/** `2026-01-14T23:49:00Z`, or undefined for a date that does not exist; written directly, as 5,000 are read at once. */
function iso(year: number, month: number, day: number, hour: number, minute: number, second: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}Z`;
}

/**
 * `Sent At` as LinkedIn writes it (`1/14/26, 11:49 PM`: M/D/YY, 12-hour, no
 * zone, read as UTC) and as Excel re-saves it (`1/14/2026 23:49`,
 * `2026-01-14 23:49:00`, `14.1.2026 23.49`, `14-Jan-26`). A date that fits
 * none is left out rather than guessed.
 */
export function parseLinkedInDate(raw: string): string | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const time = /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp]\.?\s?[Mm]\.?)?\s*$/.exec(text);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let datePart = text;
  if (time && time.index > 0) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    const meridiem = time[4]?.toLowerCase().replace(/[^ap]/g, "");
    if (meridiem) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
    }
    datePart = text.slice(0, time.index).replace(/[,T\s]+$/, "");
  }
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]), hour, minute, second);
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(datePart);
  if (match) {
    let month = Number(match[1]);
    let day = Number(match[2]);
    // LinkedIn writes M/D; a day-first re-save shows itself when the first number cannot be a month.
    if (month > 12 && day <= 12) [month, day] = [day, month];
    return iso(fullYear(Number(match[3])), month, day, hour, minute, second);
  }
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(datePart);
  if (match) return iso(fullYear(Number(match[3])), Number(match[2]), Number(match[1]), hour, minute, second);
  match = /^(\d{1,2})[- ]([A-Za-z]{3})[a-z]*[- ](\d{2}|\d{4})$/.exec(datePart);
  if (match) {
    const month = MONTHS.indexOf(match[2]!.toLowerCase()) + 1;
    return month ? iso(fullYear(Number(match[3])), month, Number(match[1]), hour, minute, second) : undefined;
  }
  return undefined;
}

/**
 * The pending invitations: incoming, from someone not among `connections`.
 * `connections` null means Connections.csv was not given: every incoming
 * invitation is listed as `unverified`.
 */
export function pendingInvitations(
  invitations: readonly LinkedInInvitation[],
  connections: readonly LinkedInConnection[] | null,
  source: string,
): PendingRequest[] {
  const urls = new Set<string>();
  // For each connected name: whether every connection of that name has a URL to compare with.
  const names = new Map<string, boolean>();
  for (const connection of connections ?? []) {
    if (connection.url) urls.add(normaliseProfileUrl(connection.url));
    const key = normaliseName(connection.name);
    if (key) names.set(key, (names.get(key) ?? true) && connection.url !== undefined);
  }
  const status: RequestStatus = connections ? "not_connected" : "unverified";
  const pending: PendingRequest[] = [];
  for (const invitation of invitations) {
    if (invitation.direction !== "incoming") continue;
    if (connections && isConnected(invitation, urls, names)) continue;
    const url = invitation.inviterUrl;
    pending.push({
      platform: "linkedin",
      name: invitation.from,
      ...(url ? { handle: handleOf(url), profileUrl: url } : {}),
      ...(invitation.sentAt ? { sentAt: invitation.sentAt } : {}),
      ...(invitation.message ? { message: invitation.message } : {}),
      status,
      source,
    });
  }
  return pending;
}

function isConnected(invitation: LinkedInInvitation, urls: ReadonlySet<string>, names: ReadonlyMap<string, boolean>): boolean {
  const url = invitation.inviterUrl ? normaliseProfileUrl(invitation.inviterUrl) : undefined;
  if (url && urls.has(url)) return true;
  const allHaveUrls = names.get(normaliseName(invitation.from));
  if (allHaveUrls === undefined) return false;
  // Same name but every such connection has another URL: a namesake, not this sender.
  return !(url && allHaveUrls);
}
