"use server";

import { headers } from "next/headers";
import { z } from "zod";

import { currentUser } from "@/lib/auth/session";
import { policyStore, type PolicyRecord } from "@/lib/data/policy";
import { db } from "@/lib/db";
import { ZLanguage, ZLinkedinUrl, ZProfile } from "@/lib/engine";
import { fieldErrors, type FieldError } from "@/lib/http/json-body";
import { isSameOrigin } from "@/lib/http/origin";

const ZAccountDetails = z
  .object({
    displayName: ZProfile.shape.displayName,
    language: ZLanguage,
    linkedinUrl: z.union([z.literal(""), ZLinkedinUrl]),
    baseVersion: z.number().int().min(0),
  })
  .strict();

export type AccountDetailsResult =
  | { ok: true; data: PolicyRecord }
  | { ok: false; error: "signedOut" | "forbidden" | "conflict" }
  | { ok: false; error: "invalid"; fieldErrors: FieldError[] };

/** Changes the display name, language and LinkedIn URL: stored in the policy, the name also on the account. */
export async function updateAccountDetailsAction(input: unknown): Promise<AccountDetailsResult> {
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) return { ok: false, error: "forbidden" };
  const user = await currentUser(requestHeaders);
  if (!user) return { ok: false, error: "signedOut" };
  const parsed = ZAccountDetails.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };

  const { displayName, language, linkedinUrl, baseVersion } = parsed.data;
  const store = policyStore(db());
  const current = await store.getOwnPolicy(user.id);
  const base = current?.profile ?? ZProfile.parse({});
  const profile = { ...base, displayName, language, linkedinUrl: linkedinUrl || undefined };
  const saved = await store.savePolicy(user.id, { profile, baseVersion });
  if (!saved.ok) return saved.reason === "conflict" ? { ok: false, error: "conflict" } : { ok: false, error: "invalid", fieldErrors: saved.fieldErrors };
  await db().user.update({ where: { id: user.id }, data: { name: displayName || user.name } });
  return { ok: true, data: saved.policy };
}
