"use server";

import { headers } from "next/headers";

import { currentUser, type SessionUser } from "@/lib/auth/session";
import { policyStore, type PolicyRecord, type SaveResult } from "@/lib/data/policy";
import { db } from "@/lib/db";
import { isSameOrigin } from "@/lib/http/origin";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: "signedOut" | "forbidden" | "notFound" } | Exclude<SaveResult, { ok: true }>;

// Thin actions: check the origin, read the session, let the data layer authorise and validate.

type Who = { user: SessionUser } | { error: "forbidden" | "signedOut" };

async function signedInUser(): Promise<Who> {
  const requestHeaders = await headers();
  // Next lets a server action without an Origin header through; Kindly does not.
  if (!isSameOrigin(requestHeaders)) return { error: "forbidden" };
  const user = await currentUser(requestHeaders);
  return user ? { user } : { error: "signedOut" };
}

export async function loadOwnPolicyAction(): Promise<ActionResult<PolicyRecord | null>> {
  const who = await signedInUser();
  if ("error" in who) return { ok: false, error: who.error };
  return { ok: true, data: await policyStore(db()).getOwnPolicy(who.user.id) };
}

export async function loadPolicyAction(policyId: unknown): Promise<ActionResult<PolicyRecord>> {
  const who = await signedInUser();
  if ("error" in who) return { ok: false, error: who.error };
  if (typeof policyId !== "string" || policyId.length > 64) return { ok: false, error: "notFound" };
  const policy = await policyStore(db()).getPolicyById(who.user.id, policyId);
  return policy ? { ok: true, data: policy } : { ok: false, error: "notFound" };
}

export async function savePolicyAction(input: unknown): Promise<ActionResult<PolicyRecord>> {
  const who = await signedInUser();
  if ("error" in who) return { ok: false, error: who.error };
  const result = await policyStore(db()).savePolicy(who.user.id, input);
  return result.ok ? { ok: true, data: result.policy } : result;
}

