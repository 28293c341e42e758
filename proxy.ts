import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";

import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { pageCsp } from "@/lib/security-headers";

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
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
