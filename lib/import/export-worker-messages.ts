/**
 * What the import screen and its Worker (export.worker.ts) say to each other,
 * checked with zod on both sides of postMessage (STYLE.md: zod at every boundary).
 */
import { z } from "zod";

import { ZProfile, ZVerdict } from "@/lib/engine";

import { ZImportProblem, ZImportResult } from "./schemas";

/** A dropped File (or any Blob with a name): passed by structured clone, read by slicing. */
const ZDroppedFile = z.custom<File>((value) => typeof Blob !== "undefined" && value instanceof Blob && typeof (value as { name?: unknown }).name === "string");

export const ZExportWorkerRequest = z.object({
  id: z.number().int().nonnegative(),
  files: z.array(ZDroppedFile).max(1000),
  /** When given, every request found is decided with it too (the verdict only). */
  profile: ZProfile.optional(),
});
export type ExportWorkerRequest = z.infer<typeof ZExportWorkerRequest>;
export type ExportWorkerRequestInput = z.input<typeof ZExportWorkerRequest>;

export const ZExportWorkerReply = z.discriminatedUnion("ok", [
  z.object({ id: z.number().int(), ok: z.literal(true), result: ZImportResult, verdicts: z.array(ZVerdict).optional() }),
  /** The browser could not read a file (moved, deleted, no permission). */
  z.object({ id: z.number().int(), ok: z.literal(false) }),
]);
export type ExportWorkerReply = z.infer<typeof ZExportWorkerReply>;

/**
 * The same answer with the requests left unchecked, for the page: it checks
 * them in chunks (components/import/read-export.ts), since thousands checked
 * at once would hold the main thread for a long task.
 */
export const ZExportWorkerEnvelope = z.discriminatedUnion("ok", [
  z.object({
    id: z.number().int(),
    ok: z.literal(true),
    result: z.object({ requests: z.array(z.unknown()), problems: z.array(ZImportProblem) }),
    verdicts: z.array(ZVerdict).optional(),
  }),
  z.object({ id: z.number().int(), ok: z.literal(false) }),
]);
