"use client";

import NextLink from "next/link";
import { usePathname as useNextPathname, useRouter as useNextRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { createElement, type ComponentProps } from "react";

import { LOCALE_COOKIE } from "@/lib/i18n/routing";

// Locale-prefixed links and navigation for client components, on Next's own
// Link and router (lighter in the browser than next-intl's navigation
// wrappers). Every page lives under /{locale}/… (lib/i18n/routing.ts).

export function localePath(locale: string, href: string) {
  return `/${locale}${href === "/" ? "" : href}`;
}

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

export function Link({ href, ...props }: LinkProps) {
  const locale = useLocale();
  return createElement(NextLink, { ...props, href: localePath(locale, href) });
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
