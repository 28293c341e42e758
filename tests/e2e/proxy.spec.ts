import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { ensureCaddy, startCaddy } from "../../scripts/lib/caddy-proxy";
import { ensureNginx, startNginx } from "../../scripts/lib/nginx-proxy";
import { SECRET, startInstance, type Instance } from "./instances";

// Kindly behind the documented reverse proxies, deploy/nginx/kindly.conf and
// deploy/Caddyfile (only ports and paths replaced): what Next.js would answer
// with a bare 500 or after reading a large body, the proxy answers itself,
// with Kindly's security headers; every answer carries HSTS; the client's
// address reaches the rate limits and a client's own X-Forwarded-For does not.

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

// Ports from this worktree's range (KINDLY_E2E_PORT is 3220 here): nginx, Caddy, the app behind them.
const NGINX_PORT = 3221;
const CADDY_PORT = 3222;
const APP_PORT = 3223;
const DECIDE_LIMIT = 3;

let app: Instance;
let dir: string;
const stops: (() => Promise<void>)[] = [];

test.beforeAll(async () => {
  ensureNginx();
  ensureCaddy();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-proxy-"));
  app = await startInstance(
    {
      DATABASE_URL: `file:${path.join(dir, "kindly.db")}`,
      BETTER_AUTH_SECRET: SECRET,
      SITE_URL: `http://127.0.0.1:${NGINX_PORT}`,
      TRUSTED_PROXIES: "127.0.0.1",
      DECIDE_RATE_LIMIT_PER_MINUTE: String(DECIDE_LIMIT),
    },
    { port: APP_PORT },
  );
  stops.push(() => app.stop());
  stops.push((await startNginx(path.join(dir, "nginx"), [{ name: "kindly", upstreamPort: APP_PORT, listenPort: NGINX_PORT }])).stop);
  stops.push((await startCaddy(path.join(dir, "caddy"), { upstreamPort: APP_PORT, listenPort: CADDY_PORT })).stop);
});

test.afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One request as sent, byte for byte: any method (fetch refuses TRACE), a
 * path not normalised (`/%`), from a chosen loopback address.
 */
function send(port: number, method: string, target: string, options: { headers?: Record<string, string>; body?: string | Buffer; from?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, method, path: target, headers: options.headers, localAddress: options.from, agent: false },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    // A proxy may answer 413 and close before the whole body is sent.
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    request.end(options.body);
  });
}

const HSTS = "max-age=63072000; includeSubDomains";

/** HSTS once, and the headers every answer of Kindly's carries; an answer the proxy makes itself gets the API's strict CSP. */
function expectSecurityHeaders(answer: Answer, what: string) {
  expect(answer.headers["strict-transport-security"], what).toBe(HSTS);
  expect(answer.headers["x-content-type-options"], what).toBe("nosniff");
  expect(answer.headers["x-frame-options"], what).toBe("DENY");
  expect(answer.headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
}

const PROXIES = [
  { name: "nginx", port: NGINX_PORT },
  { name: "Caddy", port: CADDY_PORT },
] as const;

for (const proxy of PROXIES) {
  test.describe(`through ${proxy.name}`, () => {
    test("a page, the API, Next's files and robots.txt pass through, each with one HSTS header", async () => {
      const page = await send(proxy.port, "GET", "/en");
      expect(page.status).toBe(200);
      expectSecurityHeaders(page, "/en");
      // The page's own nonce policy, not replaced or doubled by the proxy's.
      expect(page.headers["content-security-policy"]).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);

      const health = await send(proxy.port, "GET", "/api/health");
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toEqual({ status: "ok", database: "sqlite" });
      expectSecurityHeaders(health, "/api/health");

      const script = page.body.match(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/)?.[1];
      expect(script).toBeTruthy();
      const asset = await send(proxy.port, "GET", script!);
      expect(asset.status).toBe(200);
      expect(asset.headers["strict-transport-security"]).toBe(HSTS);
      expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

      for (const file of ["/robots.txt", "/manifest.webmanifest", "/en/no-such-page", "/no-such-file.txt"]) {
        const answer = await send(proxy.port, "GET", file);
        expectSecurityHeaders(answer, file);
      }
    });

    test("a path whose percent-escapes are not UTF-8 gets 400 from the proxy, not a 500 from Next.js", async () => {
      for (const target of ["/%C0%AF", "/en/%ED%A0%80", "/api/policies/%FF"]) {
        const answer = await send(proxy.port, "GET", target);
        expect([target, answer.status]).toEqual([target, 400]);
        expectSecurityHeaders(answer, target);
      }
      // A well-formed escape still reaches Kindly: the translated 404.
      expect((await send(proxy.port, "GET", "/en/%C3%A4")).status).toBe(404);
    });

    test("a broken percent-escape gets 400", async () => {
      for (const target of ["/%", "/%zz", "/api/policies/%"]) {
        const answer = await send(proxy.port, "GET", target);
        expect([target, answer.status]).toEqual([target, 400]);
        if (proxy.name === "nginx") expectSecurityHeaders(answer, target);
        // Caddy never sees these: Go's HTTP server refuses the request line itself, with a plain-text 400 and no headers of ours.
        else expect(answer.body).toBe("400 Bad Request");
      }
    });

    test("methods Kindly does not answer get 405 with Allow and the security headers", async () => {
      for (const [method, target] of [
        ["TRACE", "/"],
        ["TRACE", "/api/health"],
        ["PATCH", "/api/policy"],
        ["OPTIONS", "/en"],
        ["PROPFIND", "/en"],
      ] as const) {
        const answer = await send(proxy.port, method, target);
        expect([method, target, answer.status]).toEqual([method, target, 405]);
        expect(answer.headers.allow).toBe("GET, HEAD, POST, PUT, DELETE");
        expectSecurityHeaders(answer, `${method} ${target}`);
      }
      expect((await send(proxy.port, "HEAD", "/en")).status).toBe(200);
    });

    test("a server action from the site's own origin reaches Kindly; one from another origin is refused before it runs", async () => {
      const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
        node: Record<string, { exportedName?: string }>;
      };
      const save = Object.entries(manifest.node).find(([, action]) => action.exportedName === "savePolicyAction")![0];
      const call = (origin: string) =>
        send(proxy.port, "POST", "/en/policy", {
          headers: { "next-action": save, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin },
          body: JSON.stringify([JSON.stringify({ profile: {} })]),
        });
      // The proxy passes the host with its port, which Kindly and Next.js compare with the Origin: the action runs and finds no session.
      const own = await call(`http://127.0.0.1:${proxy.port}`);
      expect(own.status).toBe(200);
      expect(own.body).toContain('{"ok":false,"code":"signedOut"}');
      expectSecurityHeaders(own, "own-origin action");
      // Another origin, another port included: refused before the action runs.
      for (const origin of ["https://evil.example", "http://127.0.0.1:9"]) {
        const foreign = await call(origin);
        expect([origin, foreign.status]).toEqual([origin, 403]);
        expect(JSON.parse(foreign.body)).toMatchObject({ code: "forbidden" });
        expectSecurityHeaders(foreign, `action from ${origin}`);
      }
    });

    test("a body over 64 kB gets 413 from the proxy, to the API and to a server action, declared or chunked", async () => {
      const big = JSON.stringify({ profile: { displayName: "x".repeat(70_000) } });
      const origin = `http://127.0.0.1:${proxy.port}`;
      const cases: { target: string; headers: Record<string, string> }[] = [
        { target: "/api/decide", headers: { "content-type": "application/json" } },
        { target: "/api/decide", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } },
        // A server action call: Next.js would read up to its own limit first.
        { target: "/en/policy", headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", origin } },
      ];
      for (const { target, headers } of cases) {
        const answer = await send(proxy.port, "POST", target, { headers, body: big });
        expect([target, headers["transfer-encoding"] ?? "length", answer.status]).toEqual([target, headers["transfer-encoding"] ?? "length", 413]);
        expectSecurityHeaders(answer, `POST ${target}`);
      }
      // Under the limit, the same body reaches Kindly (and is refused there, field by field).
      const small = await send(proxy.port, "POST", "/api/decide", { headers: { "content-type": "application/json" }, body: "{}", from: "127.0.0.9" });
      expect(small.status).toBe(400);
    });
  });
}

test("the rate limit counts the address the proxy saw; a client's own X-Forwarded-For changes nothing", async () => {
  // Each proxy, each client from its own loopback address; the limit is per instance, so each pair starts fresh.
  for (const [proxy, first, second] of [
    [PROXIES[0], "127.0.0.2", "127.0.0.3"],
    [PROXIES[1], "127.0.0.4", "127.0.0.5"],
  ] as const) {
    const decide = (from: string, forwardedFor: string) =>
      send(proxy.port, "POST", "/api/decide", { headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor }, body: "{}", from });
    const statuses: number[] = [];
    // A new forged address each time: were it believed, no two requests would share a counter.
    for (let i = 0; i <= DECIDE_LIMIT; i++) statuses.push((await decide(first, `198.51.100.${i + 1}`)).status);
    expect([proxy.name, statuses]).toEqual([proxy.name, [...Array(DECIDE_LIMIT).fill(400), 429]]);
    // Another client, even one claiming the limited client's address, has its own counter.
    expect([proxy.name, (await decide(second, first)).status]).toEqual([proxy.name, 400]);
  }
});

test("with no instance answering, each proxy's 502 carries the headers too", async () => {
  await app.stop();
  for (const proxy of PROXIES) {
    const answer = await send(proxy.port, "GET", "/en");
    expect([proxy.name, answer.status]).toEqual([proxy.name, 502]);
    expectSecurityHeaders(answer, `${proxy.name} 502`);
  }
});
