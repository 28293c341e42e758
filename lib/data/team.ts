import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import type { z } from "zod";

import type { Db } from "@/lib/db-client";
import { ZBaseline, type Baseline } from "@/lib/engine";
import { fail, type Failure, type Result } from "@/lib/errors";
import {
  emptyGuideline,
  OPEN_INVITES_MAX,
  ZCreateTeam,
  ZGuideline,
  ZInviteToken,
  type InvitePreview,
  type InviteRefusal,
  type InviteView,
  type Role,
  type SaveGuideline,
  type TeamView,
} from "@/lib/team";

export * from "@/lib/team";

// Teams (issue 23; docs/decisions/0015-teams.md). Every function takes the id
// of the signed-in person asking and reaches only what that person may see:
// their own team's guideline and baseline; an owner also sees who has joined
// (display name and date) and the open invite links. Nothing here reads a
// Policy row: no route to another person's policy, decisions or history
// starts in this file. A team, member or invite the person may not reach is
// "notFound", exactly like one that does not exist.

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
