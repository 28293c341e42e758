import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { freePort } from "../../scripts/lib/pg-cluster";
import { startInstance, type Instance } from "./instances";
import { answerQuestionnaire, expectNoAxeViolations, LINKEDIN_URL, test, watchErrors } from "./support";

// The security issue's story: person A is signed in on a browser, deletes the account from another
// device, and person B then signs in on that browser. Nothing of A's may reach B's account, and the
// browser says that A's copy was removed (lib/client/local-copy.ts).
//
// Each test runs its own instance (`npm start`'s script on a fresh SQLite folder): its sign-ups and
// sign-ins count against that instance's limits (5 a minute from one address), not the shared server's.

const PASSWORD = "quiet harbour lantern";
const NOTICE = "The policy from an account that's no longer signed in on this browser has been removed from it";

let counter = 0;
function uniqueEmail(who: string) {
  counter += 1;
  return `${who}.${Date.now()}.${counter}@example.com`;
}

test.setTimeout(120_000);

let instance: Instance;
let folder: string;

test.beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-switch-"));
  const port = await freePort();
  instance = await startInstance({ DATABASE_URL: `file:${path.join(folder, "kindly.db")}`, SITE_URL: `http://127.0.0.1:${port}` }, { port });
});

test.afterEach(async () => {
  await instance?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function newContext(browser: Browser, errors: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "en-GB", baseURL: instance.url });
  watchErrors(context, errors);
  return context;
}

async function signUp(page: Page, email: string, name: string) {
  await page.goto("/en/sign-up");
  await page.getByLabel("Your first name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/policy/);
}

async function signIn(page: Page, email: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/policy/);
}

async function signOut(page: Page) {
  await page.goto("/en/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** This browser's stored state (lib/client/kindly-store.ts), as the page sees it. */
async function storedState(page: Page): Promise<{ profile?: { displayName?: string }; account?: { userId: string } | null } | null> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("kindly.v1") ?? "null"));
}

async function sessionUserId(page: Page): Promise<string> {
  const session = await (await page.request.get("/api/auth/get-session")).json();
  return session.user.id;
}

async function exportData(page: Page) {
  const response = await page.request.get("/api/account/export");
  expect(response.status()).toBe(200);
  return response.json();
}

test("a policy synced with an account deleted elsewhere is removed from the browser, with a notice, and never reaches the next account", async ({
  browser,
  consoleErrors,
}) => {
  const emailA = uniqueEmail("aino");
  const emailB = uniqueEmail("bjorn");

  // B has an account of their own, with no policy yet.
  const other = await newContext(browser, consoleErrors);
  const pageB = await other.newPage();
  await signUp(pageB, emailB, "Bjørn");
  await signOut(pageB);
  await other.close();

  // A signs in on browser 1 and saves a policy with a display name and a LinkedIn address.
  const one = await newContext(browser, consoleErrors);
  const page = await one.newPage();
  await signUp(page, emailA, "Aino");
  const idA = await sessionUserId(page);
  await answerQuestionnaire(page);
  await expect
    .poll(async () => {
      const response = await page.request.get("/api/policy");
      return response.ok() ? (await response.json()).profile.linkedinUrl : null;
    })
    .toBe(LINKEDIN_URL);
  await expect.poll(async () => (await storedState(page))?.account?.userId).toBe(idA);

  // A deletes the account from another device.
  const two = await newContext(browser, consoleErrors);
  const elsewhere = await two.newPage();
  await signIn(elsewhere, emailA);
  await elsewhere.goto("/en/account");
  await elsewhere.getByLabel("Your password, to confirm").fill(PASSWORD);
  elsewhere.once("dialog", (dialog) => void dialog.accept());
  await elsewhere.getByRole("button", { name: "Delete my account" }).click();
  await expect(elsewhere).toHaveURL(/\/en$/);
  await two.close();

  // Browser 1's next visit: A's copy is gone, and the page says so.
  await page.goto("/en/policy");
  const notice = page.getByRole("status").filter({ hasText: NOTICE });
  await expect(notice).toBeVisible();
  expect(await storedState(page)).toBeNull();
  await expect(page.getByText("Aino")).toHaveCount(0);
  await expectNoAxeViolations(page);
  // On a phone: the notice wraps, nothing scrolls sideways, and its button is reached from the keyboard.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await notice.getByRole("button", { name: "Got it" }).focus();
  await expect(notice.getByRole("button", { name: "Got it" })).toBeFocused();
  // It stays put away once read, and does not come back on the next visit.
  await page.keyboard.press("Enter");
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByText(NOTICE)).toHaveCount(0);

  // B signs in on browser 1: B's account holds none of A's data.
  await signIn(page, emailB);
  const idB = await sessionUserId(page);
  await expect.poll(async () => (await storedState(page))?.account?.userId).toBe(idB);
  const data = await exportData(page);
  expect(data.user).toMatchObject({ id: idB, name: "Bjørn", email: emailB });
  expect(data.policy).toBeNull();
  const text = JSON.stringify(data);
  expect(text).not.toContain("Aino");
  expect(text).not.toContain(LINKEDIN_URL);
  expect((await page.request.get("/api/policy")).status()).toBe(404);
  await one.close();
});

test("another account's copy is removed, not uploaded, when a second person signs in over it", async ({ browser, consoleErrors }) => {
  const emailA = uniqueEmail("aino");
  const emailB = uniqueEmail("bjorn");
  const context = await newContext(browser, consoleErrors);
  const page = await context.newPage();
  await signUp(page, emailB, "Bjørn");
  await signOut(page);
  await signUp(page, emailA, "Aino");
  const idA = await sessionUserId(page);
  await answerQuestionnaire(page);
  await expect.poll(async () => (await storedState(page))?.account?.userId).toBe(idA);

  // B signs in on this browser while A's copy is still in it (no visit without a session in between).
  const signedIn = await page.request.post("/api/auth/sign-in/email", { data: { email: emailB, password: PASSWORD }, headers: { origin: instance.url } });
  expect(signedIn.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: NOTICE })).toBeVisible();
  const idB = await sessionUserId(page);
  await expect.poll(async () => (await storedState(page))?.account?.userId).toBe(idB);
  expect((await storedState(page))?.profile ?? null).toBeNull();
  const data = await exportData(page);
  expect(data.policy).toBeNull();
  expect(JSON.stringify(data)).not.toContain(LINKEDIN_URL);
  await context.close();
});

test("a guest's answers, made while signed out, still go into the account created for them", async ({ browser, consoleErrors }) => {
  const context = await newContext(browser, consoleErrors);
  const page = await context.newPage();
  await answerQuestionnaire(page);
  await signUp(page, uniqueEmail("aino"), "Aino");
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  await expect
    .poll(async () => {
      const response = await page.request.get("/api/policy");
      return response.ok() ? (await response.json()).profile.linkedinUrl : null;
    })
    .toBe(LINKEDIN_URL);
  await context.close();
});
