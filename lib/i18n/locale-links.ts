"use client";

import { usePathname as useNextPathname, useRouter as useNextRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { createElement, type ComponentProps, type FocusEvent, type MouseEvent, type TouchEvent } from "react";

import { LOCALE_COOKIE } from "@/lib/i18n/routing";

// Locale-prefixed links and navigation for client components, on Next's own
// router. Every page lives under /{locale}/… (lib/i18n/routing.ts).
//
// `Link` is a plain <a> that navigates in the app on a plain left click and
// warms the route when pointed at or focused. It keeps the questionnaire under
// its JavaScript budget: next/link and its helpers weigh about 4 kB compressed
// on every page, for viewport prefetching the screens here do not need.

export function localePath(locale: string, href: string) {
  return `/${locale}${href === "/" ? "" : href}`;
}

type LinkProps = Omit<ComponentProps<"a">, "href"> & {
  href: string;
  /** Warm the route on pointer or focus (default true). */
  prefetch?: boolean;
};

function opensElsewhere(event: MouseEvent<HTMLAnchorElement>) {
  const target = event.currentTarget.getAttribute("target");
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || (target !== null && target !== "_self");
}

export function Link({ href, prefetch = true, onClick, onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const locale = useLocale();
  const router = useNextRouter();
  const path = localePath(locale, href);
  const warm = () => {
    if (prefetch) router.prefetch(path);
  };
  return createElement("a", {
    ...props,
    href: path,
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event);
      if (event.defaultPrevented || opensElsewhere(event) || props.download !== undefined) return;
      event.preventDefault();
      router.push(path);
    },
    onMouseEnter: (event: MouseEvent<HTMLAnchorElement>) => {
      onMouseEnter?.(event);
      warm();
    },
    onFocus: (event: FocusEvent<HTMLAnchorElement>) => {
      onFocus?.(event);
      warm();
    },
    onTouchStart: (event: TouchEvent<HTMLAnchorElement>) => {
      onTouchStart?.(event);
      warm();
    },
  });
}

/** The current path without its locale prefix, e.g. "/policy". */
export function usePathname() {
  const locale = useLocale();
  const pathname = useNextPathname() ?? "/";
  const rest = pathname.slice(locale.length + 1);
  return pathname.startsWith(`/${locale}`) ? rest || "/" : pathname;
}

export function useRouter() {
  const locale = useLocale();
  const router = useNextRouter();
  return {
    push: (href: string) => router.push(localePath(locale, href)),
    refresh: () => router.refresh(),
    /** Same page in another language, remembered (the proxy reads this cookie on the next visit to "/"). */
    switchLocale: (pathname: string, next: string) => {
      document.cookie = `${LOCALE_COOKIE.name}=${next}; path=/; max-age=${LOCALE_COOKIE.maxAge}; samesite=${LOCALE_COOKIE.sameSite}`;
      router.replace(localePath(next, pathname));
    },
  };
}
