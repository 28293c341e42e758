import fs from "node:fs";

import { expect, test } from "@playwright/test";

import { signUp } from "../support/sign-up";
import { PROFILE } from "./instances";

// Server actions over HTTP, as an attacker would call them, against the built app that Playwright
// serves: what Kindly's proxy refuses before Next's action handling, what the action itself refuses,
// and what Next answers by itself (docs/decisions/ records the last).

/** A server action's id in this build, from Next's manifest of server references. */
function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`no server action named ${name} in this build`);
  return found[0];
}

test.describe("server actions over HTTP", () => {
  let site: string;
  let cookie: string;
  const save = () => actionId("savePolicyAction");

  test.beforeAll(async ({ baseURL }) => {
    site = baseURL!;
    const email = `actions-${Date.now()}@kindly.test`;
    ({ cookie } = await signUp(fetch, { site, email, password: "quiet harbour lantern", name: "Aino", ip: "198.51.100.61" }));
  });

  /** Calls savePolicyAction the way React does: the arguments as a JSON array, in a text/plain body. */
  const call = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${site}/en/account`, {
      method: "POST",
      headers: { "next-action": save(), "content-type": "text/plain;charset=UTF-8", origin: site, cookie, ...headers },
      body,
    });
  const saved = async () => {
    const response = await fetch(`${site}/api/policy`, { headers: { cookie } });
    return response.status === 200 ? ((await response.json()) as { profile?: { displayName?: string } }) : null;
  };

  test("from a foreign or missing Origin: 403 JSON with the API's headers, before Next's action handling", async () => {
    for (const origin of ["http://evil.example", "null", ""]) {
      const headers: Record<string, string> = origin ? { origin } : {};
      const response = await fetch(`${site}/en/account`, {
        method: "POST",
        headers: { "next-action": save(), "content-type": "text/plain;charset=UTF-8", cookie, ...headers },
        body: JSON.stringify([JSON.stringify({ profile: PROFILE, baseVersion: 0 })]),
      });
      expect(response.status, origin || "no Origin").toBe(403);
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(await response.json()).toMatchObject({ code: "forbidden" });
    }
    expect(await saved()).toBeNull();
  });

  test("declaring a body over 64 kB: 413 JSON", async () => {
    const response = await call(JSON.stringify(["x".repeat(70_000)]));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "tooLarge" });
  });

  test("a __proto__ key in the input reaches the action whole and is refused; a valid save then goes through", async () => {
    const withProto = `{"profile":${JSON.stringify(PROFILE)},"baseVersion":0,"__proto__":{"polluted":"yes"}}`;
    const refused = await call(JSON.stringify([withProto]));
    expect(refused.status).toBe(200);
    const text = await refused.text();
    expect(text).toContain('"ok":false');
    expect(text).toContain('"code":"invalid"');
    expect(text).toContain("__proto__");
    expect(await saved()).toBeNull();

    const accepted = await call(JSON.stringify([JSON.stringify({ profile: PROFILE, baseVersion: 0 })]));
    expect(await accepted.text()).toContain('"ok":true');
    expect((await saved())?.profile?.displayName).toBe(PROFILE.displayName);
  });

  test("a payload Next cannot decode: Next's own 500 with only an error digest, no stack and no input", async () => {
    for (const body of ['["{}"', '["$Q0"]', '["$F1"]', "[".repeat(10_000)]) {
      const response = await call(body);
      expect(response.status, body.slice(0, 20)).toBe(500);
      const text = await response.text();
      expect(text, body.slice(0, 20)).toMatch(/^0:\{.*\}\n1:E\{"digest":"\d+"\}\n?$/s);
    }
  });
});
