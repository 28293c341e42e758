/**
 * Turns a profile and a request (parsed or not) into the flat facts the
 * rules read. Fills the documented defaults itself, cheaply, because
 * `decide` does not run zod: callers validate at the boundary (DOMAIN.md).
 */
import { PLATFORM_FACTS } from "./platforms";
import type { ConnectionRequest, ConnectionRequestInput, Profile, ProfileInput } from "./schemas";
import {
  RELATIONSHIP_GROUP,
  type Met,
  type MutualLevel,
  type Persona,
  type Platform,
  type Relationship,
  type RelationshipGroup,
  type Verdict,
  type Visibility,
} from "./vocabulary";

export interface RuleContext {
  platform: Platform;
  /** Persona on the platform the request came from. */
  persona: Persona;
  visibility: Visibility;
  relationship: Relationship;
  group: RelationshipGroup;
  met: Met;
  rapport: boolean;
  note: boolean;
  commonGround: boolean;
  mutual: MutualLevel;
  fakeProfile: boolean;
  harassment: boolean;
  salesPitch: boolean;
  /** "LinkedIn exists" means the LinkedIn persona is not `absent`; the URL is optional. */
  hasLinkedin: boolean;
  creativeField: boolean;
  jobSeeking: boolean;
  openNetworker: boolean;
  /** The person's own verdict for this platform and relationship, if any. */
  override: Verdict | undefined;
  /** Whether the request says where you met (templates only). */
  metAtGiven: boolean;
}

export type AnyProfile = Profile | ProfileInput;
export type AnyRequest = ConnectionRequest | ConnectionRequestInput;

export function buildContext(profile: AnyProfile, request: AnyRequest): RuleContext {
  const platform = request.platform;
  const platforms = profile.platforms;
  const settings = platforms === undefined ? undefined : platforms[platform];
  const persona: Persona = settings?.persona ?? "absent";
  const visibility: Visibility = settings?.visibility ?? PLATFORM_FACTS[platform].defaultVisibility;
  const overrides = settings?.overrides;
  const relationship = request.relationship;
  const flags = request.redFlags;
  let fakeProfile = false;
  let harassment = false;
  let salesPitch = false;
  if (flags !== undefined) {
    for (let i = 0; i < flags.length; i++) {
      const flag = flags[i];
      if (flag === "fake_profile") fakeProfile = true;
      else if (flag === "harassment") harassment = true;
      else if (flag === "sales_pitch") salesPitch = true;
    }
  }
  const linkedinPersona = platforms?.linkedin?.persona ?? "absent";
  return {
    platform,
    persona,
    visibility,
    relationship,
    group: RELATIONSHIP_GROUP[relationship],
    met: request.met ?? "never",
    rapport: request.rapport ?? false,
    note: request.note ?? false,
    commonGround: request.commonGround ?? false,
    mutual: request.mutualConnections ?? "none",
    fakeProfile,
    harassment,
    salesPitch,
    hasLinkedin: linkedinPersona !== "absent",
    creativeField: profile.creativeField ?? false,
    jobSeeking: profile.jobSeeking ?? false,
    openNetworker: profile.networkingStyle === "open",
    override: overrides === undefined ? undefined : overrides[relationship],
    metAtGiven: request.metAt !== undefined && request.metAt !== "",
  };
}
