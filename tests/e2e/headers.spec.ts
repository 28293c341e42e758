import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { SECRET, startInstance, type Instance } from "./instances";

// One build, two deployments: HSTS is decided when the app starts, from its
// SITE_URL, for every answer its middleware sees (pages, the API, Next's files,
// robots.txt, the manifest, public files and 404s), never from the build.

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

const HSTS = "max-age=63072000; includeSubDomains";

let dir: string;
let https: Instance;
let http: Instance;

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-headers-"));
  const env = (name: string, site: string) => ({ DATABASE_URL: `file:${path.join(dir, `${name}.db`)}`, BETTER_AUTH_SECRET: SECRET, SITE_URL: site });
  // startInstance runs in production (NODE_ENV=production), on the build Playwright's own server checked.
  [https, http] = await Promise.all([startInstance(env("https", "https://kindly.example.org")), startInstance(env("http", "http://kindly.example.org"))]);
});

test.afterAll(async () => {
  await Promise.all([https?.stop(), http?.stop()]);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every kind of answer: a page, a redirect, the API (found and not), a hashed script, generated and public files, 404s. */
async function answers(url: string): Promise<{ path: string; response: Response }[]> {
  const page = await fetch(`${url}/en`);
  const script = (await page.text()).match(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  const paths = [
    "/",
    "/en/no-such-page",
    "/api/health",
    "/api/no-such-endpoint",
    script!,
    "/robots.txt",
    "/manifest.webmanifest",
    "/icons/icon.svg",
    "/no-such-file.txt",
  ];
  return [
    { path: "/en", response: page },
    ...(await Promise.all(paths.map(async (p) => ({ path: p, response: await fetch(`${url}${p}`, { redirect: "manual" }) })))),
  ];
}

test("with an https SITE_URL every answer carries HSTS, once", async () => {
  const all = await answers(https.url);
  expect(all.map(({ path, response }) => [path, response.headers.get("strict-transport-security")])).toEqual(all.map(({ path }) => [path, HSTS]));
  expect(all.find((a) => a.path === "/")!.response.status).toBe(307);
});

test("with an http SITE_URL no answer does", async () => {
  const all = await answers(http.url);
  expect(all.map(({ path, response }) => [path, response.headers.get("strict-transport-security")])).toEqual(all.map(({ path }) => [path, null]));
});

test("every answer carries nosniff; pages and files a CSP with a fresh nonce, the API its strict one", async () => {
  for (const { path, response } of await answers(http.url)) {
    expect([path, response.headers.get("x-content-type-options")]).toEqual([path, "nosniff"]);
    const csp = response.headers.get("content-security-policy");
    if (path.startsWith("/_next/")) expect([path, csp]).toEqual([path, null]);
    else if (path.startsWith("/api/")) expect([path, csp]).toEqual([path, "default-src 'none'; frame-ancestors 'none'"]);
    else expect([path, csp]).toEqual([path, expect.stringMatching(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)]);
  }
  // An API path nothing answers is a JSON 404, not an HTML page.
  const missing = await fetch(`${http.url}/api/no-such-endpoint`);
  expect(missing.status).toBe(404);
  expect(await missing.json()).toEqual({ code: "notFound", error: "There is no such API endpoint." });
});
