import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect } from "@playwright/test";

import { deploy } from "../../scripts/lib/migrate.mjs";
import { freePort } from "../../scripts/lib/pg-cluster";
import { startMailbox, type Mailbox } from "../support/mailbox";
import { SECRET, startInstance, type Instance } from "./instances";
import { expectNoAxeViolations, screenshot, test, watchErrors } from "./support";

// A site that sends email: its own instance (the shared one has no SMTP_URL),
// with SMTP_URL pointing at a real SMTP server started here, whose mail the
// test opens like a person would. On a phone-sized screen.

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);
test.use({ viewport: { width: 375, height: 740 } });

const OLD_PASSWORD = "quiet harbour lantern";
const NEW_PASSWORD = "bright meadow compass";

let mailbox: Mailbox;
let instance: Instance;
let dir: string;

test.beforeAll(async () => {
  mailbox = await startMailbox();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-email-e2e-"));
  const databaseUrl = `file:${path.join(dir, "kindly.db")}`;
  await deploy(databaseUrl, process.cwd(), () => {});
  const port = await freePort();
  instance = await startInstance(
    { DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: SECRET, SITE_URL: `http://127.0.0.1:${port}`, SMTP_URL: mailbox.url },
    { port },
  );
});

test.afterAll(async () => {
  await instance?.stop();
  await mailbox?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const email = `aino.${Date.now()}@example.com`;

test("sign-up asks to check the email; the link in it confirms the address and signs in", async ({ page }) => {
  await page.goto(`${instance.url}/en/sign-up`);
  await page.getByLabel("Your first name").fill("Aino");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(OLD_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(email);
  await expectNoAxeViolations(page);
  // Nobody is signed in yet.
  expect((await page.context().cookies()).filter((c) => c.name.includes("session_token"))).toEqual([]);

  const mail = await mailbox.waitFor(email);
  expect(mail.subject).toBe("Confirm your email address for Kindly");
  await page.goto(mail.links[0]!);
  await expect(page).toHaveURL(/\/en\/email-verified$/);
  await expect(page.getByText("Thank you! Your address is confirmed and you're signed in.")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "email-verified");
});

test("a forgotten password: the link on sign-in, the mail, a new password, then sign-in with it", async ({ browser, consoleErrors }) => {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 375, height: 740 } });
  watchErrors(context, consoleErrors);
  const page = await context.newPage();
  await page.goto(`${instance.url}/en/sign-in`);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard only: type the address and press Enter.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Email").press("Enter");
  await expect(page.getByRole("status")).toContainText(`If an account uses ${email}, we've sent a link there.`);
  await expectNoAxeViolations(page);

  const mail = await mailbox.waitFor(email, { subject: /new password/ });
  const link = mail.links.find((l) => l.includes("/en/reset-password?token="))!;
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill("something else entirely");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("The two passwords aren't the same.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed.");
  await screenshot(page, "password-reset");

  await page.getByRole("link", { name: "Sign in" }).last().click();
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(OLD_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is wrong." })).toBeVisible();
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/policy/);

  // The link worked once; opened again it says so and offers a new one.
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("a third sturdy passphrase");
  await page.getByLabel("New password again").fill("a third sturdy passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This link has expired or has already been used." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

test("a link that no longer works says why and offers a new one, in the page's language", async ({ page }) => {
  await page.goto(`${instance.url}/nb/email-verified?error=TOKEN_EXPIRED`);
  await expect(page.getByRole("heading", { name: "Lenken virket ikke" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Lenken har gått ut" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("E-post").fill(email);
  await page.getByRole("button", { name: "Send en ny lenke" }).click();
  await expect(page.getByRole("status")).toContainText(`Hvis ${email} fortsatt venter på å bli bekreftet`);
  await expectNoAxeViolations(page);

  // A reset page opened without its token.
  await page.goto(`${instance.url}/fi/reset-password`);
  await expect(page.getByRole("alert").filter({ hasText: "Tämä linkki on vanhentunut" })).toBeVisible();
  await page.getByRole("link", { name: "Pyydä uusi linkki" }).click();
  await expect(page).toHaveURL(/\/fi\/forgot-password$/);
  await expect(page.getByRole("heading", { name: "Unohtuiko salasana?", level: 1 })).toBeVisible();
});

test("a site without email hides 'Forgot your password?' and says whom to ask", async ({ page }) => {
  // The shared instance (playwright.config.ts) has no SMTP_URL.
  await page.goto("/fi/sign-in");
  await expect(page.getByRole("heading", { name: "Kirjaudu sisään", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Unohtuiko salasana?" })).toHaveCount(0);
  await page.goto("/fi/forgot-password");
  await expect(page.getByRole("heading", { name: "Tämä sivusto ei voi lähettää sähköpostia" })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expectNoAxeViolations(page);
  // The API agrees: no reset endpoint.
  const response = await page.request.post("/api/auth/request-password-reset", {
    data: { email: email, redirectTo: "/fi/reset-password" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(404);
});
