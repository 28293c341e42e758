import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { acceptsBrotli, brotliAssetHandler, precompressAssets } from "@/scripts/lib/brotli-assets";

describe("which Accept-Encoding headers allow brotli", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br;q=0.5, gzip", true],
    ["*", true],
    ["gzip, *;q=0.1", true],
    ["BR", true],
    ["br;q=0", false],
    ["br;q=0, *", false],
    ["*;q=0", false],
    ["gzip, deflate", false],
    ["", false],
    [undefined, false],
    ["br;q=nonsense", false],
  ])("%j → %s", (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });
});

describe("serving the brotli copies of a build", () => {
  let dist: string;
  let server: http.Server;
  let base: string;
  const script = `console.log(${JSON.stringify("kindly ".repeat(400))});`;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-br-"));
    fs.mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
    fs.mkdirSync(path.join(dist, "server"), { recursive: true });
    fs.writeFileSync(path.join(dist, "static/chunks/app.js"), script);
    fs.writeFileSync(path.join(dist, "static/chunks/app.css"), "body{margin:0}".repeat(100));
    fs.writeFileSync(path.join(dist, "static/chunks/tiny.js"), "1");
    fs.writeFileSync(path.join(dist, "server/secret.js"), script);
    // The static files' headers as next.config.ts sets them (here with HSTS, as for an https SITE_URL).
    const assetHeaders = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    ];
    const pageHeaders = [{ key: "X-Frame-Options", value: "DENY" }];
    fs.writeFileSync(
      path.join(dist, "routes-manifest.json"),
      JSON.stringify({ headers: [{ source: "/((?!_next/static/).*)", headers: pageHeaders }, { source: "/_next/static/:path*", headers: assetHeaders }] }),
    );
    expect(precompressAssets(dist)).toBe(2); // tiny.js would not get smaller
    const serve = brotliAssetHandler(dist);
    server = http.createServer((request, response) => {
      if (!serve(request, response)) response.writeHead(404, { "X-Handled-By": "next" }).end("next");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dist, { recursive: true, force: true });
  });

  /** A raw request, so nothing decodes the body on the way. */
  function get(urlPath: string, headers: http.OutgoingHttpHeaders = {}, method = "GET") {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const request = http.request(`${base}${urlPath}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on("error", reject);
      request.end();
    });
  }

  it("sends the brotli file, with the headers the build gives static files, to a browser that accepts it", async () => {
    const response = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip, br" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers["x-frame-options"]).toBeUndefined();
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(response.body).toString()).toBe(script);

    const css = await get("/_next/static/chunks/app.css?v=1", { "accept-encoding": "br" });
    expect(css.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(zlib.brotliDecompressSync(css.body).toString()).toBe("body{margin:0}".repeat(100));
  });

  it("answers a repeated request with 304, and HEAD with the headers alone", async () => {
    const first = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" });
    const again = await get("/_next/static/chunks/app.js", { "accept-encoding": "br", "if-none-match": first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(first.headers["content-length"]);
    expect(head.body.length).toBe(0);
  });

  it("leaves to Next whatever it has no brotli file for or may not send", async () => {
    const cases: [string, http.OutgoingHttpHeaders, string?][] = [
      ["/_next/static/chunks/app.js", { "accept-encoding": "gzip" }],
      ["/_next/static/chunks/app.js", { "accept-encoding": "br;q=0" }],
      ["/_next/static/chunks/app.js", { "accept-encoding": "br", range: "bytes=0-10" }],
      ["/_next/static/chunks/app.js", { "accept-encoding": "br" }, "POST"],
      ["/_next/static/chunks/tiny.js", { "accept-encoding": "br" }],
      ["/_next/static/chunks/app.js.br", { "accept-encoding": "br" }],
      ["/_next/static/chunks/../../server/secret.js", { "accept-encoding": "br" }],
      ["/_next/static/chunks/%2e%2e/%2e%2e/server/secret.js", { "accept-encoding": "br" }],
      ["/en/questionnaire", { "accept-encoding": "br" }],
    ];
    for (const [urlPath, headers, method] of cases) {
      const response = await get(urlPath, headers, method);
      expect(response.headers["x-handled-by"], `${method ?? "GET"} ${urlPath} ${JSON.stringify(headers)}`).toBe("next");
    }
  });
});
