import { toNextJsHandler } from "better-auth/next-js";
import type { z } from "zod";

import { ZChangePassword, ZDeleteUser, ZSignIn, ZSignOut, ZSignUp } from "@/lib/auth/inputs";
import { accountKey, clearAttempts, countAttempt, type AttemptKind } from "@/lib/auth/limits";
import { auth, CLIENT_ADDRESS_HEADER, trustedOrigins } from "@/lib/auth/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestClientAddress } from "@/lib/http/client-address";
import { withErrorHandling } from "@/lib/http/handle";
import { decodeJson, jsonError, readBodyBytes } from "@/lib/http/json-body";
import { parseInput } from "@/lib/validation";

/**
 * The better-auth endpoints Kindly uses, each with the body it takes; every
 * other endpoint answers 404. (Details such as the name are changed through
 * Kindly's own validated action, so better-auth's `update-user` and the like
 * are not exposed.)
 */
const GET_ENDPOINTS = ["/get-session"];
const POST_BODIES: Record<string, z.ZodType> = {
  "/sign-up/email": ZSignUp,
  "/sign-in/email": ZSignIn,
  "/sign-out": ZSignOut,
  "/change-password": ZChangePassword,
  "/delete-user": ZDeleteUser,
};

function endpoint(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
}

const notExposed = () => jsonError("notFound", "No such endpoint.");

/**
 * The request better-auth sees: the validated body, and the client address
 * that lib/http/client-address.ts derives for every limit, in a header set
 * here (whatever the client sent under that name is replaced).
 */
function forAuth(request: Request, body?: unknown): Request {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_ADDRESS_HEADER, requestClientAddress(request.headers));
  if (body === undefined) return new Request(request, { headers });
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Request(request, { headers, body: JSON.stringify(body) });
}

/**
 * better-auth takes sign-in and sign-up only from the site's own origins
 * (lib/auth/server.ts trustedOrigins). Refused here first, with the address to
 * open, so a person who reached the site under another name can be told where to go.
 */
function refusedOrigin(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (origin && trustedOrigins(env().SITE_URL).includes(origin)) return null;
  const site = env().SITE_URL;
  return jsonError("forbidden", `This request must come from Kindly's own address; open ${site} and try again.`, { site });
}

const tooMany = (retryAfterSeconds: number) =>
  jsonError("tooManyRequests", "Too many attempts; wait a moment and try again.", { retryAfterSeconds }, { "Retry-After": String(retryAfterSeconds) });

/** Counts the attempt against each limit in turn; the first one used up answers 429. */
async function countAttempts(limits: [AttemptKind, string][]): Promise<Response | null> {
  for (const [kind, key] of limits) {
    const verdict = await countAttempt(db(), kind, key);
    if (!verdict.ok) return tooMany(verdict.retryAfterSeconds);
  }
  return null;
}

/** The per-account and site-wide limits of an endpoint (better-auth counts per address on top). */
async function accountLimits(path: string, input: Record<string, unknown>, request: Request): Promise<[AttemptKind, string][]> {
  switch (path) {
    case "/sign-in/email":
      return [["signInPerAccount", accountKey(String(input.email))]];
    case "/sign-up/email":
      return [
        ["signUpPerAddress", requestClientAddress(request.headers)],
        ["signUpOverall", "site"],
      ];
    case "/change-password": {
      const session = await auth().api.getSession({ headers: request.headers });
      // Without a session better-auth answers 401 itself.
      return session ? [["passwordChangePerAccount", session.user.id]] : [];
    }
    default:
      return [];
  }
}

export const GET = withErrorHandling((request: Request) => {
  if (!GET_ENDPOINTS.includes(endpoint(request))) return notExposed();
  return toNextJsHandler(auth()).GET(forAuth(request));
});

// Before better-auth: the Origin must be the site's (better-auth lets a POST
// without cookie, Origin or Referer through), the body is read here (64 kB at
// most: 413; a broken stream: 400) and must match the endpoint's schema.
export const POST = withErrorHandling(async (request: Request) => {
  const path = endpoint(request);
  const schema = POST_BODIES[path];
  if (!schema) return notExposed();
  const refused = refusedOrigin(request);
  if (refused) return refused;
  const body = await readBodyBytes(request);
  if (!body.ok) return body.response;
  // Signing out may come with no body at all.
  const json = path === "/sign-out" && !body.bytes?.byteLength ? { ok: true as const, data: {} } : decodeJson(body.bytes);
  if (!json.ok) return json.response;
  const input = parseInput(schema, json.data);
  if (!input.ok) return jsonError("invalid", "The input is not valid.", { fieldErrors: input.fieldErrors ?? [] });
  const data = input.data as Record<string, unknown>;

  const limited = await countAttempts(await accountLimits(path, data, request));
  if (limited) return limited;
  const response = await toNextJsHandler(auth()).POST(forAuth(request, data));
  if (path === "/sign-in/email" && response.ok) await clearAttempts(db(), "signInPerAccount", accountKey(String(data.email)));
  return response;
});
