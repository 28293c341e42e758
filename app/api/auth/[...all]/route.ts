import { toNextJsHandler } from "better-auth/next-js";
import { z } from "zod";

import { auth, CLIENT_ADDRESS_HEADER } from "@/lib/auth/server";
import { requestClientAddress } from "@/lib/http/client-address";
import { withErrorHandling } from "@/lib/http/handle";
import { decodeJson, FORBIDDEN_ORIGIN, jsonError, readBodyBytes } from "@/lib/http/json-body";
import { isSameOrigin } from "@/lib/http/origin";
import { parseInput } from "@/lib/validation";

/**
 * The better-auth endpoints Kindly uses; every other one answers 404. (Details
 * such as the name are changed through Kindly's own validated action, so
 * better-auth's `update-user` and the like are not exposed.)
 */
const EXPOSED = { GET: ["/get-session"], POST: ["/sign-up/email", "/sign-in/email", "/sign-out", "/change-password", "/delete-user"] } as const;

/** Deleting an account always needs its password (better-auth would also accept a recent session alone). */
const ZDeleteUser = z.object({ password: z.string().min(1, "Enter your password to delete the account.") });

function endpoint(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
}

const notExposed = () => jsonError("notFound", "No such endpoint.");

/**
 * The request better-auth sees: its rate limits key on the client address
 * that lib/http/client-address.ts derives for every limit, passed in a header
 * set here (whatever the client sent under that name is replaced).
 */
function forAuth(request: Request, body?: Uint8Array | null): Request {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_ADDRESS_HEADER, requestClientAddress(request.headers));
  return new Request(request, { headers, ...(body === undefined ? {} : { body: body as BodyInit | null }) });
}

export const GET = withErrorHandling((request: Request) => {
  if (!(EXPOSED.GET as readonly string[]).includes(endpoint(request))) return notExposed();
  return toNextJsHandler(auth()).GET(forAuth(request));
});

// better-auth lets a POST without cookie, Origin or Referer through, reads bodies
// of any size and answers 500 when the body stream fails. Like every other
// state-changing handler, this one refuses a missing or foreign Origin and reads
// the body itself (64 kB at most: 413; a broken stream: 400) before better-auth.
export const POST = withErrorHandling(async (request: Request) => {
  const path = endpoint(request);
  if (!(EXPOSED.POST as readonly string[]).includes(path)) return notExposed();
  if (!isSameOrigin(request.headers)) return jsonError("forbidden", FORBIDDEN_ORIGIN);
  const body = await readBodyBytes(request);
  if (!body.ok) return body.response;
  if (path === "/delete-user") {
    const json = decodeJson(body.bytes);
    if (!json.ok) return json.response;
    const input = parseInput(ZDeleteUser, json.data);
    if (!input.ok) return jsonError("invalid", "Enter your password to delete the account.", { fieldErrors: input.fieldErrors ?? [] });
  }
  return toNextJsHandler(auth()).POST(forAuth(request, body.bytes));
});
