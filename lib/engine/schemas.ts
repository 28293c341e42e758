/**
 * zod schemas: the single source of truth for the engine's JSON shapes
 * (DOMAIN.md "JSON shapes"). Parsing fills every documented default, so the
 * output types below are the fully-defaulted shapes. Objects are strict:
 * an unknown field is an error, not silently dropped.
 */
import { z } from "zod";
import {
  ACTIONS,
  CONDITIONS,
  PROFESSIONS,
  LANGUAGES,
  MET_VALUES,
  MUTUAL_LEVELS,
  NETWORKING_STYLES,
  PERSONAS,
  PRINCIPLES,
  RED_FLAGS,
  RELATIONSHIPS,
  SOURCES,
  TONES,
  VERDICTS,
  VISIBILITIES,
  defaultNetworkingStyle,
  type Visibility,
} from "./vocabulary";
import { byPlatform, PLATFORM_FACTS, PLATFORMS, REQUEST_KINDS } from "./platforms";

// Kindly's pages forbid eval in their Content-Security-Policy; without this,
// zod probes `new Function` (caught, but reported as a CSP violation).
z.config({ jitless: true });

export const ZPlatform = z.enum(PLATFORMS);
export const ZPersona = z.enum(PERSONAS);
export const ZVisibility = z.enum(VISIBILITIES);
export const ZRelationship = z.enum(RELATIONSHIPS);
export const ZMet = z.enum(MET_VALUES);
export const ZMutualLevel = z.enum(MUTUAL_LEVELS);
export const ZRedFlag = z.enum(RED_FLAGS);
export const ZNetworkingStyle = z.enum(NETWORKING_STYLES);
export const ZLanguage = z.enum(LANGUAGES);
export const ZVerdict = z.enum(VERDICTS);
export const ZSource = z.enum(SOURCES);
export const ZTone = z.enum(TONES);
export const ZAction = z.enum(ACTIONS);
export const ZPrinciple = z.enum(PRINCIPLES);
export const ZProfession = z.enum(PROFESSIONS);
export const ZRequestKind = z.enum(REQUEST_KINDS);
export const ZCondition = z.enum(CONDITIONS);

// Control characters (newlines, tabs, NUL…) have no place in a one-line
// name and would break the reply templates they are pasted into.
const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;
// Nor do direction overrides (U+202A–U+202E, U+2066–U+2069), which make text
// read differently from what it is, or U+FFFD, which stands for bytes that
// were not valid UTF-8 on the way in.
const NO_HIDDEN_CHARS = /^[^\u202a-\u202e\u2066-\u2069\ufffd]*$/;

/**
 * A one-line text field: trimmed, inner whitespace collapsed (so templates
 * never get double spaces), bounded. The bound is checked on the raw input
 * first so a 10 MB string is rejected before any work is done on it.
 */
export function lineText(max: number) {
  return z
    .string()
    .max(max * 4, { message: `Too long: at most ${max} characters`, abort: true })
    .trim()
    .max(max, { message: `Too long: at most ${max} characters` })
    .regex(NO_CONTROL_CHARS, { message: "Must be a single line of text" })
    .regex(NO_HIDDEN_CHARS, { message: "Contains a direction override or an undecodable character" })
    .transform((s) => s.replace(/\s+/g, " "));
}

export const LINKEDIN_URL_MAX = 200;

/** The person's own LinkedIn profile: https, on linkedin.com, a /in/ path. */
export const ZLinkedinUrl = z
  .string()
  .max(LINKEDIN_URL_MAX * 4, {
    message: `Too long: at most ${LINKEDIN_URL_MAX} characters`,
    abort: true,
  })
  .trim()
  .max(LINKEDIN_URL_MAX, { message: `Too long: at most ${LINKEDIN_URL_MAX} characters` })
  // The URL parser would quietly drop tabs and newlines; refuse them first.
  .regex(NO_CONTROL_CHARS, { message: "Must be a single line of text" })
  .regex(NO_HIDDEN_CHARS, { message: "Contains a direction override or an undecodable character" })
  .pipe(
    z.url({
      protocol: /^https$/,
      hostname: /^(www\.|[a-z]{2}\.)?linkedin\.com$/,
      message: "Must be an https://www.linkedin.com/in/… address",
    }),
  )
  // The whole address: a profile path, optionally a trailing slash and a query.
  .refine((url) => /^https:\/\/(www\.|[a-z]{2}\.)?linkedin\.com\/in\/[^/?#\s]+\/?(\?[^#\s]*)?$/i.test(url), {
    message: "Must be a LinkedIn profile address (https://www.linkedin.com/in/…)",
  });

export const PRACTICE_URL_MAX = 300;

/** A professional page (practice, clinic, school) that duty-of-care declines may point to: https only. */
export const ZPracticeUrl = z
  .string()
  .max(PRACTICE_URL_MAX * 4, { message: `Too long: at most ${PRACTICE_URL_MAX} characters`, abort: true })
  .trim()
  .max(PRACTICE_URL_MAX, { message: `Too long: at most ${PRACTICE_URL_MAX} characters` })
  .regex(NO_CONTROL_CHARS, { message: "Must be a single line of text" })
  .regex(NO_HIDDEN_CHARS, { message: "Contains a direction override or an undecodable character" })
  // No spaces: the address is pasted into a reply as it is.
  .regex(/^https:\/\/[^/\s]\S*$/i, { message: "Must be an https:// address" })
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, message: "Must be an https:// address" }))
  // "https://clinic.example@evil.example/" reads as one site and opens another.
  .refine((url) => !/^https:\/\/[^/?#]*@/i.test(url), { message: "Must not contain a user name or password" });

/**
 * The person's LinkedIn account type: it sets how long an invitation's note
 * may be (PLATFORMS.md "note length when you send": 200 free, 300 Premium).
 */
export const ZLinkedinAccount = z.enum(["free", "premium"]);

/** Per-relationship verdicts the person chose themselves (a policy cell edit). */
export const ZOverrides = z.partialRecord(ZRelationship, ZVerdict);

/**
 * An organisation's baseline (issue 23): suggested verdicts per platform ×
 * relationship, an input beside the profile and stored apart from the
 * person's own overrides. DOMAIN.md "Which rule wins", step 6.
 */
export const ZBaseline = z.partialRecord(ZPlatform, z.partialRecord(ZRelationship, ZVerdict));

function platformSettings(defaultVisibility: Visibility) {
  return z
    .object({
      persona: ZPersona,
      visibility: ZVisibility.default(defaultVisibility),
      overrides: ZOverrides.default(() => ({})),
    })
    .strict()
    .default(() => ({ persona: "absent" as const, visibility: defaultVisibility, overrides: {} }));
}

/** Settings of one platform (the visibility default is `private`; LinkedIn's is `public`). */
export const ZPlatformSettings = platformSettings("private");

/**
 * One entry per platform in the registry, each with its own visibility
 * default. A platform missing from `platforms` is `absent` (DOMAIN.md).
 */
export const ZPlatforms = z.object(byPlatform((platform) => platformSettings(PLATFORM_FACTS[platform].defaultVisibility))).strict();

export const ZProfile = z
  .object({
    displayName: lineText(80).default(""),
    language: ZLanguage.default("en"),
    creativeField: z.boolean().default(false),
    jobSeeking: z.boolean().default(false),
    // Default `selective`, or `open` for a recruiter (contract v2): filled
    // below, once the profession is known.
    networkingStyle: ZNetworkingStyle.optional(),
    linkedinUrl: ZLinkedinUrl.optional(),
    // Issue 22: the invitation composer's note limit; absent means free.
    linkedinAccount: ZLinkedinAccount.optional(),
    profession: ZProfession.default("none"),
    practiceUrl: ZPracticeUrl.optional(),
    platforms: ZPlatforms.prefault({}),
  })
  .strict()
  // `overwrite` keeps ZProfile an object schema (`.shape` stays usable) and
  // the published JSON Schema unchanged; parsing always fills the style.
  .overwrite((p) => (p.networkingStyle === undefined ? { ...p, networkingStyle: defaultNetworkingStyle(p.profession) } : p));

export const ZRedFlags = z
  .array(ZRedFlag)
  .max(RED_FLAGS.length, { message: `At most ${RED_FLAGS.length} red flags` })
  .refine((flags) => new Set(flags).size === flags.length, {
    message: "Each red flag may appear only once",
  });

export const ZConnectionRequest = z
  .object({
    platform: ZPlatform,
    relationship: ZRelationship,
    met: ZMet.default("never"),
    rapport: z.boolean().default(false),
    note: z.boolean().default(false),
    mutualConnections: ZMutualLevel.default("none"),
    commonGround: z.boolean().default(false),
    redFlags: ZRedFlags.default(() => []),
    requesterName: lineText(80).optional(),
    metAt: lineText(120).optional(),
  })
  .strict();

export const ZReason = z.object({ principle: ZPrinciple, text: z.string().min(1).max(600) }).strict();

export const ZTemplate = z.object({ language: ZLanguage, tone: ZTone, text: z.string().min(1).max(2000) }).strict();

const ZActions = z
  .array(ZAction)
  .max(ACTIONS.length)
  .refine((a) => new Set(a).size === a.length, { message: "Actions must be unique" });

/** Another reasonable answer and when it fits (contract v2 "When two answers are both right"). */
export const ZAlternative = z
  .object({
    verdict: ZVerdict,
    condition: z.object({ key: ZCondition, text: z.string().min(1).max(300) }).strict(),
    actions: ZActions,
  })
  .strict();

export const ZDecision = z
  .object({
    verdict: ZVerdict,
    source: ZSource,
    requestKind: ZRequestKind,
    reasons: z.array(ZReason).min(1).max(12),
    actions: ZActions,
    templates: z.array(ZTemplate).max(8),
    alternatives: z.array(ZAlternative).max(3),
  })
  .strict();

export type PlatformSettings = z.infer<typeof ZPlatformSettings>;
export type PlatformSettingsInput = z.input<typeof ZPlatformSettings>;
export type Overrides = z.infer<typeof ZOverrides>;
export type Baseline = z.infer<typeof ZBaseline>;
export type Profile = z.infer<typeof ZProfile>;
export type ProfileInput = z.input<typeof ZProfile>;
export type ConnectionRequest = z.infer<typeof ZConnectionRequest>;
export type ConnectionRequestInput = z.input<typeof ZConnectionRequest>;
export type Reason = z.infer<typeof ZReason>;
export type ReplyTemplate = z.infer<typeof ZTemplate>;
export type Decision = z.infer<typeof ZDecision>;
export type Alternative = z.infer<typeof ZAlternative>;
