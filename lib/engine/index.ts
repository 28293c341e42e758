/**
 * Public entry of the Kindly rules engine. Pure: imports only zod and its
 * own files; no I/O. The browser, the API and the server actions all call
 * these functions (STYLE.md 1).
 */
export {
  ACTIONS,
  LANGUAGES,
  MET_VALUES,
  MUTUAL_LEVELS,
  NETWORKING_STYLES,
  PERSONAS,
  PLATFORMS,
  PLATFORM_NAMES,
  PRINCIPLES,
  RED_FLAGS,
  RELATIONSHIPS,
  RELATIONSHIP_GROUP,
  SOURCES,
  TONES,
  VERDICTS,
  VISIBILITIES,
} from "./vocabulary";
export type {
  Action,
  Language,
  Met,
  MutualLevel,
  NetworkingStyle,
  Persona,
  Platform,
  Principle,
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
  ZPrinciple,
  ZProfile,
  ZReason,
  ZRedFlag,
  ZRedFlags,
  ZRelationship,
  ZSource,
  ZTemplate,
  ZTone,
  ZVerdict,
  ZVisibility,
} from "./schemas";
export type {
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

export { byPlatform, PLATFORM_FACTS, PLATFORM_LABEL_NAMESPACE } from "./platforms";
export type { AnsweredRequestKind, LimitTool, PlatformFacts, RequestKind } from "./platforms";

export { decide, decideRuleVerdict, decideVerdict } from "./decide";
export type { DecideOptions, VerdictResult } from "./decide";
export { RULES } from "./rules";
export type { Rule } from "./rules";
export { defaultRequest, policyMatrix } from "./policy-matrix";
export type { PolicyCell } from "./policy-matrix";
