import { z } from "zod";

import { lineText, ZPlatform, ZRelationship, ZVerdict } from "@/lib/engine";

// The decision history's vocabulary and bounds, shared by the server (lib/data/history.ts,
// the API and the actions) and the browser (the guest's local copy). Nothing here
// touches a database, so the browser can import it.

/** At most this many entries a person, in the account and in a browser. */
export const MAX_HISTORY_ENTRIES = 10_000;
/** Entries one POST (or action call) may carry: a guest's history is brought over in batches. */
export const MAX_ENTRIES_PER_REQUEST = 20;
export const FULL_NAME_MAX = 120;
export const GREETING_NAME_MAX = 80;
export const PROFILE_LINK_MAX = 300;
export const NOTE_MAX = 280;
export const MESSAGE_MAX = 2000;

/** `invite`: a note written on the "Invite someone" screen (issue 22). */
export const ORIGINS = ["advice", "import", "invite"] as const;
export type HistoryOrigin = (typeof ORIGINS)[number];

/** Keep 3 or 12 months, or 0: until the person deletes it. 12 unless they choose. */
export const RETENTIONS = [3, 12, 0] as const;
export type Retention = (typeof RETENTIONS)[number];
export const DEFAULT_RETENTION: Retention = 12;
export const ZRetention = z.union([z.literal(3), z.literal(12), z.literal(0)]);

/** Made by the browser that recorded the entry (crypto.randomUUID()); the same entry sent twice is stored once. */
export const ZClientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: "Not a valid entry id" });
/** Entry ids are cuids; anything else cannot exist (and PostgreSQL errors on a NUL in a string). */
export const ZEntryId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

// A message may span lines, but no other control characters, no direction overrides, no U+FFFD.
const MESSAGE_CHARS = /^[^\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\ufffd]*$/;

const ZMessage = z
  .string()
  .max(MESSAGE_MAX, { message: `Too long: at most ${MESSAGE_MAX} characters` })
  .regex(MESSAGE_CHARS, { message: "Contains a control character, a direction override or an undecodable character" });

/** The earliest date an entry may carry, and how far ahead of the server's clock (clocks drift). */
const EARLIEST = Date.UTC(2020, 0, 1);
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

const ZDecidedAt = z.iso
  .datetime({ offset: true })
  .max(40)
  .refine(
    (text) => {
      const time = Date.parse(text);
      return time >= EARLIEST && time <= Date.now() + FUTURE_SLACK_MS;
    },
    { message: "Not a plausible date for a decision" },
  );

const ZMeetingDate = z.iso.date().refine((text) => {
  const time = Date.parse(text);
  return time >= EARLIEST && time <= Date.now() + 5 * 366 * 24 * 60 * 60 * 1000;
});

/** One decision as it is recorded (the browser's local copy holds the same, with `id` once synced). */
export const ZHistoryEntryInput = z
  .object({
    clientId: ZClientId,
    platform: ZPlatform,
    relationship: ZRelationship,
    /** As typed or imported; kept only here, never sent to the engine. */
    fullName: lineText(FULL_NAME_MAX).default(""),
    /** The name used in the replies (the engine's requesterName). */
    greetingName: lineText(GREETING_NAME_MAX).default(""),
    /** Their profile link or handle, when known. */
    profileLink: lineText(PROFILE_LINK_MAX).optional(),
    verdict: ZVerdict,
    /** The reply sent, if any. */
    message: ZMessage.optional(),
    origin: z.enum(ORIGINS).default("advice"),
    note: lineText(NOTE_MAX).optional(),
    /** The decision waits on a meeting (wait_until_after_meeting, or "connect after we meet"). */
    waiting: z.boolean().default(false),
    meetingDate: ZMeetingDate.optional(),
    decidedAt: ZDecidedAt,
  })
  .strict();
export type HistoryEntryInput = z.infer<typeof ZHistoryEntryInput>;
export type HistoryEntryDraft = z.input<typeof ZHistoryEntryInput>;

/** The body of POST /api/history (and of the record action): entries to add, or the retention to set. */
export const ZHistoryPost = z
  .object({
    entries: z
      .array(ZHistoryEntryInput)
      .min(1)
      .max(MAX_ENTRIES_PER_REQUEST, { message: `At most ${MAX_ENTRIES_PER_REQUEST} entries at once` })
      .refine((entries) => new Set(entries.map((e) => e.clientId)).size === entries.length, { message: "Each entry may appear only once" })
      .optional(),
    retention: ZRetention.optional(),
  })
  .strict()
  .refine((body) => body.entries !== undefined || body.retention !== undefined, { message: "Send entries, a retention, or both" });
export type HistoryPost = z.infer<typeof ZHistoryPost>;

/** An entry as the server hands it back: what was recorded, with the server's id. */
export type HistoryRecord = Omit<HistoryEntryInput, "profileLink" | "message" | "note" | "meetingDate"> & {
  id: string;
  profileLink: string | null;
  message: string | null;
  note: string | null;
  meetingDate: string | null;
};

export type HistoryList = { entries: HistoryRecord[]; retention: Retention };

/** The moment before which entries kept for `retention` months have expired (null: kept until deleted). */
export function expiryCutoff(retention: Retention, now: Date): Date | null {
  if (retention === 0) return null;
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retention);
  return cutoff;
}
