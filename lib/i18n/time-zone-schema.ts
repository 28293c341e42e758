/**
 * The time-zone cookie as the server reads it: a short IANA name that Intl
 * knows, turned into its canonical spelling. Anything else fails, and the
 * language's zone is used (lib/i18n/request.ts).
 */
import { z } from "zod";

import { canonicalTimeZone, TIME_ZONE_MAX_LENGTH, TIME_ZONE_NAME } from "./time-zone";

export const ZTimeZone = z
  .string()
  .max(TIME_ZONE_MAX_LENGTH)
  .regex(TIME_ZONE_NAME)
  .transform((name, ctx) => {
    const zone = canonicalTimeZone(name);
    if (zone === null) {
      ctx.addIssue({ code: "custom", message: "Not a time zone this server knows" });
      return z.NEVER;
    }
    return zone;
  });

/** The zone in its canonical spelling, or null for anything that is not one. */
export function validTimeZone(value: unknown): string | null {
  const parsed = ZTimeZone.safeParse(value);
  return parsed.success ? parsed.data : null;
}
