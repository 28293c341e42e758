import type { Principle } from "@/lib/engine/vocabulary";

/**
 * Which source each principle comes from (DOMAIN.md), in the order the
 * "Where this advice comes from" page lists them. The sources' titles,
 * authors and descriptions live in the catalogues (principles.sources).
 */
export const PRINCIPLE_SOURCES = [
  { source: "hiidenportti", principles: ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"] },
  { source: "stuedal", principles: ["P10", "P11", "P12", "P13", "P14", "P15", "P16", "P17"] },
  { source: "networks", principles: ["P18", "P19", "P20"] },
  { source: "ethics", principles: ["D1", "D2", "D3", "D4"] },
] as const satisfies readonly { source: string; principles: readonly Principle[] }[];

/** The page that lists every principle with its source. */
export const SOURCES_PATH = "/sources";

/** Where a principle's entry is on that page (its id is the anchor). */
export function principleHref(principle: Principle) {
  return `${SOURCES_PATH}#${principle}`;
}
