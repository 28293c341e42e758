import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { answerQuestionnaire, expectNoAxeViolations, screenshot, test, watchErrors } from "./support";

const PASSWORD = "quiet harbour lantern";

let counter = 0;
function uniqueEmail() {
  counter += 1;
  return `aino.${Date.now()}.${counter}@example.com`;
}

async function signUp(page: Page, email: string) {
  await page.goto("/en/sign-up");
  await page.getByLabel("Your first name").fill("Aino");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/policy/);
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Waits until the account's saved policy on the server matches a check. */
async function expectServerPolicy(page: Page, check: (profile: { platforms: Record<string, { overrides: Record<string, string> }> }) => boolean) {
  await expect
    .poll(async () => {
      const response = await page.request.get("/api/policy");
      if (!response.ok()) return false;
      return check((await response.json()).profile);
    })
    .toBe(true);
}

async function changeCell(page: Page, from: string, to: string) {
  await page.getByRole("button", { name: from, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(to, { exact: true }).check();
  await dialog.getByRole("button", { name: "Done" }).click();
}

async function newContext(browser: Browser, errors: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "en-GB" });
  watchErrors(context, errors);
  return context;
}

test("a guest's answers go into a new account and follow them to a fresh browser", async ({ browser, consoleErrors }) => {
  const email = uniqueEmail();
  const first = await newContext(browser, consoleErrors);
  const page = await first.newPage();
  await answerQuestionnaire(page);
  await signUp(page, email);
  // The answers given as a guest were carried into the account.
  await expectServerPolicy(page, (p) => p.platforms.facebook !== undefined);

  await changeCell(page, "Facebook, Coworker: Redirect", "Accept");
  await expectServerPolicy(page, (p) => p.platforms.facebook?.overrides.coworker === "accept");

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "desktop-account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await first.close();

  const second = await newContext(browser, consoleErrors);
  const fresh = await second.newPage();
  await signIn(fresh, email);
  await expect(fresh).toHaveURL(/\/en\/policy/);
  await expect(fresh.getByRole("button", { name: "Facebook, Coworker: Accept, changed by you" })).toBeVisible();
  await second.close();
});

test("two browsers editing one policy: the stale save is refused and the newer one can be loaded", async ({ browser, consoleErrors }) => {
  const email = uniqueEmail();
  const a = await newContext(browser, consoleErrors);
  const pageA = await a.newPage();
  await answerQuestionnaire(pageA);
  await signUp(pageA, email);
  await expectServerPolicy(pageA, (p) => p.platforms.facebook !== undefined);

  const b = await newContext(browser, consoleErrors);
  const pageB = await b.newPage();
  await signIn(pageB, email);
  await expect(pageB.getByRole("button", { name: "Facebook, Client: Redirect" })).toBeVisible();

  // A saves first…
  await changeCell(pageA, "Facebook, Client: Redirect", "Decline");
  await expectServerPolicy(pageA, (p) => p.platforms.facebook?.overrides.client === "decline");
  // …then B, whose copy is now stale, is told instead of overwriting A's change.
  await changeCell(pageB, "Facebook, Manager: Redirect", "Accept");
  const alert = pageB.getByRole("alert").filter({ hasText: "changed in another tab or on another device" });
  await expect(alert).toBeVisible();
  await expectNoAxeViolations(pageB);
  await expectServerPolicy(pageB, (p) => p.platforms.facebook?.overrides.client === "decline" && p.platforms.facebook?.overrides.manager === undefined);

  await alert.getByRole("button", { name: "Load the newer version" }).click();
  await expect(alert).toBeHidden();
  await expect(pageB.getByRole("button", { name: "Facebook, Client: Decline, changed by you" })).toBeVisible();
  await a.close();
  await b.close();
});

test("after deleting the account, signing in fails", async ({ browser, consoleErrors }) => {
  const email = uniqueEmail();
  const context = await newContext(browser, consoleErrors);
  const page = await context.newPage();
  await signUp(page, email);
  await page.getByRole("link", { name: "Account" }).click();
  await page.getByLabel("Your password, to confirm").fill(PASSWORD);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/en$/);

  await signIn(page, email);
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is wrong." })).toBeVisible();
  await context.close();
});

test("pages carry security headers", async ({ request }) => {
  for (const path of ["/en", "/en/questionnaire"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toBeTruthy();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  }
  // Next's hashed scripts keep nosniff (and HSTS over https) without the document-only headers.
  const html = await (await request.get("/en")).text();
  const script = html.match(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  const asset = (await request.get(script!)).headers();
  expect(asset["x-content-type-options"]).toBe("nosniff");
  expect(asset["x-frame-options"]).toBeUndefined();
  expect(asset["cache-control"]).toContain("immutable");
  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the app under test runs on the database this run was given", async ({ request }) => {
  const expected = (process.env.KINDLY_E2E_DATABASE_URL ?? "file:").startsWith("postgres") ? "postgresql" : "sqlite";
  expect(await (await request.get("/api/health")).json()).toEqual({ status: "ok", database: expected });
});

test("no HSTS over plain http (the e2e server); it is sent only when SITE_URL is https in production", async ({ request }) => {
  const response = await request.get("/en");
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});
