import { toNextJsHandler } from "better-auth/next-js";

import { auth } from "@/lib/auth/server";
import { withErrorHandling } from "@/lib/http/handle";
import { FORBIDDEN_ORIGIN, jsonError, readBodyBytes } from "@/lib/http/json-body";
import { isSameOrigin } from "@/lib/http/origin";

export const GET = withErrorHandling((request: Request) => toNextJsHandler(auth()).GET(request));

// better-auth lets a POST without cookie, Origin or Referer through, reads bodies
// of any size and answers 500 when the body stream fails. Like every other
// state-changing handler, this one refuses a missing or foreign Origin and reads
// the body itself (64 kB at most: 413; a broken stream: 400) before better-auth.
export const POST = withErrorHandling(async (request: Request) => {
  if (!isSameOrigin(request.headers)) return jsonError(403, FORBIDDEN_ORIGIN);
  const body = await readBodyBytes(request);
  if (!body.ok) return body.response;
  return toNextJsHandler(auth()).POST(new Request(request, { body: body.bytes as BodyInit | null }));
});
