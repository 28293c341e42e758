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
import type { z } from "zod";

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

/** A change to a team: session, then the input parsed, then the per-account limit of writes, then the store. */
async function teamWrite<I, T>(
  schema: z.ZodType<I>,
  json: string,
  run: (userId: string, input: I) => Promise<TeamActionResult<T>>,
): Promise<TeamActionResult<T>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const input = parseJsonInput(schema, json);
  if (!input.ok) return input;
  return (await limited(who.data.id, "teamWritesPerAccount")) ?? run(who.data.id, input.data);
}

/** An invite link followed: session, then the per-account limit of tries, then the token (a malformed one is "invalid"). */
async function withInviteToken<T>(token: unknown, run: (userId: string, token: string) => Promise<TeamActionResult<T>>): Promise<TeamActionResult<T>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const tooMany = await limited(who.data.id, "teamInvitesPerAccount");
  if (tooMany) return tooMany;
  const parsed = ZInviteToken.safeParse(token);
  if (!parsed.success) return { ...fail("notFound"), reason: "invalid" };
  return run(who.data.id, parsed.data);
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
  return teamWrite(ZCreateTeam, json, (userId, input) => store().createTeam(userId, input));
}

export async function saveGuidelineAction(json: string): Promise<TeamActionResult<TeamView>> {
  return teamWrite(ZSaveGuideline, json, (userId, input) => store().saveGuideline(userId, input));
}

export async function createInviteAction(json: string): Promise<TeamActionResult<InviteView>> {
  return teamWrite(ZCreateInvite, json, (userId, input) => store().createInvite(userId, input.teamId, input.days));
}

export async function revokeInviteAction(json: string): Promise<TeamActionResult<true>> {
  return teamWrite(ZInviteRef, json, (userId, input) => store().revokeInvite(userId, input.teamId, input.inviteId));
}

/** What an invite link leads to (the team's name), or why it is refused. */
export async function previewInviteAction(token: unknown): Promise<TeamActionResult<InvitePreview>> {
  return withInviteToken(token, (_userId, valid) => store().previewInvite(valid));
}

export async function joinTeamAction(token: unknown): Promise<TeamActionResult<TeamView>> {
  return withInviteToken(token, (userId, valid) => store().joinTeam(userId, valid));
}

export async function leaveTeamAction(json: string): Promise<TeamActionResult<true>> {
  return teamWrite(ZTeamRef, json, (userId, input) => store().leaveTeam(userId, input.teamId));
}

export async function removeMemberAction(json: string): Promise<TeamActionResult<true>> {
  return teamWrite(ZMemberRef, json, (userId, input) => store().removeMember(userId, input.teamId, input.memberId));
}

export async function handOverAction(json: string): Promise<TeamActionResult<true>> {
  return teamWrite(ZMemberRef, json, (userId, input) => store().handOver(userId, input.teamId, input.memberId));
}

export async function deleteTeamAction(json: string): Promise<TeamActionResult<true>> {
  return teamWrite(ZTeamRef, json, (userId, input) => store().deleteTeam(userId, input.teamId));
}
