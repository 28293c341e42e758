import type { Draft } from "@/lib/client/kindly-store";
import type { Profile } from "@/lib/engine/schemas";
import { PLATFORMS, type Platform } from "@/lib/engine/vocabulary";
import { draftToProfileInput, hasDutyOfCare } from "@/lib/client/kindly-store";
import { normaliseLinkedinUrl } from "@/lib/client/profile-links";

// The questionnaire's steps and the checks behind its inline errors. Values
// are validated with the engine's own schemas, loaded on first use so they do
// not weigh on the first paint; the messages are translated in the UI from
// these error keys.

const loadSchemas = () => import("@/lib/engine/schemas");

export const STEPS = ["about", ...PLATFORMS, "review"] as const;
export type Step = (typeof STEPS)[number];

export function isPlatformStep(step: Step): step is Platform {
  return (PLATFORMS as readonly string[]).includes(step);
}

export type AboutErrors = Partial<Record<"displayName" | "linkedinUrl" | "practiceUrl", "tooLong" | "oneLine" | "linkedinUrl" | "practiceUrl">>;

export async function validateAbout(draft: Draft): Promise<AboutErrors> {
  const { ZLinkedinUrl, ZPracticeUrl, ZProfile } = await loadSchemas();
  const errors: AboutErrors = {};
  const name = ZProfile.shape.displayName.safeParse(draft.displayName);
  if (!name.success) errors.displayName = draft.displayName.trim().length > 80 ? "tooLong" : "oneLine";
  if (draft.linkedinUrl.trim() && !ZLinkedinUrl.safeParse(normaliseLinkedinUrl(draft.linkedinUrl)).success) errors.linkedinUrl = "linkedinUrl";
  if (hasDutyOfCare(draft.profession) && draft.practiceUrl.trim() && !ZPracticeUrl.safeParse(draft.practiceUrl).success) errors.practiceUrl = "practiceUrl";
  return errors;
}

export type ReviewError = "noPlatform" | "invalid";

/** Checks the whole draft and turns it into the profile to save, keeping the cells changed before. */
export async function draftToProfile(draft: Draft, previous: unknown): Promise<{ ok: true; profile: Profile } | { ok: false; error: ReviewError }> {
  if (PLATFORMS.every((p) => (draft.platforms[p].persona ?? "absent") === "absent")) return { ok: false, error: "noPlatform" };
  if (Object.keys(await validateAbout(draft)).length) return { ok: false, error: "invalid" };
  const { ZProfile } = await loadSchemas();
  const prior = previous ? ZProfile.safeParse(previous) : null;
  const parsed = ZProfile.safeParse(draftToProfileInput(draft, prior?.success ? prior.data : null));
  return parsed.success ? { ok: true, profile: parsed.data } : { ok: false, error: "invalid" };
}

/** The step named in the page address (`?step=facebook`), so that back and forward move between steps. */
export function stepFromSearch(search: string): number | null {
  const name = new URLSearchParams(search).get("step");
  const index = STEPS.indexOf(name as Step);
  return index >= 0 ? index : null;
}

/**
 * Where to go after saving: the screen the person came from (`?from=/advice?…`), when it is one of
 * Kindly's own screens; otherwise the policy. Anything else (another site, `//host`) is ignored.
 */
export function returnPath(search: string): string {
  const from = new URLSearchParams(search).get("from");
  if (from && /^\/(advice|policy)(\?[^#\s\\]*)?$/.test(from)) return from;
  return "/policy?saved=1";
}
