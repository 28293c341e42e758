/**
 * The import module's shapes (zod is the source of truth, STYLE.md 4): what
 * `parseExport` takes and returns. Pure: imports only zod and the engine's
 * platform registry.
 */
import { z } from "zod";

import { PLATFORMS, type Platform } from "@/lib/engine/platforms";

export const ZImportPlatform = z.enum(PLATFORMS as unknown as [Platform, ...Platform[]]);

/** One file handed to the importer: a single export file or a whole ZIP archive. */
export const ZImportFile = z.object({
  name: z.string(),
  // Any Uint8Array, whatever buffer is under it (z.instanceof would narrow it to ArrayBuffer).
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
});
export type ImportFile = z.infer<typeof ZImportFile>;

/**
 * How sure the export is that the request still waits: Facebook and Instagram
 * list open requests (`pending`); LinkedIn only logs invitations, so one whose
 * sender is not among the connections is "not yet connected (pending or
 * ignored)" (`not_connected`), and without Connections.csv nothing can be said
 * (`unverified`); typed in by hand (`manual`).
 */
export const REQUEST_STATUSES = ["pending", "not_connected", "unverified", "manual"] as const;
export const ZRequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof ZRequestStatus>;

export const ZPendingRequest = z.object({
  platform: ZImportPlatform,
  /** The display name, or the handle where the export has no display name (Instagram's JSON). */
  name: z.string().min(1),
  handle: z.string().min(1).optional(),
  profileUrl: z.string().min(1).optional(),
  /** ISO 8601 in UTC with a `Z`. */
  sentAt: z.iso.datetime().optional(),
  /** The note sent with the request (LinkedIn invitations). */
  message: z.string().min(1).optional(),
  status: ZRequestStatus,
  /** The file the request was read from (its path inside an archive, if any). */
  source: z.string(),
});
export type PendingRequest = z.infer<typeof ZPendingRequest>;

export const PROBLEM_CODES = [
  "not_export_file",
  "unreadable_file",
  "outgoing_list",
  "not_request_list",
  "html_export",
  "zip_truncated",
  "zip_encrypted",
  "zip_unreadable",
  "no_export_in_archive",
  "empty_list",
  "too_large",
  "linkedin_without_connections",
  "linkedin_connections_only",
  "linkedin_all_connected",
  "x_no_pending_requests",
] as const;
export const ZProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ZProblemCode>;

/** `error`: the file could not be used; `warning`: used, with a caveat; `info`: nothing wrong, something to know. */
export const ZProblemSeverity = z.enum(["error", "warning", "info"]);
export type ProblemSeverity = z.infer<typeof ZProblemSeverity>;

export const ZImportProblem = z.object({
  code: ZProblemCode,
  severity: ZProblemSeverity,
  /** The file the problem is about, as the person named it (an archive entry as `archive.zip › path`). */
  file: z.string(),
  /** Values for the message (`file`, `platform`, `count`, `limit`…); the catalogues hold the words. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The problem in plain English, for callers that do not render the catalogues. */
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ZImportProblem>;

export const ZImportResult = z.object({
  requests: z.array(ZPendingRequest),
  problems: z.array(ZImportProblem),
});
export type ImportResult = z.infer<typeof ZImportResult>;
