/**
 * The platform registry: each platform's facts, stated once (STYLE.md 12).
 * The platform ids (PLATFORMS, Platform), the zod schemas, the
 * questionnaire's steps and defaults, the labels shown in the interface, the
 * actions the rules may suggest, the wording of reply templates, the sweep
 * and the test builders are all derived from this table.
 *
 * Adding a platform: its entry here (the compiler checks every fact is
 * stated), and its label under PLATFORM_LABEL_NAMESPACE in each catalogue in
 * lib/i18n/messages/ (tests/unit/platform-registry.test.ts). Only if the
 * platform brings something new: a request kind not yet worded (the
 * compiler points at templates.ts), a limit tool not yet in ACTIONS
 * (vocabulary.ts, and its `actions.*` message), or advice of its own in
 * reasons.ts. Tests that count or list today's platforms then fail and name
 * themselves (schemas.test.ts, templates.test.ts, the Playwright walk
 * through the questionnaire).
 *
 * The facts are those in the project's PLATFORMS.md table (platform help
 * pages and public threads, gathered 2026-11/12); each entry cites the row it
 * relies on. Pure data: no I/O, and only type imports.
 */
import type { Action, Persona, Visibility } from "./vocabulary";

/**
 * What an incoming request is called (DOMAIN.md contract v2, `requestKind`):
 * a LinkedIn invitation, a Facebook friend request, a follow request to a
 * private account, or a follow of a public account (nobody asks: they
 * already follow you).
 */
export const REQUEST_KINDS = ["invitation", "friend_request", "follow_request", "follow"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** A request that waits for an answer: every kind except a follow of a public account. */
export type AnsweredRequestKind = Exclude<RequestKind, "follow">;

/** The platforms' own "accept, but limit what they see" tools, as suggested actions. */
export type LimitTool = Extract<Action, "restrict_facebook" | "close_friends_instagram" | "hide_connections_linkedin">;

export interface PlatformFacts {
  /** The platform's name: a proper noun, the same in every language (reasons and reply templates). */
  readonly name: string;
  /** Key of the platform's interface label under PLATFORM_LABEL_NAMESPACE in every message catalogue. */
  readonly labelKey: string;
  /** What a request is called when it reaches a public and a private account. */
  readonly requestKind: { readonly public: RequestKind; readonly private: AnsweredRequestKind };
  /** Visibility assumed when a profile does not say (DOMAIN.md "JSON shapes"). */
  readonly defaultVisibility: Visibility;
  /** Whether the questionnaire asks public or private: only where a public account can be followed at once. */
  readonly asksVisibility: boolean;
  /** Persona preselected in the questionnaire when the person says they use the platform. */
  readonly defaultPersona: Exclude<Persona, "absent">;
  /** The platform's own way to accept someone but limit what they see; null where it has none. */
  readonly limitTool: LimitTool | null;
  /** Whether following someone back is a thing on the platform (P3). */
  readonly followBack: boolean;
  /** Whether, in creative fields, the platform still works as a professional channel (P5). */
  readonly creativeWorkChannel: boolean;
  /**
   * Longest note an outgoing request can carry, in UTF-16 code units (an
   * emoji counts 2: never less than the platform's own counter), on a free
   * and on a paid account; null where a request carries no note.
   */
  readonly noteMaxLength: { readonly free: number; readonly premium: number } | null;
  /**
   * Whether a request that came without a message can still be answered
   * before accepting it. Where it cannot, declining is silent and no reply
   * template is offered; "ask what prompted it" becomes "accept, then ask".
   */
  readonly answerWithoutNote: boolean;
  /** Whether a public account can remove a follower without telling them (a public follow's "decline"). */
  readonly removeFollower: boolean;
}

/** Where the platform labels live in each catalogue (each language's lib/i18n/messages/<language>/app.json). */
export const PLATFORM_LABEL_NAMESPACE = "questionnaire.platformNames";

export const PLATFORM_FACTS = {
  linkedin: {
    name: "LinkedIn",
    labelKey: "linkedin",
    // PLATFORMS.md "needs approval": always (invitation).
    requestKind: { public: "invitation", private: "invitation" },
    defaultVisibility: "public",
    asksVisibility: false,
    defaultPersona: "professional",
    // PLATFORMS.md "hide your network": "Who can see your connections: Only you".
    limitTool: "hide_connections_linkedin",
    followBack: false,
    creativeWorkChannel: false,
    // PLATFORMS.md "note length when you send": 200 free, 300 with Premium /
    // Sales Navigator (compose box, Aug 2026); counted as JavaScript length.
    noteMaxLength: { free: 200, premium: 300 },
    // PLATFORMS.md "reply before accepting": the 2015–16 help offered a reply
    // on any invitation; later reports offer it only when the invitation
    // carries a message. Cautious reading: possible only with a message.
    // "saying no is silent": Ignore archives it and the sender is not told.
    answerWithoutNote: false,
    removeFollower: false,
  },
  x: {
    name: "X",
    labelKey: "x",
    // PLATFORMS.md "needs approval": only a protected account; a public one is followed at once.
    requestKind: { public: "follow", private: "follow_request" },
    defaultVisibility: "private",
    asksVisibility: true,
    defaultPersona: "civilian",
    // PLATFORMS.md "accept, but limit": none on X.
    limitTool: null,
    followBack: true,
    creativeWorkChannel: false,
    // PLATFORMS.md "the request carries a note": no.
    noteMaxLength: null,
    // PLATFORMS.md "first direct message": DMs reach them where their
    // settings allow; a follow request usually comes from someone you know,
    // who can also be told another way.
    answerWithoutNote: true,
    // PLATFORMS.md "remove someone quietly": "Remove this follower" (a soft block; not told, 2021).
    removeFollower: true,
  },
  facebook: {
    name: "Facebook",
    labelKey: "facebook",
    // PLATFORMS.md "needs approval": always (friend request).
    requestKind: { public: "friend_request", private: "friend_request" },
    defaultVisibility: "private",
    asksVisibility: false,
    defaultPersona: "civilian",
    // PLATFORMS.md "accept, but limit": the Restricted list (sees only public posts; not told).
    limitTool: "restrict_facebook",
    followBack: false,
    creativeWorkChannel: true,
    noteMaxLength: null,
    // PLATFORMS.md "first direct message": Messenger message requests reach non-friends.
    answerWithoutNote: true,
    // A friend list has no followers to remove ("follow instead of connect" is not used here).
    removeFollower: false,
  },
  instagram: {
    name: "Instagram",
    labelKey: "instagram",
    // PLATFORMS.md "needs approval": only a private account; a public one is followed at once.
    requestKind: { public: "follow", private: "follow_request" },
    defaultVisibility: "private",
    asksVisibility: true,
    defaultPersona: "civilian",
    // PLATFORMS.md "accept, but limit": Close Friends (stories only; the person is not told).
    limitTool: "close_friends_instagram",
    followBack: true,
    creativeWorkChannel: true,
    noteMaxLength: null,
    // PLATFORMS.md "first direct message": DM requests from non-followers.
    answerWithoutNote: true,
    // PLATFORMS.md "remove someone quietly": Remove follower.
    removeFollower: true,
  },
} as const satisfies Record<string, PlatformFacts>;

export type Platform = keyof typeof PLATFORM_FACTS;

/** The platform ids, in the registry's order (the questionnaire asks in this order). */
export const PLATFORMS: readonly Platform[] = Object.freeze(Object.keys(PLATFORM_FACTS) as Platform[]);

/** A record with one entry per platform, each made from the platform's id. */
export function byPlatform<T>(make: (platform: Platform) => T): Record<Platform, T> {
  const record = {} as Record<Platform, T>;
  for (const platform of PLATFORMS) record[platform] = make(platform);
  return record;
}

/** Platform names are proper nouns and are the same in every language. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = byPlatform((platform) => PLATFORM_FACTS[platform].name);
