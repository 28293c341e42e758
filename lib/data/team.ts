import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { z } from "zod";

import type { Db } from "@/lib/db-client";
import { lineText, ZBaseline, ZLanguage, type Baseline, type Language } from "@/lib/engine";
import { fail, type Failure, type Result } from "@/lib/errors";

// Teams (issue 23; docs/decisions/0015-teams.md). Every function takes the id
// of the signed-in person asking and reaches only what that person may see:
// their own team's guideline and baseline; an owner also sees who has joined
// (display name and date) and the open invite links. Nothing here reads a
// Policy row: no route to another person's policy, decisions or history
// starts in this file. A team, member or invite the person may not reach is
// "notFound", exactly like one that does not exist.

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

function parseStored<T>(schema: z.ZodType<T>, json: string, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** `secret` signs invite links (BETTER_AUTH_SECRET); only the functions that make or check links need it. */
export function teamStore(database: Db, secret?: string) {
  const sign = (inviteId: string, teamId: string, expiresAt: Date) => {
    if (!secret) throw new Error("teamStore: invite links need the signing secret");
    return createHmac("sha256", secret).update(`kindly-team-invite\n${inviteId}\n${teamId}\n${expiresAt.getTime()}`).digest("base64url");
  };
  const tokenOf = (invite: { id: string; teamId: string; expiresAt: Date }) => `${invite.id}.${sign(invite.id, invite.teamId, invite.expiresAt)}`;

  /** The person's membership with its team, or null. */
  function membershipOf(userId: string) {
    return database.teamMembership.findUnique({ where: { userId }, include: { team: true } });
  }

  /** The person's membership in `teamId` with the given role, or null (another team's id is simply not found). */
  async function roleIn(userId: string, teamId: string, role?: Role) {
    const membership = await database.teamMembership.findUnique({ where: { userId } });
    if (!membership || membership.teamId !== teamId) return null;
    if (role && membership.role !== role) return null;
    return membership;
  }

  async function getMyTeam(userId: string): Promise<TeamView | null> {
    const membership = await membershipOf(userId);
    if (!membership) return null;
    const { team } = membership;
    const role = membership.role === "owner" ? "owner" : "member";
    const view: TeamView = {
      id: team.id,
      name: team.name,
      guideline: parseStored(ZGuideline, team.guideline, emptyGuideline("en")),
      baseline: parseStored(ZBaseline, team.baseline, {}),
      version: team.version,
      role,
    };
    if (role !== "owner") return view;
    // The owner sees who has joined: a display name and a date. No email, no policy.
    const members = await database.teamMembership.findMany({
      where: { teamId: team.id },
      select: { id: true, role: true, joinedAt: true, user: { select: { name: true } } },
      orderBy: { joinedAt: "asc" },
    });
    const invites = await database.teamInvite.findMany({
      where: { teamId: team.id, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "asc" },
    });
    return {
      ...view,
      members: members.map((m) => ({ id: m.id, name: m.user.name, joinedAt: m.joinedAt.toISOString(), role: m.role === "owner" ? "owner" : "member" })),
      invites: invites.map((i) => ({ id: i.id, token: tokenOf(i), expiresAt: i.expiresAt.toISOString() })),
    };
  }

  /** The baseline of the person's own team ({} without one): the engine's input beside their profile. */
  async function myBaseline(userId: string): Promise<Baseline> {
    const membership = await membershipOf(userId);
    return membership ? parseStored(ZBaseline, membership.team.baseline, {}) : {};
  }

  async function createTeam(userId: string, input: z.infer<typeof ZCreateTeam>): Promise<Result<TeamView, Failure<"conflict">>> {
    if (await database.teamMembership.findUnique({ where: { userId } })) return fail("conflict");
    try {
      await database.team.create({
        data: {
          name: input.name,
          guideline: JSON.stringify(emptyGuideline(input.language)),
          baseline: "{}",
          memberships: { create: { userId, role: "owner" } },
        },
      });
    } catch (error) {
      // Two creations at once: the unique membership lets only one through.
      if (isUniqueViolation(error)) return fail("conflict");
      throw error;
    }
    return { ok: true, data: (await getMyTeam(userId))! };
  }

  async function saveGuideline(userId: string, input: SaveGuideline): Promise<Result<TeamView, Failure<"notFound" | "conflict">>> {
    if (!(await roleIn(userId, input.teamId, "owner"))) return fail("notFound");
    const saved = await database.team.updateMany({
      where: { id: input.teamId, version: input.baseVersion },
      data: { name: input.name, guideline: JSON.stringify(input.guideline), baseline: JSON.stringify(input.baseline), version: { increment: 1 } },
    });
    if (saved.count !== 1) return fail("conflict");
    return { ok: true, data: (await getMyTeam(userId))! };
  }

  async function createInvite(userId: string, teamId: string, days: number): Promise<Result<InviteView, Failure<"notFound" | "conflict">>> {
    if (!(await roleIn(userId, teamId, "owner"))) return fail("notFound");
    const open = await database.teamInvite.count({ where: { teamId, revokedAt: null, expiresAt: { gt: new Date() } } });
    if (open >= OPEN_INVITES_MAX) return fail("conflict");
    // Whole seconds, so the signed expiry is the stored one on both databases.
    const expiresAt = new Date(Math.floor(Date.now() / 1000) * 1000 + days * 24 * 60 * 60 * 1000);
    const invite = await database.teamInvite.create({ data: { teamId, expiresAt } });
    return { ok: true, data: { id: invite.id, token: tokenOf(invite), expiresAt: invite.expiresAt.toISOString() } };
  }

  async function revokeInvite(userId: string, teamId: string, inviteId: string): Promise<Result<true, Failure<"notFound">>> {
    if (!(await roleIn(userId, teamId, "owner"))) return fail("notFound");
    const revoked = await database.teamInvite.updateMany({ where: { id: inviteId, teamId, revokedAt: null }, data: { revokedAt: new Date() } });
    return revoked.count === 1 ? { ok: true, data: true } : fail("notFound");
  }

  /** The invite a token names, if its signature holds: refused as invalid, expired or revoked otherwise. */
  async function checkInvite(token: string): Promise<Result<{ teamId: string; teamName: string; expiresAt: Date }, InviteRefusal>> {
    const refuse = (reason: InviteRefusal["reason"]): InviteRefusal => ({ ...fail("notFound"), reason });
    if (!ZInviteToken.safeParse(token).success) return refuse("invalid");
    const [inviteId, signature] = token.split(".") as [string, string];
    const invite = await database.teamInvite.findUnique({ where: { id: inviteId }, include: { team: { select: { name: true } } } });
    if (!invite) return refuse("invalid");
    const expected = Buffer.from(sign(invite.id, invite.teamId, invite.expiresAt));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return refuse("invalid");
    if (invite.revokedAt) return refuse("revoked");
    if (invite.expiresAt.getTime() <= Date.now()) return refuse("expired");
    return { ok: true, data: { teamId: invite.teamId, teamName: invite.team.name, expiresAt: invite.expiresAt } };
  }

  async function previewInvite(token: string): Promise<Result<InvitePreview, InviteRefusal>> {
    const checked = await checkInvite(token);
    if (!checked.ok) return checked;
    return { ok: true, data: { teamName: checked.data.teamName, expiresAt: checked.data.expiresAt.toISOString() } };
  }

  async function joinTeam(userId: string, token: string): Promise<Result<TeamView, InviteRefusal | Failure<"conflict">>> {
    const checked = await checkInvite(token);
    if (!checked.ok) return checked;
    if (await database.teamMembership.findUnique({ where: { userId } })) return fail("conflict");
    try {
      await database.teamMembership.create({ data: { teamId: checked.data.teamId, userId, role: "member" } });
    } catch (error) {
      if (isUniqueViolation(error)) return fail("conflict");
      throw error;
    }
    return { ok: true, data: (await getMyTeam(userId))! };
  }

  /** A member leaves; their own policy (and its overrides) is untouched. An owner hands over or deletes instead. */
  async function leaveTeam(userId: string, teamId: string): Promise<Result<true, Failure<"notFound" | "conflict">>> {
    const membership = await roleIn(userId, teamId);
    if (!membership) return fail("notFound");
    if (membership.role === "owner") return fail("conflict");
    await database.teamMembership.deleteMany({ where: { id: membership.id, role: "member" } });
    return { ok: true, data: true };
  }

  /**
   * The owner removes a member. The team's open invite links are revoked with
   * it: the removed person may hold one, and must not be able to come back
   * through it (the owner makes a new link for the others).
   */
  async function removeMember(userId: string, teamId: string, memberId: string): Promise<Result<true, Failure<"notFound">>> {
    if (!(await roleIn(userId, teamId, "owner"))) return fail("notFound");
    const removed = await database.teamMembership.deleteMany({ where: { id: memberId, teamId, role: "member" } });
    if (removed.count !== 1) return fail("notFound");
    await database.teamInvite.updateMany({ where: { teamId, revokedAt: null }, data: { revokedAt: new Date() } });
    return { ok: true, data: true };
  }

  /** The owner hands the team over to a member, and stays on as a member. */
  async function handOver(userId: string, teamId: string, memberId: string): Promise<Result<true, Failure<"notFound">>> {
    const owner = await roleIn(userId, teamId, "owner");
    if (!owner) return fail("notFound");
    const target = await database.teamMembership.findFirst({ where: { id: memberId, teamId, role: "member" } });
    if (!target) return fail("notFound");
    // Promote first: a team is never without an owner, even if the second write fails.
    await database.teamMembership.update({ where: { id: target.id }, data: { role: "owner" } });
    await database.teamMembership.update({ where: { id: owner.id }, data: { role: "member" } });
    return { ok: true, data: true };
  }

  async function deleteTeam(userId: string, teamId: string): Promise<Result<true, Failure<"notFound">>> {
    if (!(await roleIn(userId, teamId, "owner"))) return fail("notFound");
    await database.team.deleteMany({ where: { id: teamId } });
    return { ok: true, data: true };
  }

  /**
   * Before an account is deleted: an owner with other members must first hand
   * over or delete the team ("conflict"); a team the person is alone in goes
   * with the account. A member's membership goes with the account by cascade.
   */
  async function beforeAccountDeletion(userId: string): Promise<Result<true, Failure<"conflict">>> {
    const membership = await database.teamMembership.findUnique({ where: { userId } });
    if (!membership || membership.role !== "owner") return { ok: true, data: true };
    const others = await database.teamMembership.count({ where: { teamId: membership.teamId, NOT: { userId } } });
    if (others > 0) return fail("conflict");
    await database.team.deleteMany({ where: { id: membership.teamId } });
    return { ok: true, data: true };
  }

  /** For the account export: the person's own membership (team name, role, date), nothing about others. */
  async function exportMembership(userId: string) {
    const membership = await membershipOf(userId);
    if (!membership) return null;
    return {
      team: membership.team.name,
      role: membership.role,
      joinedAt: membership.joinedAt.toISOString(),
      ...(membership.role === "owner"
        ? { guideline: parseStored(ZGuideline, membership.team.guideline, emptyGuideline("en")), baseline: parseStored(ZBaseline, membership.team.baseline, {}) }
        : {}),
    };
  }

  return {
    getMyTeam,
    myBaseline,
    createTeam,
    saveGuideline,
    createInvite,
    revokeInvite,
    previewInvite,
    joinTeam,
    leaveTeam,
    removeMember,
    handOver,
    deleteTeam,
    beforeAccountDeletion,
    exportMembership,
  };
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
