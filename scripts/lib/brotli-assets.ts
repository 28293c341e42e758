import { createHash } from "node:crypto";
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import zlib from "node:zlib";

// Next's own server compresses with gzip only. Brotli at its highest quality
// makes the scripts and styles every page loads about 15% smaller (the
// questionnaire's JavaScript: 148 KiB gzipped, 127 KiB with brotli); it is too
// slow to run per request, so the build writes a `.br` file beside each hashed
// file once, and the server (scripts/server.ts) sends it to browsers that
// accept brotli. Everything else goes to Next as before.

const TYPES: Record<string, string> = { ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" };

/** Writes `<file>.br` beside every script and style in the build's static folder. Returns how many. */
export function precompressAssets(distDir = ".next"): number {
  let written = 0;
  for (const file of assetFiles(path.join(distDir, "static"))) {
    const source = fs.readFileSync(file);
    const compressed = zlib.brotliCompressSync(source, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    });
    if (compressed.length >= source.length) continue;
    fs.writeFileSync(`${file}.br`, compressed);
    written++;
  }
  return written;
}

function assetFiles(staticDir: string): string[] {
  if (!fs.existsSync(staticDir)) return [];
  return fs
    .readdirSync(staticDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && path.extname(entry.name) in TYPES)
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Whether an Accept-Encoding header lets us answer with brotli (`br` or `*`, with a quality above 0). */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  let brotli: number | null = null;
  let wildcard: number | null = null;
  for (const part of value.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (name.trim() === "br") brotli = Number.isFinite(quality) ? quality : 0;
    else if (name.trim() === "*") wildcard = Number.isFinite(quality) ? quality : 0;
  }
  return (brotli ?? wildcard ?? 0) > 0;
}

type Asset = { body: Buffer; etag: string; type: string };

/**
 * The headers next.config.ts gives Next's static files, as the build recorded
 * them in its routes manifest, so a file carries the same security headers
 * whichever of the two servers sends it.
 */
function staticFileHeaders(distDir: string): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as {
    headers?: { source: string; headers: { key: string; value: string }[] }[];
  };
  const rule = manifest.headers?.find((h) => h.source === "/_next/static/:path*");
  return Object.fromEntries((rule?.headers ?? []).map(({ key, value }) => [key, value]));
}

/**
 * A request handler for the brotli files made by `precompressAssets`. They are
 * read into memory when the server starts (about 250 kB in all), so a request's
 * path is only ever looked up, never joined to a folder, and nothing is opened
 * per request. It returns false for anything it does not answer: other paths,
 * methods and encodings, and range requests, which Next then serves as before.
 */
export function brotliAssetHandler(distDir: string) {
  const staticDir = path.join(distDir, "static");
  const assets = new Map<string, Asset>();
  for (const file of assetFiles(staticDir)) {
    const compressed = `${file}.br`;
    if (!fs.existsSync(compressed)) continue;
    const body = fs.readFileSync(compressed);
    const urlPath = `/_next/static/${path.relative(staticDir, file).split(path.sep).join("/")}`;
    const etag = `W/"br-${createHash("sha256").update(body).digest("base64url").slice(0, 16)}"`;
    assets.set(urlPath, { body, etag, type: TYPES[path.extname(file)]! });
  }
  const securityHeaders = staticFileHeaders(distDir);

  return function serve(request: IncomingMessage, response: ServerResponse): boolean {
    // Pages and API calls (every request but a static file's) leave at the first check.
    const url = request.url ?? "";
    if (!url.startsWith("/_next/static/") || (request.method !== "GET" && request.method !== "HEAD")) return false;
    const asset = assets.get(url.split("?")[0]!);
    if (!asset || request.headers.range !== undefined || !acceptsBrotli(request.headers["accept-encoding"])) return false;
    const headers = {
      ...securityHeaders,
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Type": asset.type,
      "Content-Encoding": "br",
      Vary: "Accept-Encoding",
      ETag: asset.etag,
    };
    if (request.headers["if-none-match"] === asset.etag) {
      response.writeHead(304, headers).end();
      return true;
    }
    response.writeHead(200, { ...headers, "Content-Length": String(asset.body.length) });
    response.end(request.method === "HEAD" ? undefined : asset.body);
    return true;
  };
}
