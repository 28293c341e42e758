/**
 * Small builders for engine tests (STYLE.md 6): `aProfile({ facebook:
 * "civilian" })`, `aRequest("facebook", "coworker", { met: "in_person" })`.
 * Test support only; nothing in the engine imports it.
 */
import { ZConnectionRequest, ZProfile, type ConnectionRequest, type ConnectionRequestInput, type Overrides, type Profile, type ProfileInput } from "./schemas";
import { PLATFORMS, type Persona, type Platform, type Relationship, type Visibility } from "./vocabulary";

export const AINO_URL = "https://www.linkedin.com/in/aino-example";

export type ProfileOptions = Partial<Record<Platform, Persona>> &
  Omit<ProfileInput, "platforms" | "linkedinUrl"> & {
    /** `null` for no LinkedIn URL; defaults to AINO_URL. */
    linkedinUrl?: string | null;
    visibility?: Partial<Record<Platform, Visibility>>;
    overrides?: Partial<Record<Platform, Overrides>>;
  };

/** The builder's own defaults: a professional LinkedIn; every other platform absent. */
const DEFAULT_PERSONAS: Partial<Record<Platform, Persona>> = { linkedin: "professional" };

/**
 * A parsed profile. Defaults: Aino, English, selective, a professional
 * LinkedIn with a URL, every other platform absent. A persona is given by
 * the platform's id (`{ facebook: "civilian" }`), for every platform in the
 * registry.
 */
export function aProfile(options: ProfileOptions = {}): Profile {
  const { visibility, overrides, linkedinUrl, ...rest } = options;
  const platformIds = new Set<string>(PLATFORMS);
  const fields = Object.fromEntries(Object.entries(rest).filter(([key]) => !platformIds.has(key)));
  const platforms: NonNullable<ProfileInput["platforms"]> = {};
  for (const platform of PLATFORMS) {
    const persona = options[platform] ?? DEFAULT_PERSONAS[platform];
    if (persona === undefined) continue;
    platforms[platform] = {
      persona,
      ...(visibility?.[platform] !== undefined ? { visibility: visibility[platform] } : {}),
      ...(overrides?.[platform] !== undefined ? { overrides: overrides[platform] } : {}),
    };
  }
  return ZProfile.parse({
    displayName: "Aino",
    language: "en",
    ...fields,
    ...(linkedinUrl === null ? {} : { linkedinUrl: linkedinUrl ?? AINO_URL }),
    platforms,
  });
}

export function aRequest(
  platform: Platform,
  relationship: Relationship,
  extra: Omit<ConnectionRequestInput, "platform" | "relationship"> = {},
): ConnectionRequest {
  return ZConnectionRequest.parse({ platform, relationship, ...extra });
}
