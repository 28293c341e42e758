import { routing } from "@/lib/i18n/routing";

/** Canonical URL and hreflang links for a public page, one per language. */
export function alternates(locale: string, path: string) {
  const suffix = path === "/" ? "" : path;
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, `/${l}${suffix}`]));
  languages["x-default"] = `/${routing.defaultLocale}${suffix}`;
  return { canonical: `/${locale}${suffix}`, languages };
}
