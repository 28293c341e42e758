import type { Platform, Verdict } from "@/lib/engine";

// "You decided before": finding the people already in a history. Pure, so the
// advice screen and the import/triage screen use the same rule:
// - where both sides have a profile link or handle, they match when those are the
//   same (after normalising: no scheme, no www., no trailing slash, no leading @,
//   any case) — and only then; different links are different people, even with
//   the same name;
// - otherwise they match on the full name (any case, spacing or accents as typed),
//   which is only a guess: such a match is "name", and the screen asks
//   "Is this the same person?" rather than assuming.

export type PastDecision = {
  fullName: string;
  greetingName: string;
  profileLink?: string | null;
  platform: Platform;
  verdict: Verdict;
  decidedAt: string;
};

export type PersonToMatch = { fullName?: string; greetingName?: string; profileLink?: string | null };

export type PastMatch<T extends PastDecision> = { entry: T; by: "link" | "name" };

/** A profile link or handle as compared: "https://www.Instagram.com/Jussi/" and "instagram.com/jussi" are the same. */
export function normaliseLink(link: string | null | undefined): string {
  return (link ?? "")
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .replace(/^www\./, "")
    .replace(/^m\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "")
    .replace(/^@/, "");
}

/** A name as compared: Unicode-normalised, any case, single spaces. */
export function normaliseName(name: string | null | undefined): string {
  return (name ?? "").normalize("NFKC").toLocaleLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The entries of `history` about `person`, newest first. A person with neither a
 * link nor a full name matches nobody (a greeting name alone, "Jussi", is too common).
 */
export function findPastDecisions<T extends PastDecision>(history: readonly T[], person: PersonToMatch): PastMatch<T>[] {
  const link = normaliseLink(person.profileLink);
  const name = normaliseName(person.fullName);
  if (!link && !name) return [];
  const matches: PastMatch<T>[] = [];
  for (const entry of history) {
    const entryLink = normaliseLink(entry.profileLink);
    if (link && entryLink) {
      if (link === entryLink) matches.push({ entry, by: "link" });
      continue;
    }
    if (name && normaliseName(entry.fullName) === name) matches.push({ entry, by: "name" });
  }
  return matches.sort((a, b) => Date.parse(b.entry.decidedAt) - Date.parse(a.entry.decidedAt));
}

type PastIndex = { byLink: Map<string, number[]>; byName: Map<string, number[]>; links: string[] };
const indexes = new WeakMap<readonly PastDecision[], PastIndex>();

function indexOf(history: readonly PastDecision[]): PastIndex {
  let index = indexes.get(history);
  if (!index) {
    const byLink = new Map<string, number[]>();
    const byName = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string, i: number) => {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    };
    const links = history.map((entry, i) => {
      const link = normaliseLink(entry.profileLink);
      if (link) add(byLink, link, i);
      const name = normaliseName(entry.fullName);
      if (name) add(byName, name, i);
      return link;
    });
    indexes.set(history, (index = { byLink, byName, links }));
  }
  return index;
}

/**
 * The same answer as `findPastDecisions(history, person)`, from an index of `history` made once per
 * history (kept while that array lives): a to-do list of hundreds asks it once per item.
 */
export function findPastDecisionsIndexed<T extends PastDecision>(history: readonly T[], person: PersonToMatch): PastMatch<T>[] {
  const link = normaliseLink(person.profileLink);
  const name = normaliseName(person.fullName);
  if (!link && !name) return [];
  const { byLink, byName, links } = indexOf(history);
  const found: { i: number; by: "link" | "name" }[] = [];
  if (link) for (const i of byLink.get(link) ?? []) found.push({ i, by: "link" });
  if (name) for (const i of byName.get(name) ?? []) if (!(link && links[i])) found.push({ i, by: "name" });
  // In the history's order, then newest first (a stable sort, as findPastDecisions gives).
  found.sort((a, b) => a.i - b.i);
  return found.map(({ i, by }) => ({ entry: history[i]!, by })).sort((a, b) => Date.parse(b.entry.decidedAt) - Date.parse(a.entry.decidedAt));
}
