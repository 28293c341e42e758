import { env } from "@/lib/env";

/**
 * Route handlers that change state accept only requests whose Origin is this
 * site (CSRF defence): a foreign or missing Origin is refused.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  const allowed = new Set([new URL(env().SITE_URL).origin]);
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host) {
    const proto = headers.get("x-forwarded-proto") ?? "http";
    allowed.add(`${proto}://${host}`);
  }
  return allowed.has(origin);
}
