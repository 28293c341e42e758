import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";

import { env } from "@/lib/env";
import { FORBIDDEN_ORIGIN, jsonError, MAX_JSON_BODY_BYTES } from "@/lib/http/json-body";
import { isSameOrigin } from "@/lib/http/origin";
import { routing } from "@/lib/i18n/routing";
import { API_CSP, pageCsp } from "@/lib/security-headers";

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // A server action called from another site (or with no Origin), or declaring a body over the
  // limit: Next would abort it with a 500; Kindly answers plainly here, as its route handlers do.
  if (request.method === "POST" && request.headers.has("next-action")) {
    const headers = { "Content-Security-Policy": API_CSP, "X-Content-Type-Options": "nosniff" };
    if (!isSameOrigin(request.headers)) return jsonError("forbidden", FORBIDDEN_ORIGIN, {}, headers);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BODY_BYTES) {
      return jsonError("tooLarge", `The request body is too large: at most ${MAX_JSON_BODY_BYTES / 1024} kB.`, {}, headers);
    }
  }
  // A fresh nonce per response: Next adds it to its own scripts when the
  // request carries the policy, so no inline script runs without it.
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  request.headers.set("content-security-policy", csp);
  request.headers.set("x-nonce", nonce);
  const response = handleI18nRouting(request);
  response.headers.set("Content-Security-Policy", csp);
  // Decided when the app runs (not when it was built): HSTS wherever the site is served over https.
  if (env().SITE_URL.startsWith("https:") && env().NODE_ENV === "production") {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

export const config = {
  // Pages only: not the API, Next's own files, or files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
