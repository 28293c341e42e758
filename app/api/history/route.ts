import { currentUser } from "@/lib/auth/session";
import { historyStore } from "@/lib/data/history";
import { db } from "@/lib/db";
import { MAX_HISTORY_ENTRIES, ZEntryId, ZHistoryPost } from "@/lib/history/schema";
import { countHistoryRequest } from "@/lib/history/limit";
import { withErrorHandling } from "@/lib/http/handle";
import { FORBIDDEN_ORIGIN, jsonError, parseJsonBody } from "@/lib/http/json-body";
import { isSameOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

const NO_STORE = { headers: { "Cache-Control": "no-store" } };

/** The signed-in person, or the answer to send: 401 signed out, 429 past their limit. */
async function signedIn(request: Request): Promise<{ ok: true; id: string } | { ok: false; response: Response }> {
  const user = await currentUser(request.headers);
  if (!user) return { ok: false, response: jsonError("signedOut", "Sign in to use your decision history.") };
  const allowed = countHistoryRequest(user.id);
  if (!allowed.ok) {
    return {
      ok: false,
      response: jsonError(
        "tooManyRequests",
        "Too many requests. Please wait a moment and try again.",
        {},
        { "Retry-After": String(allowed.retryAfterSeconds) },
      ),
    };
  }
  return { ok: true, id: user.id };
}

/** An id from the query string, or null when it cannot exist (answered as not found, like another person's). */
function idParam(request: Request): string | null | undefined {
  const raw = new URL(request.url).searchParams.get("id");
  if (raw === null) return undefined;
  const id = ZEntryId.safeParse(raw);
  return id.success ? id.data : null;
}

/** GET /api/history — `{ entries, retention }`, newest first; `?id=` one entry (404 unless it is yours). */
export const GET = withErrorHandling(async function get(request: Request) {
  const who = await signedIn(request);
  if (!who.ok) return who.response;
  const id = idParam(request);
  if (id === undefined) return Response.json(await historyStore(db()).list(who.id), NO_STORE);
  const entry = id === null ? null : await historyStore(db()).get(who.id, id);
  if (!entry) return jsonError("notFound", "No such entry in your history.");
  return Response.json(entry, NO_STORE);
});

/** POST /api/history — `{ entries?, retention? }`: records entries (the same clientId twice is stored once) and/or sets the retention. */
export const POST = withErrorHandling(async function post(request: Request) {
  if (!isSameOrigin(request.headers)) return jsonError("forbidden", FORBIDDEN_ORIGIN);
  const who = await signedIn(request);
  if (!who.ok) return who.response;
  const input = await parseJsonBody(request, ZHistoryPost, "The history entry is not valid; nothing was recorded.");
  if (!input.ok) return input.response;
  const store = historyStore(db());
  const retention = input.data.retention === undefined ? await store.getRetention(who.id) : await store.setRetention(who.id, input.data.retention);
  if (!input.data.entries) return Response.json({ entries: [], retention }, NO_STORE);
  const added = await store.add(who.id, input.data.entries);
  if (added.ok) return Response.json({ entries: added.data, retention }, NO_STORE);
  return jsonError("conflict", `Your history is full (${MAX_HISTORY_ENTRIES} entries). Delete some entries before recording more.`, {
    reason: "full",
    entries: added.stored,
  });
});

/** DELETE /api/history?id=… — one entry (404 unless it is yours); `?all=true` — every entry. */
export const DELETE = withErrorHandling(async function remove(request: Request) {
  if (!isSameOrigin(request.headers)) return jsonError("forbidden", FORBIDDEN_ORIGIN);
  const who = await signedIn(request);
  if (!who.ok) return who.response;
  const params = new URL(request.url).searchParams;
  const store = historyStore(db());
  if (params.get("all") === "true" && !params.has("id")) return Response.json({ deleted: await store.removeAll(who.id) }, NO_STORE);
  const id = idParam(request);
  if (id === undefined) return jsonError("invalid", "Say which entry to delete (?id=…), or ?all=true for every entry.");
  if (id === null || !(await store.remove(who.id, id))) return jsonError("notFound", "No such entry in your history.");
  return Response.json({ deleted: 1 }, NO_STORE);
});
