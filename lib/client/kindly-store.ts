import { startTransition, useEffect, useState, useSyncExternalStore } from "react";

import type { Profile, ProfileInput } from "@/lib/engine/schemas";
import { markStored, STORAGE_KEY } from "@/lib/client/policy-hint";
import { normaliseLinkedinUrl } from "@/lib/client/profile-links";
import { byPlatform, PLATFORM_FACTS, type Platform } from "@/lib/engine/platforms";
import {
  defaultNetworkingStyle,
  PROFESSION_RELATIONSHIPS,
  PROFESSIONS,
  LANGUAGES,
  type Language,
  type NetworkingStyle,
  type Persona,
  type Profession,
  type Relationship,
  type Verdict,
  type Visibility,
} from "@/lib/engine/vocabulary";

// Kindly without an account: the questionnaire draft, its step and the saved
// policy live in this browser's localStorage, so nothing is lost on reload or
// when leaving mid-way. The saved profile is kept raw here and validated with
// the engine's schema where it is used (lib/client/saved-profile.ts), so the
// questionnaire does not have to load the schemas up front.

const CHANGE_EVENT = "kindly-store-change";

/** `persona: null` — not answered yet; the engine reads it as absent, the questionnaire asks again. */
export type PlatformDraft = { persona: Persona | null; visibility: Visibility };

export type Draft = {
  displayName: string;
  language: Language;
  creativeField: boolean;
  jobSeeking: boolean;
  networkingStyle: NetworkingStyle;
  linkedinUrl: string;
  /** "Your work" (contract v2): a duty of care (D1–D3) or open networking for recruiters. */
  profession: Profession;
  practiceUrl: string;
  platforms: Record<Platform, PlatformDraft>;
};

/** The link between this browser's policy and a signed-in account's saved policy. */
export type AccountLink = {
  userId: string;
  /** The server version the local policy is based on (0: nothing saved on the server yet). */
  version: number;
  /** conflict: changed elsewhere since; choose: this browser and the account hold different policies. */
  status: "synced" | "conflict" | "choose" | "error";
  /** The newer or different policy on the server, when status is conflict or choose. */
  remote?: unknown;
};

export type StoredState = {
  draft: Draft;
  step: number;
  /** The saved policy as stored; unvalidated until read through useSavedProfile(). */
  profile: unknown;
  account?: AccountLink | null;
};

export function emptyDraft(language: Language): Draft {
  return {
    displayName: "",
    language,
    creativeField: false,
    jobSeeking: false,
    networkingStyle: "selective",
    linkedinUrl: "",
    profession: "none",
    practiceUrl: "",
    platforms: byPlatform((platform) => ({ persona: null, visibility: PLATFORM_FACTS[platform].defaultVisibility })),
  };
}

/** Whether the profession has a duty of care (D1–D3), whose declines may point to a practice or school page. */
export function hasDutyOfCare(profession: Profession): boolean {
  return PROFESSION_RELATIONSHIPS[profession].length > 0;
}

/**
 * A new profession; the networking style follows it while it is still the
 * old profession's default (a recruiter networks openly), so a style the
 * person chose themselves is kept.
 */
export function withProfession(draft: Draft, profession: Profession): Draft {
  const followsDefault = draft.networkingStyle === defaultNetworkingStyle(draft.profession);
  return { ...draft, profession, networkingStyle: followsDefault ? defaultNetworkingStyle(profession) : draft.networkingStyle };
}

/** A LinkedIn address typed in: a person who gives one is on LinkedIn, unless they said otherwise. */
export function withLinkedinUrl(draft: Draft, linkedinUrl: string): Draft {
  const linkedin = draft.platforms.linkedin;
  const used = linkedinUrl.trim() && linkedin.persona === null ? { ...linkedin, persona: PLATFORM_FACTS.linkedin.defaultPersona } : linkedin;
  return { ...draft, linkedinUrl, platforms: { ...draft.platforms, linkedin: used } };
}

/** The draft as the engine's profile input; overrides come from the saved policy. */
export function draftToProfileInput(draft: Draft, previous: Profile | null): ProfileInput {
  return {
    displayName: draft.displayName,
    language: draft.language,
    creativeField: draft.creativeField,
    jobSeeking: draft.jobSeeking,
    networkingStyle: draft.networkingStyle,
    ...(draft.linkedinUrl.trim() ? { linkedinUrl: normaliseLinkedinUrl(draft.linkedinUrl) } : {}),
    profession: draft.profession,
    ...(hasDutyOfCare(draft.profession) && draft.practiceUrl.trim() ? { practiceUrl: draft.practiceUrl.trim() } : {}),
    platforms: byPlatform((platform) => {
      const persona = draft.platforms[platform].persona ?? "absent";
      return { ...draft.platforms[platform], persona, overrides: persona === "absent" ? {} : (previous?.platforms[platform].overrides ?? {}) };
    }),
  };
}

export function profileToDraft(profile: Profile): Draft {
  return {
    displayName: profile.displayName,
    language: profile.language,
    creativeField: profile.creativeField,
    jobSeeking: profile.jobSeeking,
    networkingStyle: profile.networkingStyle ?? defaultNetworkingStyle(profile.profession),
    linkedinUrl: profile.linkedinUrl ?? "",
    profession: profile.profession,
    practiceUrl: profile.practiceUrl ?? "",
    platforms: byPlatform((p) => ({ persona: profile.platforms[p].persona, visibility: profile.platforms[p].visibility })),
  };
}

let cachedRaw: string | null | undefined;
let cachedState: StoredState | null = null;
// Set once storage refuses a write (full, or blocked in a private window): from then on the state lives in
// memory only, and reading storage again would bring back an older state.
let memoryOnly = false;

function parseStored(raw: string | null): StoredState | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredState>;
    if (!value || typeof value !== "object" || !value.draft) return null;
    // A draft from an older version may lack fields (before "Your work", or platforms never stored): the
    // missing ones are those of a fresh draft, with its platforms unanswered.
    const fresh = emptyDraft(LANGUAGES.includes(value.draft.language) ? value.draft.language : "en");
    return {
      draft: {
        ...fresh,
        ...value.draft,
        platforms: { ...fresh.platforms, ...value.draft.platforms },
        profession: PROFESSIONS.includes(value.draft.profession) ? value.draft.profession : "none",
        practiceUrl: typeof value.draft.practiceUrl === "string" ? value.draft.practiceUrl : "",
      },
      step: typeof value.step === "number" ? value.step : 0,
      profile: value.profile ?? null,
      account: value.account ?? null,
    };
  } catch {
    return null;
  }
}

/** Whether this browser refused to store the answers (storage full, or blocked as in some private windows). */
export function storageRefused() {
  return memoryOnly;
}

export function readState(): StoredState | null {
  if (memoryOnly) return cachedState;
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    raw = null;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedState = parseStored(raw);
  }
  return cachedState;
}

export function writeState(written: StoredState) {
  // Whose copy this is (lib/client/local-copy.ts) is never lost by a write that does not name it, such as the
  // questionnaire's first keystroke racing the account link: only clearState() forgets it.
  const state = written.account === undefined ? { ...written, account: readState()?.account ?? null } : written;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled (private mode): the session still works in memory.
    memoryOnly = true;
    cachedState = state;
  }
  markStored(state);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function clearState() {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing stored */
  }
  cachedRaw = undefined;
  cachedState = null;
  markStored(null);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const LOADING = Symbol("loading");
const readLoading = (): typeof LOADING => LOADING;

// Once the first page has hydrated, components mounted later (moving between
// screens in the app) read the store in their first render.
let hydrated = false;

/** The stored state; `"loading"` during server rendering and hydration. */
export function useStoredState(): StoredState | null | "loading" {
  const [ready, setReady] = useState(hydrated);
  useEffect(() => {
    if (ready) return;
    hydrated = true;
    // The first render from this browser's storage (a whole questionnaire step,
    // say) is a transition, which React renders in small slices instead of one
    // long task right after hydration. Later changes (typing) stay synchronous.
    startTransition(() => setReady(true));
  }, [ready]);
  const value = useSyncExternalStore<StoredState | null | typeof LOADING>(subscribe, ready ? readState : readLoading, readLoading);
  return value === LOADING ? "loading" : value;
}

type ProfileListener = (profile: Profile) => void;
let profileListener: ProfileListener | null = null;

/** Lets the account sync hear about every saved change (set while signed in). */
export function onProfileSaved(listener: ProfileListener | null) {
  profileListener = listener;
}

/** Saves a new policy in this browser (and, when signed in, to the account). */
export function saveProfile(state: StoredState, profile: Profile, extra: Partial<StoredState> = {}) {
  writeState({ ...state, ...extra, profile });
  profileListener?.(profile);
}

/** Resets every changed cell of a validated saved profile ("Reset all"). */
export function resetOverrides(state: StoredState, profile: Profile) {
  saveProfile(state, { ...profile, platforms: byPlatform((platform) => ({ ...profile.platforms[platform], overrides: {} })) });
}

/** Changes one policy cell (or resets it with `null`) in a validated saved profile. */
export function setOverride(state: StoredState, profile: Profile, platform: Platform, relationship: Relationship, verdict: Verdict | null) {
  const current = profile.platforms[platform];
  const overrides = { ...current.overrides };
  if (verdict === null) delete overrides[relationship];
  else overrides[relationship] = verdict;
  saveProfile(state, { ...profile, platforms: { ...profile.platforms, [platform]: { ...current, overrides } } });
}
