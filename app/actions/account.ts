"use server";

import { signedInUser } from "@/app/actions/signed-in";
import { updateAccountDetails, ZAccountDetails } from "@/lib/data/account";
import type { Conflict, PolicyRecord } from "@/lib/data/policy";
import { db } from "@/lib/db";
import type { Failure, Result } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export type AccountDetailsResult = Result<PolicyRecord, Failure<"signedOut" | "forbidden" | "invalid"> | Conflict>;

/** Changes the display name, language and LinkedIn URL (lib/data/account.ts). */
export async function updateAccountDetailsAction(input: unknown): Promise<AccountDetailsResult> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const parsed = parseInput(ZAccountDetails, input);
  if (!parsed.ok) return parsed;
  return updateAccountDetails(db(), who.data.id, parsed.data);
}
