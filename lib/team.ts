import { z } from "zod";

import { lineText, ZBaseline, ZLanguage, type Baseline, type Language } from "@/lib/engine";
import type { Failure } from "@/lib/errors";

// The shapes of teams (issue 23; docs/decisions/0015-teams.md): the bounds of
// the one-slide guideline and the inputs of the team actions. Plain zod, so
// the browser's forms check the same bounds as the server (lib/data/team.ts).

export const TEAM_NAME_MAX = 80;
export const DONT_SHARE_MAX_ITEMS = 7;
export const DONT_SHARE_ITEM_MAX = 120;
export const ENCOURAGEMENT_MAX = 600;
export const EXAMPLES_MAX = 5;
export const EXAMPLE_LABEL_MAX = 80;
export const URL_MAX = 300;
/** How long a new invite link stays valid, in days, unless the owner picks another (1–30). */
export const INVITE_DAYS_DEFAULT = 7;
export const INVITE_DAYS_MAX = 30;
/** Open invite links per team at once. */
export const OPEN_INVITES_MAX = 5;

// Direction overrides and U+FFFD make text read differently from what it is (lib/engine/schemas.ts).
const NO_HIDDEN_CHARS = /^[^\u202a-\u202e\u2066-\u2069\ufffd]*$/;
// A few lines: newlines allowed, other control characters not.
const NO_CONTROL_BUT_NEWLINES = /^[^\u0000-\u0009\u000b-\u001f\u007f]*$/;

/** An https address without a user name or password, on one line. */
export const ZHttpsUrl = z
  .string()
  .max(URL_MAX * 4, { message: `Too long: at most ${URL_MAX} characters`, abort: true })
  .trim()
  .max(URL_MAX, { message: `Too long: at most ${URL_MAX} characters` })
  .regex(/^https:\/\/[^/\s]\S*$/i, { message: "Must be an https:// address" })
  .regex(NO_HIDDEN_CHARS, { message: "Contains a direction override or an undecodable character" })
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, message: "Must be an https:// address" }))
  .refine((url) => !/^https:\/\/[^/?#]*@/i.test(url), { message: "Must not contain a user name or password" });

export const ZTeamName = lineText(TEAM_NAME_MAX).pipe(z.string().min(1, { message: "Give the team a name" }));

export const ZGuideline = z
  .object({
    /** The language the owner wrote it in; members see it as written. */
    language: ZLanguage,
    /** What must not be shared: at most 7 items of up to 120 characters. */
    dontShare: z
      .array(lineText(DONT_SHARE_ITEM_MAX).pipe(z.string().min(1, { message: "Write something or remove the item" })))
      .max(DONT_SHARE_MAX_ITEMS, { message: `At most ${DONT_SHARE_MAX_ITEMS} items` }),
    /** Why presence helps, a few lines. */
    encouragement: z
      .string()
      .max(ENCOURAGEMENT_MAX * 4, { message: `Too long: at most ${ENCOURAGEMENT_MAX} characters`, abort: true })
      .trim()
      .max(ENCOURAGEMENT_MAX, { message: `Too long: at most ${ENCOURAGEMENT_MAX} characters` })
      .regex(NO_CONTROL_BUT_NEWLINES, { message: "Contains a control character" })
      .regex(NO_HIDDEN_CHARS, { message: "Contains a direction override or an undecodable character" })
      .refine((text) => text.split("\n").length <= 8, { message: "At most 8 lines" }),
    /** Good examples: up to 5 links. */
    examples: z
      .array(z.object({ label: lineText(EXAMPLE_LABEL_MAX).pipe(z.string().min(1, { message: "Name the example" })), url: ZHttpsUrl }).strict())
      .max(EXAMPLES_MAX, { message: `At most ${EXAMPLES_MAX} examples` }),
    /** The organisation's own LinkedIn page, if any ("" for none). */
    linkedinPage: z.union([z.literal(""), ZHttpsUrl]),
  })
  .strict();
export type Guideline = z.infer<typeof ZGuideline>;

export const ZTeamId = z.string().regex(/^[a-z0-9]{1,64}$/);

export const ZCreateTeam = z.object({ name: ZTeamName, language: ZLanguage }).strict();
export const ZSaveGuideline = z
  .object({
    teamId: ZTeamId,
    name: ZTeamName,
    guideline: ZGuideline,
    baseline: ZBaseline,
    baseVersion: z.number().int().min(1).max(2_147_483_647),
  })
  .strict();
export const ZCreateInvite = z.object({ teamId: ZTeamId, days: z.number().int().min(1).max(INVITE_DAYS_MAX) }).strict();
export const ZInviteRef = z.object({ teamId: ZTeamId, inviteId: ZTeamId }).strict();
export const ZMemberRef = z.object({ teamId: ZTeamId, memberId: ZTeamId }).strict();
export const ZTeamRef = z.object({ teamId: ZTeamId }).strict();
/** An invite link's token: `<invite id>.<HMAC>`. */
export const ZInviteToken = z.string().regex(/^[a-z0-9]{1,64}\.[A-Za-z0-9_-]{43}$/);

export type SaveGuideline = z.infer<typeof ZSaveGuideline>;

export type Role = "owner" | "member";
export type MemberView = { id: string; name: string; joinedAt: string; role: Role };
export type InviteView = { id: string; token: string; expiresAt: string };
export type TeamView = {
  id: string;
  name: string;
  guideline: Guideline;
  baseline: Baseline;
  version: number;
  role: Role;
  /** Only for the owner: who has joined, and nothing else about them. */
  members?: MemberView[];
  /** Only for the owner: the open invite links. */
  invites?: InviteView[];
};
/** Why an invite link is refused; said plainly on the join page. */
export type InviteRefusal = Failure<"notFound"> & { reason: "invalid" | "expired" | "revoked" };
export type InvitePreview = { teamName: string; expiresAt: string };

export function emptyGuideline(language: Language): Guideline {
  return { language, dontShare: [], encouragement: "", examples: [], linkedinPage: "" };
}
