/**
 * What went wrong with a file, as data (STYLE.md 3: reasons are data). The
 * catalogues hold the words under `import.problems.<code>`; the English text
 * here mirrors en.json so that a caller without the catalogues (a script, the
 * held-out checks) can read it. tests in problems.test.ts keep the two equal.
 */
import type { ImportProblem, ProblemCode, ProblemSeverity } from "./schemas";

type Params = Record<string, string | number>;

const SEVERITY: Record<ProblemCode, ProblemSeverity> = {
  not_export_file: "error",
  unreadable_file: "error",
  outgoing_list: "error",
  not_request_list: "error",
  html_export: "error",
  zip_truncated: "error",
  zip_encrypted: "error",
  zip_unreadable: "error",
  no_export_in_archive: "error",
  empty_list: "info",
  too_large: "error",
  linkedin_without_connections: "warning",
  linkedin_connections_only: "error",
  linkedin_all_connected: "info",
  x_no_pending_requests: "info",
};

/** English texts in ICU form, identical to `import.problems` in en.json. */
export const PROBLEM_MESSAGES_EN: Record<ProblemCode, string> = {
  not_export_file:
    "{file} is not a file Kindly knows from a LinkedIn, Facebook or Instagram data export. Drop the ZIP archive as you downloaded it, or the file with your received requests.",
  unreadable_file: "{file} looks like an export file but could not be read: it may be damaged or edited. Download the export again and drop the new file.",
  outgoing_list: "{file} lists the requests you sent yourself, not the ones waiting for you. On {platform}, the requests you received are in {expected}.",
  not_request_list:
    "{file} is another list from your export (friends, followers or the like), not the requests waiting for you. On {platform}, the requests you received are in {expected}.",
  html_export:
    "{file} is the HTML version of the export, which Kindly does not read. Request the export again from {platform} and choose the format JSON (date range: All time; only “Followers and following” or “Friends” is enough), then drop the new ZIP.",
  zip_truncated: "{file} is incomplete: the download seems to have stopped before the end. Download the archive again and drop the complete file.",
  zip_encrypted:
    "{file} is protected with a password, so Kindly cannot open it. Unpack it on your computer with the password and drop the files inside, or download an export without a password.",
  zip_unreadable: "{file} is not a ZIP archive Kindly can open. Drop the archive exactly as you downloaded it, or unpack it and drop the files inside.",
  no_export_in_archive:
    "{file} holds no list of received requests from LinkedIn, Facebook or Instagram. Check that you chose the right archive; for Instagram and Facebook, include “Followers and following” or “Friends” in the export.",
  empty_list:
    "{file} is an empty list: nobody is waiting for an answer on {platform} in this export. If you expected requests, ask for an export with the date range “All time”.",
  too_large: "{file} is too large to read here (more than {limit} MB). Drop the ZIP archive itself, or only the file with your received requests.",
  linkedin_without_connections:
    "Without Connections.csv, Kindly cannot tell which of the {count} incoming invitations in {file} you already accepted, so all of them are listed. Add Connections.csv from the same export (or drop the whole ZIP) to see only the people you are not yet connected with.",
  linkedin_connections_only:
    "{file} lists the people you are already connected with. The invitations are in Invitations.csv from the same export: drop both files, or the whole ZIP.",
  linkedin_all_connected:
    "Everyone who invited you in {file} is already among your connections, so no invitation is waiting. LinkedIn keeps roughly the last six months of invitations in the export.",
  x_no_pending_requests:
    "{file} is from X, whose archive has no list of follow requests. Open “Follower requests” on X and paste the names below, one per line.",
};

function format(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function problem(code: ProblemCode, file: string, params: Params = {}): ImportProblem {
  const all = { ...params, file };
  return { code, severity: SEVERITY[code], file, params: all, message: format(PROBLEM_MESSAGES_EN[code], all) };
}
