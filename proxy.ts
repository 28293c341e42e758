import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";

import { env } from "@/lib/env";
import { FORBIDDEN_ORIGIN, jsonError, MAX_JSON_BODY_BYTES, tooLarge } from "@/lib/http/json-body";
import { isSameOrigin } from "@/lib/http/origin";
import { routing } from "@/lib/i18n/routing";
import { API_CSP, HSTS, pageCsp, sendsHsts } from "@/lib/security-headers";

const handleI18nRouting = createMiddleware(routing);

/** What a path is: a page (language routing), the API, Next's own files, or any other file. */
function kindOf(pathname: string): "page" | "api" | "next" | "file" {
  if (/^\/api(\/|$)/.test(pathname)) return "api";
  if (/^\/_next(\/|$)/.test(pathname)) return "next";
  // A last segment with a dot: robots.txt, the manifest, icons, or a file that is not there.
  return /\.[^/]*$/.test(pathname) ? "file" : "page";
}

/**
 * A server action called from another site (or with no Origin), or declaring a body over the
 * limit: Next would abort it with a 500; Kindly answers plainly here, as its route handlers do.
 */
function refusedAction(request: NextRequest): Response | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const headers = { "Content-Security-Policy": API_CSP, "X-Content-Type-Options": "nosniff" };
  if (!isSameOrigin(request.headers)) return jsonError("forbidden", FORBIDDEN_ORIGIN, {}, headers);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BODY_BYTES) {
    return tooLarge(MAX_JSON_BODY_BYTES, headers);
  }
  return null;
}

function routed(request: NextRequest): Response {
  const kind = kindOf(request.nextUrl.pathname);
  if (kind === "api" || kind === "next") return NextResponse.next();
  // A fresh nonce per response: Next adds it to its own scripts when the
  // request carries the policy, so no inline script runs without it.
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  request.headers.set("content-security-policy", csp);
  request.headers.set("x-nonce", nonce);
  const response = kind === "page" ? handleI18nRouting(request) : NextResponse.next({ request: { headers: request.headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * Runs for every request Next routes (no matcher), so every answer it gives
 * gets the headers decided here: HSTS from SITE_URL when the app runs (one
 * build serves http and https deployments), and a fresh nonce CSP for
 * anything that may be an HTML page, the 404 page of a missing file among
 * them. The static headers come from next.config.ts; the API's CSP too.
 */
export default function proxy(request: NextRequest) {
  const response = refusedAction(request) ?? routed(request);
  if (sendsHsts(env().SITE_URL, env().NODE_ENV)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}
