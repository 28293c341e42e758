/**
 * Turns a profile and a request (parsed or not) into the flat facts the
 * rules read. Fills the documented defaults itself, cheaply, because
 * `decide` does not run zod: callers validate at the boundary (DOMAIN.md).
 */
import { PLATFORM_FACTS, type RequestKind } from "./platforms";
import type { Baseline, ConnectionRequest, ConnectionRequestInput, Profile, ProfileInput } from "./schemas";
import {
  assertNever,
  defaultNetworkingStyle,
  RELATIONSHIP_GROUP,
  type Met,
  type MutualLevel,
  type Persona,
  type Platform,
  type Profession,
  type Relationship,
  type RelationshipGroup,
  type Verdict,
  type Visibility,
} from "./vocabulary";

/** Which duty-of-care principle concerns this request, if any (D1–D3). */
export type Duty = "D1" | "D2" | "D3";

export interface RuleContext {
  platform: Platform;
  /** What the request is called there; `follow` is a public account's follower (nobody asks). */
  requestKind: RequestKind;
  /** A follow of a public account: no request waits for an answer. */
  publicFollow: boolean;
  profession: Profession;
  /** The duty of care the person's profession has towards this requester. */
  duty: Duty | undefined;
  /** A professional page to point to (duty-of-care declines). */
  practiceUrlGiven: boolean;
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
  /** The organisation's baseline verdict for this platform and relationship, if any (`source: "team"`). */
  team: Verdict | undefined;
  /**
   * Where you met, as the bare name of the event or place (barePlace), for
   * the templates only; "" unless you met in person or a meeting is planned
   * (DOMAIN.md "Where you met"), so a place never makes a stranger's
   * decline read "nice to talk".
   */
  place: string;
}

// A preposition typed before the name anyway: "at Slush", "på Slush",
// "i Bergen", "vid Slush", "hos Acme". Finnish needs nothing here: its
// templates never inflect the name, and an inflected one is left as typed.
const LEADING_PREPOSITION = /^(?:at|in|on|på|i|vid|hos)\s+(?=\S)/iu;

/** The bare name of an event or place: trimmed, a leading "at" / "in" / "på" / "i" / "vid" / "hos" removed. */
export function barePlace(metAt: string | undefined): string {
  if (metAt === undefined) return "";
  const trimmed = metAt.trim();
  return trimmed.replace(LEADING_PREPOSITION, "").trim();
}

export type AnyProfile = Profile | ProfileInput;
export type AnyRequest = ConnectionRequest | ConnectionRequestInput;

export function buildContext(profile: AnyProfile, request: AnyRequest, baseline?: Baseline): RuleContext {
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
  const profession = profile.profession ?? "none";
  const requestKind = PLATFORM_FACTS[platform].requestKind[visibility];
  return {
    platform,
    requestKind,
    publicFollow: requestKind === "follow",
    profession,
    duty: dutyOf(profession, relationship),
    practiceUrlGiven: profile.practiceUrl !== undefined && profile.practiceUrl !== "",
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
    openNetworker: (profile.networkingStyle ?? defaultNetworkingStyle(profession)) === "open",
    override: overrides === undefined ? undefined : overrides[relationship],
    team: baseline === undefined ? undefined : baseline[platform]?.[relationship],
    place: request.met === "in_person" || request.met === "meeting_planned" ? barePlace(request.metAt) : "",
  };
}

/**
 * D1: a therapist or healthcare professional and a current client or
 * patient; D2: a former one; D3: a teacher and a pupil or guardian.
 */
export function dutyOf(profession: Profession, relationship: Relationship): Duty | undefined {
  switch (profession) {
    case "therapist":
    case "healthcare":
      return relationship === "client" ? "D1" : relationship === "former_client" ? "D2" : undefined;
    case "teacher":
      return relationship === "student" || relationship === "guardian" ? "D3" : undefined;
    case "none":
    case "recruiter":
      return undefined;
    default:
      return assertNever(profession);
  }
}
