import { z } from "zod";

import {
  ZMet,
  ZMutualLevel,
  ZPlatform,
  ZRedFlag,
  ZRelationship,
  type Met,
  type MutualLevel,
  type Platform,
  type RedFlag,
  type Relationship,
} from "@/lib/engine";

// The advice form's choices in the page address, so that a reload, a language switch, a bookmark or a
// shared link shows the same advice. Only choices travel: never a name or a place (they stay in the page).

export type AdviceChoices = {
  platform: Platform | null;
  relationship: Relationship | null;
  met: Met;
  rapport: boolean;
  note: boolean;
  commonGround: boolean;
  mutualConnections: MutualLevel;
  redFlags: RedFlag[];
};

export const DEFAULT_CHOICES: AdviceChoices = {
  platform: null,
  relationship: null,
  met: "in_person",
  rapport: false,
  note: false,
  commonGround: false,
  mutualConnections: "none",
  redFlags: [],
};

// Each parameter on its own: one that is wrong falls back to its default, the others still count.
const flag = z.enum(["1"]).transform(() => true);
const PARAMS = {
  platform: ZPlatform,
  relationship: ZRelationship,
  met: ZMet,
  rapport: flag,
  note: flag,
  commonGround: flag,
  mutualConnections: ZMutualLevel,
  redFlags: z
    .string()
    .max(200)
    .transform((s) => [...new Set(s.split(","))])
    .pipe(z.array(ZRedFlag)),
} as const;

const KEYS: Record<keyof AdviceChoices, string> = {
  platform: "platform",
  relationship: "who",
  met: "met",
  rapport: "rapport",
  note: "note",
  commonGround: "common",
  mutualConnections: "mutual",
  redFlags: "flags",
};

export function choicesFromSearch(search: string | URLSearchParams): AdviceChoices {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const choices: Record<string, unknown> = { ...DEFAULT_CHOICES };
  for (const key of Object.keys(KEYS) as (keyof AdviceChoices)[]) {
    const raw = params.get(KEYS[key]);
    if (raw === null) continue;
    const parsed = PARAMS[key].safeParse(raw);
    if (parsed.success) choices[key] = parsed.data;
  }
  return choices as AdviceChoices;
}

/** The choices that differ from the defaults, as a query string ("" when none). */
export function choicesToSearch(choices: AdviceChoices): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as (keyof AdviceChoices)[]) {
    const value = choices[key];
    if (value === null || value === false || value === DEFAULT_CHOICES[key]) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(KEYS[key], value.join(","));
    } else params.set(KEYS[key], value === true ? "1" : value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
