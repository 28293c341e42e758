/**
 * Facebook's and Instagram's JSON lists (FORMATS.md §3–4), recognised by
 * their root key, or for Instagram's keyless 2026 form by the file name.
 * Every string goes through the mojibake repair.
 */
import { z } from "zod";

import { repairMojibake } from "./mojibake";
import type { PendingRequest } from "./schemas";

/** What a JSON list is, by its root key. */
export type MetaListKind =
  | { kind: "facebook_received" }
  | { kind: "instagram_received" }
  | { kind: "outgoing"; platform: "facebook" | "instagram" }
  | { kind: "connections"; platform: "facebook" | "instagram" };

const ROOT_KEYS: Record<string, MetaListKind> = {
  received_requests_v2: { kind: "facebook_received" },
  received_requests: { kind: "facebook_received" },
  sent_requests_v2: { kind: "outgoing", platform: "facebook" },
  sent_requests: { kind: "outgoing", platform: "facebook" },
  rejected_requests_v2: { kind: "connections", platform: "facebook" },
  rejected_requests: { kind: "connections", platform: "facebook" },
  friends_v2: { kind: "connections", platform: "facebook" },
  friends: { kind: "connections", platform: "facebook" },
  deleted_friends_v2: { kind: "connections", platform: "facebook" },
  deleted_friends: { kind: "connections", platform: "facebook" },
  followers_v3: { kind: "connections", platform: "facebook" },
  followers_v2: { kind: "connections", platform: "facebook" },
  relationships_follow_requests_received: { kind: "instagram_received" },
  relationships_follow_requests_sent: { kind: "outgoing", platform: "instagram" },
  relationships_permanent_follow_requests: { kind: "outgoing", platform: "instagram" },
  relationships_following: { kind: "connections", platform: "instagram" },
  relationships_followers: { kind: "connections", platform: "instagram" },
  relationships_close_friends: { kind: "connections", platform: "instagram" },
  relationships_restricted_users: { kind: "connections", platform: "instagram" },
  relationships_blocked_users: { kind: "connections", platform: "instagram" },
  relationships_hide_stories_from: { kind: "connections", platform: "instagram" },
  relationships_unfollowed_users: { kind: "connections", platform: "instagram" },
};

/** The root key's meaning, and the list under it (null: no known key). */
export function classifyMetaJson(json: unknown): { list: MetaListKind; items: unknown } | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  for (const [key, value] of Object.entries(json)) {
    const list = ROOT_KEYS[key];
    if (list) return { list, items: value };
  }
  return null;
}

/** Meta writes a one-item list as the item itself in places (FORMATS.md §4 Form 3). */
function asList(items: unknown): unknown[] {
  if (Array.isArray(items)) return items;
  if (typeof items === "object" && items !== null) return [items];
  return [];
}

/** Unix seconds (or, defensively, milliseconds) as ISO 8601 UTC. */
function fromUnix(value: unknown): string | undefined {
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number) || number <= 0) return undefined;
  const ms = number > 1e12 ? number : number * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

const ZFacebookEntry = z.looseObject({ name: z.string(), timestamp: z.unknown().optional() });

export function facebookRequests(items: unknown, source: string): PendingRequest[] {
  const requests: PendingRequest[] = [];
  for (const item of asList(items)) {
    const entry = ZFacebookEntry.safeParse(item);
    if (!entry.success) continue;
    const name = repairMojibake(entry.data.name).trim();
    if (!name) continue;
    const sentAt = fromUnix(entry.data.timestamp);
    requests.push({ platform: "facebook", name, ...(sentAt ? { sentAt } : {}), status: "pending", source });
  }
  return requests;
}

const ZStringListData = z.looseObject({ href: z.string().optional(), value: z.string().optional(), timestamp: z.unknown().optional() });
const ZLabelValue = z.looseObject({ label: z.string().optional(), value: z.string().optional(), href: z.string().optional() });
const ZInstagramEntry = z.looseObject({
  title: z.string().optional(),
  timestamp: z.unknown().optional(),
  string_list_data: z.unknown().optional(),
  label_values: z.unknown().optional(),
});

const USERNAME_LABEL = /user|usu[aá]rio|utilisateur|benutzer|käyttäjä|brukernavn|användarnamn|brugernavn|handle/i;
const NAME_LABEL = /^(name|nome|nombre|nom|nimi|navn|namn|naam)$/i;

/** `https://www.instagram.com/<handle>` or the 2025–26 deep link `…/_u/<handle>`. */
function handleFromUrl(url: string): string | undefined {
  const match = /instagram\.com\/(?:_u\/)?([A-Za-z0-9._]+)/i.exec(url);
  return match ? match[1] : undefined;
}

function cleanHandle(raw: string | undefined): string | undefined {
  const handle = raw ? repairMojibake(raw).trim().replace(/^@/, "") : "";
  return handle || undefined;
}

/**
 * One incoming follow request in any of the three documented forms; handle
 * lookup order `string_list_data[0].value` → `title` → username label → URL
 * (FORMATS.md §4). JSON has no display name except the label form's.
 */
function instagramRequest(item: unknown, source: string): PendingRequest | null {
  const entry = ZInstagramEntry.safeParse(item);
  if (!entry.success) return null;
  const stringData = asList(entry.data.string_list_data)
    .map((data) => ZStringListData.safeParse(data))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
  const labels = asList(entry.data.label_values)
    .map((data) => ZLabelValue.safeParse(data))
    .flatMap((parsed) => (parsed.success ? [{ ...parsed.data, label: repairMojibake(parsed.data.label ?? "") }] : []));
  const first = stringData[0];
  const urlLabel = labels.find((label) => /^(url|link|href)$/i.test(label.label));
  const url = first?.href || urlLabel?.value || urlLabel?.href || undefined;
  const usernameLabel = labels.find((label) => USERNAME_LABEL.test(label.label));
  const nameLabel = labels.find((label) => NAME_LABEL.test(label.label));
  const handle = cleanHandle(first?.value) ?? cleanHandle(entry.data.title) ?? cleanHandle(usernameLabel?.value) ?? (url ? handleFromUrl(url) : undefined);
  const displayName = nameLabel?.value ? repairMojibake(nameLabel.value).trim() : "";
  const name = displayName || handle;
  if (!name) return null;
  const sentAt = fromUnix(first?.timestamp ?? entry.data.timestamp);
  return {
    platform: "instagram",
    name,
    ...(handle ? { handle, profileUrl: `https://www.instagram.com/${handle}` } : {}),
    ...(sentAt ? { sentAt } : {}),
    status: "pending",
    source,
  };
}

export function instagramRequests(items: unknown, source: string): PendingRequest[] {
  return asList(items).flatMap((item) => instagramRequest(item, source) ?? []);
}

/** Instagram's keyless 2026 form: a top-level array (or a lone object) of entries. */
export function isKeylessInstagramList(json: unknown): boolean {
  if (Array.isArray(json)) return true;
  return typeof json === "object" && json !== null && ("label_values" in json || "string_list_data" in json);
}
