import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";

import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { HSTS, pageCsp, sendsHsts } from "@/lib/security-headers";

const handleI18nRouting = createMiddleware(routing);

/** What a path is: a page (language routing), the API, Next's own files, or any other file. */
function kindOf(pathname: string): "page" | "api" | "next" | "file" {
  if (/^\/api(\/|$)/.test(pathname)) return "api";
  if (/^\/_next(\/|$)/.test(pathname)) return "next";
  // A last segment with a dot: robots.txt, the manifest, icons, or a file that is not there.
  return /\.[^/]*$/.test(pathname) ? "file" : "page";
}

/**
 * Runs for every request Next routes (see `config` below), so every answer it
 * gives gets the headers decided here: HSTS from SITE_URL when the app runs
 * (one build serves http and https deployments), and a fresh nonce CSP for
 * anything that may be an HTML page, the 404 page of a missing file among them.
 * The static headers come from next.config.ts; the API's CSP too.
 */
export default function proxy(request: NextRequest) {
  const kind = kindOf(request.nextUrl.pathname);
  let response: NextResponse;
  if (kind === "api" || kind === "next") {
    response = NextResponse.next();
  } else {
    // A fresh nonce per response: Next adds it to its own scripts when the
    // request carries the policy, so no inline script runs without it.
    const nonce = btoa(crypto.randomUUID());
    const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
    request.headers.set("content-security-policy", csp);
    request.headers.set("x-nonce", nonce);
    response = kind === "page" ? handleI18nRouting(request) : NextResponse.next({ request: { headers: request.headers } });
    response.headers.set("Content-Security-Policy", csp);
  }
  if (sendsHsts(env().SITE_URL, env().NODE_ENV)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

// No matcher: every path, Next's hashed files and the API included.
