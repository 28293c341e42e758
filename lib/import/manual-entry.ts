/**
 * Quick manual entry: names pasted one per line, for any platform. X exports
 * no follow requests at all (FORMATS.md §5), so there this is the only way.
 */
import type { Platform } from "@/lib/engine/platforms";

import type { PendingRequest } from "./schemas";

/** More lines than anyone triages in one sitting; the rest is ignored. */
export const MAX_MANUAL_LINES = 500;
const MAX_NAME_LENGTH = 200;

export function parseManualEntry(platform: Platform, text: string): PendingRequest[] {
  const seen = new Set<string>();
  const requests: PendingRequest[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const name = line.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_NAME_LENGTH);
    if (!name) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    // "@handle" as pasted from a list of requests: the handle is the name too.
    const handle = /^@([\p{L}\p{N}._-]+)$/u.exec(name)?.[1];
    requests.push({ platform, name: handle ?? name, ...(handle ? { handle } : {}), status: "manual", source: "manual" });
    if (requests.length >= MAX_MANUAL_LINES) break;
  }
  return requests;
}
