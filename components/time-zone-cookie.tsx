"use client";

import { useTimeZone } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { canonicalTimeZone, TIME_ZONE_COOKIE, timeZoneCookie } from "@/lib/i18n/time-zone";

/**
 * Tells the server this browser's time zone, so every date is shown in it.
 * The page is rendered with the zone the server knew (the cookie's, or the
 * language's on a first visit), and hydrates with that same zone, so nothing
 * mismatches; when the browser's differs, the cookie is written and the page
 * re-rendered once with the right one.
 */
export function TimeZoneCookie() {
  const shown = useTimeZone();
  const router = useRouter();
  useEffect(() => {
    const browser = canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (!browser || browser === canonicalTimeZone(shown)) return;
    document.cookie = timeZoneCookie(browser);
    // Cookies blocked: the language's zone stays, and the page is not rendered again for nothing.
    if (document.cookie.split("; ").some((cookie) => cookie.startsWith(`${TIME_ZONE_COOKIE}=`))) router.refresh();
  }, [shown, router]);
  return null;
}
