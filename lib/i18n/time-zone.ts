/**
 * The person's own time zone: the browser tells it (Intl's resolved zone) in a
 * small cookie, and the server formats every date with it, falling back to
 * the language's zone (lib/i18n/languages.ts). Pure: no DOM, no Next.
 *
 * This file is loaded on every screen (components/time-zone-cookie.tsx), so it
 * does not import zod, which no other part of the shared layout loads; the
 * server reads the cookie through the zod schema in time-zone-schema.ts,
 * which ends in `canonicalTimeZone`.
 */

export const TIME_ZONE_COOKIE = "kindly-tz";
/** A year: the zone changes rarely, and the browser rewrites the cookie when it does. */
export const TIME_ZONE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
export const TIME_ZONE_MAX_LENGTH = 64;

/** IANA names: "Europe/Helsinki", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC". Not offsets ("+02:00"). */
export const TIME_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,3}$/;

/** The zone in its canonical spelling, or null when `value` is no IANA zone this runtime's Intl knows. */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== "string" || value.length > TIME_ZONE_MAX_LENGTH || !TIME_ZONE_NAME.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The cookie the browser sets: readable by the server on every request, no use to anyone else. */
export function timeZoneCookie(zone: string): string {
  return `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; Path=/; Max-Age=${TIME_ZONE_COOKIE_MAX_AGE}; SameSite=Lax`;
}
