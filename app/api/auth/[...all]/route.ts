import { toNextJsHandler } from "better-auth/next-js";

import { auth, CLIENT_ADDRESS_HEADER } from "@/lib/auth/server";
import { env } from "@/lib/env";
import { requestClientAddress } from "@/lib/http/client-address";
import { withErrorHandling } from "@/lib/http/handle";
import { FORBIDDEN_ORIGIN, jsonError, readBodyBytes } from "@/lib/http/json-body";
import { isSameOrigin } from "@/lib/http/origin";

/**
 * The request better-auth sees: its rate limits key on the client address
 * that lib/http/client-address.ts derives for every limit, passed in a header
 * set here (whatever the client sent under that name is replaced).
 */
function forAuth(request: Request, body?: Uint8Array | null): Request {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_ADDRESS_HEADER, requestClientAddress(request.headers, env().TRUSTED_PROXIES));
  return new Request(request, { headers, ...(body === undefined ? {} : { body: body as BodyInit | null }) });
}

export const GET = withErrorHandling((request: Request) => toNextJsHandler(auth()).GET(forAuth(request)));

// better-auth lets a POST without cookie, Origin or Referer through, reads bodies
// of any size and answers 500 when the body stream fails. Like every other
// state-changing handler, this one refuses a missing or foreign Origin and reads
// the body itself (64 kB at most: 413; a broken stream: 400) before better-auth.
export const POST = withErrorHandling(async (request: Request) => {
  if (!isSameOrigin(request.headers)) return jsonError("forbidden", FORBIDDEN_ORIGIN);
  const body = await readBodyBytes(request);
  if (!body.ok) return body.response;
  return toNextJsHandler(auth()).POST(forAuth(request, body.bytes));
});
