import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { startInstance, type Instance } from "./instances";

// `npm start` without HOST listens on the loopback interface only, and says so: Next takes a
// client's own X-Forwarded-For as given, so an instance anyone can reach cannot tell clients apart.

test.setTimeout(120_000);

/** This machine's first non-loopback IPv4 address (the tests need one to knock on). */
function outsideAddress(): string | undefined {
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return undefined;
}

async function answersAt(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
}

let instance: Instance | undefined;
let dir: string;

test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-listen-"));
});

test.afterEach(async () => {
  await instance?.stop();
  instance = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const port = (i: Instance) => new URL(i.url).port;

test("without HOST it answers on 127.0.0.1 only, and says so when it starts", async () => {
  const outside = outsideAddress();
  test.skip(!outside, "this machine has no non-loopback IPv4 address to try");
  instance = await startInstance({ HOST: "", DATABASE_URL: `file:${dir}/kindly.db` });
  expect(await answersAt(`${instance.url}/api/ping`)).toBe(true);
  expect(await answersAt(`http://${outside}:${port(instance)}/api/ping`)).toBe(false);
  await expect.poll(() => instance!.output()).toContain("It listens on this machine only");
});

test("with HOST=0.0.0.0 it answers on the machine's other addresses too, and warns while TRUSTED_PROXIES is unset", async () => {
  const outside = outsideAddress();
  test.skip(!outside, "this machine has no non-loopback IPv4 address to try");
  instance = await startInstance({ HOST: "0.0.0.0", DATABASE_URL: `file:${dir}/kindly.db` });
  expect(await answersAt(`http://${outside}:${port(instance)}/api/ping`)).toBe(true);
  await expect.poll(() => instance!.output()).toContain("Kindly is running at");
  expect(instance.output()).not.toContain("It listens on this machine only");
  // Reachable without a trusted proxy: any client could choose its rate-limit address, and it is told so.
  expect(instance.output()).toContain("Warning: HOST=0.0.0.0 lets other machines reach Kindly directly");
});
