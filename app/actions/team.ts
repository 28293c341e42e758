"use server";

import { signedInUser } from "@/app/actions/signed-in";
import { countAttempt, type AttemptKind } from "@/lib/auth/limits";
import { secret } from "@/lib/auth/server";
import {
  teamStore,
  ZCreateInvite,
  ZCreateTeam,
  ZInviteRef,
  ZInviteToken,
  ZMemberRef,
  ZSaveGuideline,
  ZTeamRef,
  type InvitePreview,
  type InviteRefusal,
  type InviteView,
  type TeamView,
} from "@/lib/data/team";
import { db } from "@/lib/db";
import type { Baseline } from "@/lib/engine";
import { fail, type Failure, type Result } from "@/lib/errors";
import { parseJsonInput } from "@/lib/validation";

// Thin actions over lib/data/team.ts: Origin and session first
// (signedInUser), then a per-account limit counted in the database, then the
// input as one JSON string parsed with zod. Whatever the person may not
// reach is "notFound".

type Refused = Failure<"signedOut" | "forbidden" | "invalid" | "notFound" | "conflict" | "tooManyRequests">;
export type TeamActionResult<T> = Result<T, Refused | InviteRefusal>;

const store = () => teamStore(db(), secret());

async function limited(userId: string, kind: AttemptKind): Promise<Failure<"tooManyRequests"> | null> {
  const verdict = await countAttempt(db(), kind, userId);
  return verdict.ok ? null : fail("tooManyRequests");
}

/** The person's team as they may see it (null without one). */
export async function loadMyTeamAction(): Promise<TeamActionResult<TeamView | null>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  return { ok: true, data: await store().getMyTeam(who.data.id) };
}

/** The baseline of the person's own team, for the engine in the browser ({} without a team). */
export async function loadMyBaselineAction(): Promise<TeamActionResult<Baseline>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  return { ok: true, data: await store().myBaseline(who.data.id) };
}

export async function createTeamAction(json: string): Promise<TeamActionResult<TeamView>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const input = parseJsonInput(ZCreateTeam, json);
  if (!input.ok) return input;
  return (await limited(who.data.id, "teamWritesPerAccount")) ?? store().createTeam(who.data.id, input.data);
}

export async function saveGuidelineAction(json: string): Promise<TeamActionResult<TeamView>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const input = parseJsonInput(ZSaveGuideline, json);
  if (!input.ok) return input;
  return (await limited(who.data.id, "teamWritesPerAccount")) ?? store().saveGuideline(who.data.id, input.data);
}

export async function createInviteAction(json: string): Promise<TeamActionResult<InviteView>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const input = parseJsonInput(ZCreateInvite, json);
  if (!input.ok) return input;
  return (await limited(who.data.id, "teamWritesPerAccount")) ?? store().createInvite(who.data.id, input.data.teamId, input.data.days);
}

export async function revokeInviteAction(json: string): Promise<TeamActionResult<true>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const input = parseJsonInput(ZInviteRef, json);
  if (!input.ok) return input;
  return (await limited(who.data.id, "teamWritesPerAccount")) ?? store().revokeInvite(who.data.id, input.data.teamId, input.data.inviteId);
}

/** What an invite link leads to (the team's name), or why it is refused. */
export async function previewInviteAction(token: unknown): Promise<TeamActionResult<InvitePreview>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const tooMany = await limited(who.data.id, "teamInvitesPerAccount");
  if (tooMany) return tooMany;
  const parsed = ZInviteToken.safeParse(token);
  if (!parsed.success) return { ...fail("notFound"), reason: "invalid" };
  return store().previewInvite(parsed.data);
}

export async function joinTeamAction(token: unknown): Promise<TeamActionResult<TeamView>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const tooMany = await limited(who.data.id, "teamInvitesPerAccount");
  if (tooMany) return tooMany;
  const parsed = ZInviteToken.safeParse(token);
  if (!parsed.success) return { ...fail("notFound"), reason: "invalid" };
  return store().joinTeam(who.data.id, parsed.data);
}

export async function leaveTeamAction(json: string): Promise<TeamActionResult<true>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const input = parseJsonInput(ZTeamRef, json);
  if (!input.ok) return input;
  return (await limited(who.data.id, "teamWritesPerAccount")) ?? store().leaveTeam(who.data.id, input.data.teamId);
}

export async function removeMemberAction(json: string): Promise<TeamActionResult<true>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const input = parseJsonInput(ZMemberRef, json);
  if (!input.ok) return input;
  return (await limited(who.data.id, "teamWritesPerAccount")) ?? store().removeMember(who.data.id, input.data.teamId, input.data.memberId);
}

export async function handOverAction(json: string): Promise<TeamActionResult<true>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const input = parseJsonInput(ZMemberRef, json);
  if (!input.ok) return input;
  return (await limited(who.data.id, "teamWritesPerAccount")) ?? store().handOver(who.data.id, input.data.teamId, input.data.memberId);
}

export async function deleteTeamAction(json: string): Promise<TeamActionResult<true>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const input = parseJsonInput(ZTeamRef, json);
  if (!input.ok) return input;
  return (await limited(who.data.id, "teamWritesPerAccount")) ?? store().deleteTeam(who.data.id, input.data.teamId);
}
