import { draftToProfileInput, saveProfile, withLinkedinUrl, type Draft, type StoredState } from "@/lib/client/kindly-store";
import { normaliseLinkedinUrl } from "@/lib/client/profile-links";
import { PLATFORM_FACTS, ZLinkedinUrl, ZProfile, type Persona, type Platform, type Profile } from "@/lib/engine";

// Advice first (issue 19): the advice screen asks only what one request needs and Kindly does not know
// yet — how the person uses this platform, whether they are on LinkedIn — and keeps each answer both in
// the questionnaire's draft (which then starts from it) and as a partial policy that the engine reads.

export type QuickAnswer =
  { kind: "persona"; platform: Platform; persona: Exclude<Persona, "absent"> } | { kind: "linkedinUrl"; url: string } | { kind: "noLinkedin" };

/** The policy the draft describes so far; a value that does not hold yet (a half-typed address) is left out. */
export function profileFromDraft(draft: Draft): Profile {
  const input = draftToProfileInput(draft, null);
  const parsed = ZProfile.safeParse(input);
  if (parsed.success) return parsed.data;
  const fallback = ZProfile.safeParse({ ...input, linkedinUrl: undefined, practiceUrl: undefined, displayName: undefined });
  return fallback.success ? fallback.data : ZProfile.parse({ language: draft.language });
}

/** The person's own LinkedIn address, normalised, when it is one. */
export function validLinkedinUrl(typed: string): string | null {
  const parsed = ZLinkedinUrl.safeParse(normaliseLinkedinUrl(typed));
  return parsed.success ? parsed.data : null;
}

function answerDraft(draft: Draft, answer: QuickAnswer): Draft {
  switch (answer.kind) {
    case "persona":
      return { ...draft, platforms: { ...draft.platforms, [answer.platform]: { ...draft.platforms[answer.platform], persona: answer.persona } } };
    case "linkedinUrl":
      return withLinkedinUrl(draft, answer.url);
    case "noLinkedin":
      return { ...draft, linkedinUrl: "", platforms: { ...draft.platforms, linkedin: { ...draft.platforms.linkedin, persona: "absent" } } };
  }
}

function answerProfile(profile: Profile, answer: QuickAnswer): Profile {
  const linkedin = profile.platforms.linkedin;
  switch (answer.kind) {
    case "persona":
      return { ...profile, platforms: { ...profile.platforms, [answer.platform]: { ...profile.platforms[answer.platform], persona: answer.persona } } };
    case "linkedinUrl": {
      const url = validLinkedinUrl(answer.url);
      if (!url) return profile;
      const persona = linkedin.persona === "absent" ? PLATFORM_FACTS.linkedin.defaultPersona : linkedin.persona;
      return { ...profile, linkedinUrl: url, platforms: { ...profile.platforms, linkedin: { ...linkedin, persona } } };
    }
    case "noLinkedin": {
      return { ...profile, linkedinUrl: undefined, platforms: { ...profile.platforms, linkedin: { ...linkedin, persona: "absent", overrides: {} } } };
    }
  }
}

/**
 * Keeps one answer given on the advice screen. With a saved policy, only that answer changes in it (a
 * questionnaire draft with unsaved edits is not saved along with it); without one, the draft so far
 * becomes the policy.
 */
export function keepQuickAnswer(state: StoredState, saved: Profile | null, answer: QuickAnswer) {
  const draft = answerDraft(state.draft, answer);
  const profile = saved ? answerProfile(saved, answer) : profileFromDraft(draft);
  const checked = ZProfile.safeParse(profile);
  saveProfile({ ...state, draft }, checked.success ? checked.data : (saved ?? profileFromDraft(state.draft)));
}
