import { PLATFORMS, ZLinkedinUrl, ZProfile, type Platform } from "@/lib/engine";
import type { Draft } from "@/lib/client/kindly-store";

// The questionnaire's steps and the checks behind its inline errors. Values
// are validated with the engine's own schemas; the messages are translated
// in the UI from these error keys.

export const STEPS = ["about", ...PLATFORMS, "review"] as const;
export type Step = (typeof STEPS)[number];

export function isPlatformStep(step: Step): step is Platform {
  return (PLATFORMS as readonly string[]).includes(step);
}

export type AboutErrors = Partial<Record<"displayName" | "linkedinUrl", "tooLong" | "oneLine" | "linkedinUrl">>;

export function validateAbout(draft: Draft): AboutErrors {
  const errors: AboutErrors = {};
  const name = ZProfile.shape.displayName.safeParse(draft.displayName);
  if (!name.success) errors.displayName = draft.displayName.trim().length > 80 ? "tooLong" : "oneLine";
  if (draft.linkedinUrl.trim() && !ZLinkedinUrl.safeParse(draft.linkedinUrl).success) errors.linkedinUrl = "linkedinUrl";
  return errors;
}

export type ReviewError = "noPlatform" | "invalid";

/** Checks the whole draft before it becomes the saved policy. */
export function validateDraft(draft: Draft): ReviewError | null {
  if (PLATFORMS.every((p) => draft.platforms[p].persona === "absent")) return "noPlatform";
  if (Object.keys(validateAbout(draft)).length) return "invalid";
  return null;
}
