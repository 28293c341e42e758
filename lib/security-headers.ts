// Security headers (OWASP ASVS V14/V50). next.config.ts sends the static set,
// which does not depend on the deployment, with every response Next routes;
// proxy.ts adds what is decided per request or when the app runs: the nonce CSP
// of pages and HSTS (from SITE_URL), on every response it sees.

export function pageCsp(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // Only scripts carrying this response's nonce, and what they load; no inline scripts otherwise.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes (progress bar width, toasts); no script can hide in them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Sent over https only: a browser that saw it keeps to https for two years. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** HSTS is decided when the app runs, so one build serves an http test instance and an https site alike. */
export function sendsHsts(siteUrl: string, nodeEnv: string): boolean {
  return siteUrl.startsWith("https:") && nodeEnv === "production";
}

export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [...assetSecurityHeaders(), ...DOCUMENT_HEADERS];
}

/**
 * For Next's hashed script and style files: only what a browser applies to a
 * sub-resource. The document-only headers (framing, referrer, permissions,
 * opener) do nothing there and would add ~200 bytes to each of the dozen
 * files every page loads.
 */
export function assetSecurityHeaders(): { key: string; value: string }[] {
  return [{ key: "X-Content-Type-Options", value: "nosniff" }];
}

const DOCUMENT_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
