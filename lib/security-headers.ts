// Security headers (OWASP ASVS V14/V50). Pages get a per-request nonce CSP
// from proxy.ts; everything else (API, files) gets the static set from next.config.ts.

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

export function staticSecurityHeaders({ https }: { https: boolean }): { key: string; value: string }[] {
  return [...assetSecurityHeaders({ https }), ...DOCUMENT_HEADERS];
}

/**
 * For Next's hashed script and style files: only what a browser applies to a
 * sub-resource. The document-only headers (framing, referrer, permissions,
 * opener) do nothing there and would add ~200 bytes to each of the dozen
 * files every page loads.
 */
export function assetSecurityHeaders({ https }: { https: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

const DOCUMENT_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
