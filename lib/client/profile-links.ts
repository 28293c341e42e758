import type { Platform } from "@/lib/engine/platforms";

// Links people paste: their own LinkedIn profile (normalised rather than refused) and someone else's
// profile on any platform (which picks the platform on the advice screen). Pure string work, no I/O.

/**
 * A LinkedIn profile address as people type or copy it — `linkedin.com/in/x`, `www.…`, `http://…`, the
 * mobile `m.linkedin.com/in/x` or `…/mwlite/in/x` — turned into `https://www.linkedin.com/in/x`.
 * Anything that is not a LinkedIn profile comes back trimmed and otherwise unchanged, for the schema to refuse.
 */
export function normaliseLinkedinUrl(raw: string): string {
  const text = raw.trim();
  const match = /^(?:https?:\/\/)?(?:(?:www|m|[a-z]{2})\.)?linkedin\.com\/(?:mwlite\/)?in\/([^/?#\s]+)\/?(?:[?#]\S*)?$/i.exec(text);
  return match ? `https://www.linkedin.com/in/${match[1]}` : text;
}

const PROFILE_HOSTS: ReadonlyArray<[RegExp, Platform]> = [
  [/^(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com$/, "linkedin"],
  [/^(?:www\.|mobile\.)?(?:x|twitter)\.com$/, "x"],
  [/^(?:www\.|m\.)?instagram\.com$/, "instagram"],
  [/^(?:www\.|m\.|web\.|mbasic\.)?(?:facebook\.com|fb\.com|fb\.me)$/, "facebook"],
];

/** The platform of the first profile link in a text (a shared post may wrap the link in words), or null. */
export function platformFromLink(text: string): Platform | null {
  for (const candidate of text.match(/(?:https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}(?:\/\S*)?/gi) ?? []) {
    let host: string;
    try {
      host = new URL(/^https?:\/\//i.test(candidate) ? candidate : `https://${candidate}`).hostname.toLowerCase();
    } catch {
      continue;
    }
    const found = PROFILE_HOSTS.find(([pattern]) => pattern.test(host));
    if (found) return found[1];
  }
  return null;
}
