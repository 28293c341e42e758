import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

// The app under test was started by `npm start`'s own script (playwright.config.ts): on SQLite, its data
// folder is readable by this user only, and so are the database, SQLite's files beside it, the marker
// and the auth secret that script made (scripts/lib/data-folder.mjs).

const url = process.env.KINDLY_E2E_DATABASE_URL ?? "file:./.tmp/e2e/kindly.db";

test("the SQLite data folder of the running app is 0700 and its files 0600", async ({ request }) => {
  test.skip(!url.startsWith("file:"), "this run uses PostgreSQL");
  expect((await request.get("/api/health")).status()).toBe(200);
  const file = path.resolve(url.replace(/^file:/, ""));
  const dir = path.dirname(file);
  expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  const names = fs.readdirSync(dir);
  for (const name of [path.basename(file), `.${path.basename(file)}.initialised`, "auth-secret"]) expect(names).toContain(name);
  for (const name of names) expect([name, fs.statSync(path.join(dir, name)).mode & 0o777]).toEqual([name, 0o600]);
});
