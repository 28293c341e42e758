import { ZProfile, type Profile } from "@/lib/engine";
import { useStoredState, type StoredState } from "@/lib/client/kindly-store";

// The saved policy, re-validated with the engine's schema on every read:
// anything edited by hand or left by an older version is ignored, never trusted.

let lastRaw: unknown;
let lastProfile: Profile | null = null;

export function parseSavedProfile(raw: unknown): Profile | null {
  if (raw !== lastRaw) {
    lastRaw = raw;
    const parsed = raw ? ZProfile.safeParse(raw) : null;
    lastProfile = parsed?.success ? parsed.data : null;
  }
  return lastProfile;
}

export function useSavedProfile(): "loading" | { state: StoredState; profile: Profile } | null {
  const stored = useStoredState();
  if (stored === "loading") return "loading";
  const profile = stored ? parseSavedProfile(stored.profile) : null;
  return stored && profile ? { state: stored, profile } : null;
}
