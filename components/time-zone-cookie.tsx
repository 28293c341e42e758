"use client";

import { useEffect } from "react";

import { canonicalTimeZone, TIME_ZONE_COOKIE, timeZoneCookie } from "@/lib/i18n/time-zone";

/**
 * Tells the server this browser's time zone, so dates it renders (the account
 * page's "last saved") are in it from the next page on. Client-rendered dates
 * use the browser's zone at once (components/client-intl-provider.tsx), so the
 * page is never rendered again just for this.
 */
export function TimeZoneCookie() {
  useEffect(() => {
    const browser = canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (!browser) return;
    const current = document.cookie
      .split("; ")
      .find((cookie) => cookie.startsWith(`${TIME_ZONE_COOKIE}=`))
      ?.slice(TIME_ZONE_COOKIE.length + 1);
    if (current === undefined || canonicalTimeZone(decodeURIComponent(current)) !== browser) document.cookie = timeZoneCookie(browser);
  }, []);
  return null;
}
