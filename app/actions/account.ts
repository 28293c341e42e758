"use server";

import { signedInUser } from "@/app/actions/signed-in";
import { updateAccountDetails, ZAccountDetails } from "@/lib/data/account";
import type { Conflict, PolicyRecord } from "@/lib/data/policy";
import { db } from "@/lib/db";
import type { Failure, Result } from "@/lib/errors";
import { parseJsonInput } from "@/lib/validation";

export type AccountDetailsResult = Result<PolicyRecord, Failure<"signedOut" | "forbidden" | "invalid"> | Conflict>;

/** Changes the display name, language and LinkedIn URL (lib/data/account.ts); `json` is ZAccountDetails as JSON. */
export async function updateAccountDetailsAction(json: string): Promise<AccountDetailsResult> {
  const who = await signedInUser();
  if (!who.ok) return who;
  const parsed = parseJsonInput(ZAccountDetails, json);
  if (!parsed.ok) return parsed;
  return updateAccountDetails(db(), who.data.id, parsed.data);
}
