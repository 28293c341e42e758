import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { API_CSP, assetSecurityHeaders, staticSecurityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // ICU messages are compiled at build time, so the browser gets no message parser.
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // Server actions read at most 64 kB, like every route handler (lib/http/json-body.ts); Next's default is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "64kb" } },
  reactStrictMode: true,
  // The engine formats its replies with icu-minify (lib/engine/messages.ts); its catalogues are precompiled
  // like the interface's, so the browser gets a stub instead of the compiler and its parser.
  turbopack: { resolveAlias: { "icu-minify/compile": { browser: "./lib/i18n/precompiled-only.ts" } } },
  async headers() {
    // The same for every deployment; HSTS, which depends on SITE_URL, is added by proxy.ts when the app runs.
    return [
      // Everything but Next's hashed static files gets the full set; those get assetSecurityHeaders.
      { source: "/((?!_next/static/).*)", headers: staticSecurityHeaders() },
      { source: "/_next/static/:path*", headers: assetSecurityHeaders() },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default withNextIntl(nextConfig);
