"use server";

import { signedInUser } from "@/app/actions/signed-in";
import { policyStore, ZPolicyId, ZSavePolicy, type Conflict, type PolicyRecord } from "@/lib/data/policy";
import { db } from "@/lib/db";
import { fail, type Failure, type Result } from "@/lib/errors";
import { parseJsonInput } from "@/lib/validation";

// Thin actions: check the origin and session, parse the input, call the data layer. Inputs with
// fields come as one JSON string (lib/validation.ts, parseJsonInput).

type Refused = Failure<"signedOut" | "forbidden" | "notFound" | "invalid">;
export type ActionResult<T> = Result<T, Refused | Conflict>;

export async function loadOwnPolicyAction(): Promise<ActionResult<PolicyRecord | null>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  return { ok: true, data: await policyStore(db()).getOwnPolicy(who.data.id) };
}

export async function loadPolicyAction(policyId: unknown): Promise<ActionResult<PolicyRecord>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  // An id that cannot exist is not found, like another person's.
  const id = ZPolicyId.safeParse(policyId);
  if (!id.success) return fail("notFound");
  const policy = await policyStore(db()).getPolicyById(who.data.id, id.data);
  return policy ? { ok: true, data: policy } : fail("notFound");
}

export async function savePolicyAction(json: string): Promise<ActionResult<PolicyRecord>> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const parsed = parseJsonInput(ZSavePolicy, json);
  if (!parsed.ok) return parsed;
  return policyStore(db()).savePolicy(who.data.id, parsed.data);
}
