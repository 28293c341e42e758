/**
 * Public entry of the Kindly rules engine. Pure: imports only zod, its own
 * files and the language registry (lib/i18n/languages.ts, plain data); no I/O. The browser, the API and the server actions all call
 * these functions (STYLE.md 1).
 */
export {
  ACTIONS,
  BASE_RELATIONSHIPS,
  CONDITIONS,
  defaultNetworkingStyle,
  LANGUAGES,
  MET_VALUES,
  MUTUAL_LEVELS,
  NETWORKING_STYLES,
  PERSONAS,
  PLATFORMS,
  PLATFORM_NAMES,
  PRINCIPLES,
  PROFESSION_RELATIONSHIPS,
  PROFESSIONS,
  RED_FLAGS,
  RELATIONSHIPS,
  RELATIONSHIP_GROUP,
  relationshipsFor,
  SOURCES,
  TONES,
  VERDICTS,
  VISIBILITIES,
} from "./vocabulary";
export type {
  Action,
  Condition,
  Language,
  Met,
  MutualLevel,
  NetworkingStyle,
  Persona,
  Platform,
  Principle,
  Profession,
  RedFlag,
  Relationship,
  RelationshipGroup,
  Source,
  Tone,
  Verdict,
  Visibility,
} from "./vocabulary";

export {
  lineText,
  ZAction,
  ZBaseline,
  ZAlternative,
  ZCondition,
  ZConnectionRequest,
  ZDecision,
  ZLanguage,
  ZLinkedinUrl,
  ZMet,
  ZMutualLevel,
  ZNetworkingStyle,
  ZOverrides,
  ZPersona,
  ZPlatform,
  ZPlatformSettings,
  ZPlatforms,
  ZPracticeUrl,
  ZPrinciple,
  ZProfession,
  ZProfile,
  ZReason,
  ZRedFlag,
  ZRedFlags,
  ZRelationship,
  ZRequestKind,
  ZSource,
  ZTemplate,
  ZTone,
  ZVerdict,
  ZVisibility,
} from "./schemas";
export type {
  Alternative,
  Baseline,
  ConnectionRequest,
  ConnectionRequestInput,
  Decision,
  Overrides,
  PlatformSettings,
  PlatformSettingsInput,
  Profile,
  ProfileInput,
  Reason,
  ReplyTemplate,
} from "./schemas";

export { byPlatform, PLATFORM_FACTS, PLATFORM_LABEL_NAMESPACE, REQUEST_KINDS } from "./platforms";
export type { AnsweredRequestKind, LimitTool, PlatformFacts, RequestKind } from "./platforms";

export { decide, decideRuleVerdict, decideVerdict } from "./decide";
export { ACTION_VERDICTS, CONFLICTING_ACTIONS, incoherence } from "./actions";
export type { DecideOptions, VerdictResult } from "./decide";
export { RULES } from "./rules";
export type { Rule } from "./rules";
export { defaultRequest, policyMatrix } from "./policy-matrix";
export type { PolicyCell } from "./policy-matrix";

export {
  composeInvitation,
  FIRST_MESSAGE_MAX_LENGTH,
  FITTED_PARTS,
  INVITATION_TONES,
  invitationLimit,
  ZInvitation,
  ZInvitationNote,
  ZInvitationTarget,
} from "./invitations";
export type { FittedPart, Invitation, InvitationNote, InvitationTarget, InvitationTargetInput, InvitationTone, LinkedinAccount } from "./invitations";
export { ZLinkedinAccount } from "./schemas";
