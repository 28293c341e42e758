/**
 * The person's own time zone: the browser tells it (Intl's resolved zone) in a
 * small cookie, and the server formats every date with it. What the cookie
 * holds is checked here: a real IANA zone that this runtime's Intl knows, in
 * its canonical spelling, else it is ignored and the language's zone is used
 * (lib/i18n/languages.ts). Pure: no DOM, no Next.
 */
import { z } from "zod";

export const TIME_ZONE_COOKIE = "kindly-tz";
/** A year: the zone changes rarely, and the browser rewrites the cookie when it does. */
export const TIME_ZONE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

// IANA names: "Europe/Helsinki", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC". Not offsets ("+02:00").
const ZTimeZoneName = z
  .string()
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,3}$/);

/** The zone in its canonical spelling, or null when `value` is no IANA zone Intl knows. */
export function validTimeZone(value: unknown): string | null {
  const name = ZTimeZoneName.safeParse(value);
  if (!name.success) return null;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: name.data }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The cookie the browser sets: readable by the server on every request, no use to anyone else. */
export function timeZoneCookie(zone: string): string {
  return `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; Path=/; Max-Age=${TIME_ZONE_COOKIE_MAX_AGE}; SameSite=Lax`;
}
