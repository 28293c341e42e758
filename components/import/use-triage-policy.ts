"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";

import { emptyDraft, useStoredState } from "@/lib/client/kindly-store";
import { profileFromDraft } from "@/lib/client/quick-answers";
import { parseSavedProfile } from "@/lib/client/saved-profile";
import { useTeamBaseline } from "@/lib/client/team-baseline";
import type { Baseline, Language, Platform, Profile } from "@/lib/engine";
import { triageProfile } from "@/lib/import/triage";

export type TriagePolicy = {
  profile: Profile;
  baseline: Baseline;
  /** Whether a whole questionnaire was saved, or the queue decides with the partial policy made so far. */
  saved: boolean;
  /** Platforms the policy does not cover yet, used in their usual way (lib/import/triage.ts triageProfile). */
  assumed: Platform[];
};

/**
 * The policy the queue decides with, as the advice screen gets it: the saved one, or the partial one
 * from the questionnaire's answers so far; replies in the screen's language. Null while it is read.
 */
export function useTriagePolicy(platforms: readonly Platform[]): TriagePolicy | null {
  const stored = useStoredState();
  const locale = useLocale() as Language;
  const baseline = useTeamBaseline();
  const key = [...new Set(platforms)].sort().join(",");
  return useMemo(() => {
    if (stored === "loading") return null;
    const saved = parseSavedProfile(stored?.profile ?? null);
    const base = saved ?? profileFromDraft(stored?.draft ?? emptyDraft(locale));
    const { profile, assumed } = triageProfile({ ...base, language: locale }, key ? (key.split(",") as Platform[]) : []);
    return { profile, baseline, saved: saved !== null, assumed };
  }, [stored, locale, baseline, key]);
}
