import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { createTranslator } from "next-intl";

/** Collects what a context's pages log as errors; tests that open their own contexts pass them the `consoleErrors` fixture. */
export function watchErrors(context: BrowserContext, errors: string[]) {
  context.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(`${message.page()?.url() ?? ""}: ${message.text()}`);
  });
  context.on("weberror", (error) => errors.push(`${error.page()?.url() ?? ""}: ${String(error.error())}`));
}

/**
 * Playwright's `test`, failing any test whose page logs an error: a missing
 * translation, a hydration mismatch, an uncaught exception. Chromium's own
 * "Failed to load resource" lines are left out: several tests expect a 401, 409 or 503.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      watchErrors(context, errors);
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export const LINKEDIN_URL = "https://www.linkedin.com/in/aino-example";

/**
 * axe on the page as it settles: running transitions and animations (a toast fading in) are let finish first,
 * since colours caught halfway through a fade are not what anyone reads. Endless or paused ones are not waited for.
 */
export async function expectNoAxeViolations(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.playState === "running" && Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** The English questionnaire: LinkedIn (professional), Facebook and Instagram (private), with a LinkedIn URL. */
export async function answerQuestionnaire(page: Page, opts: { screenshots?: string } = {}) {
  await page.goto("/en");
  await page.getByRole("link", { name: "Set up my policy" }).click();
  await expect(page.getByRole("heading", { name: "About you" })).toBeVisible();
  await expect(page.getByText("Step 1 of 6")).toBeVisible();

  await page.getByLabel("Your first name").fill("Aino");
  // A wrong LinkedIn address gets a clear inline error and blocks the step.
  await page.getByLabel("Your LinkedIn profile address").fill("linkedin.com/aino");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("doesn't look like a LinkedIn profile address")).toBeVisible();
  await expect(page.getByLabel("Your LinkedIn profile address")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Your LinkedIn profile address").fill(LINKEDIN_URL);
  if (opts.screenshots) {
    await expectNoAxeViolations(page);
    await screenshot(page, `${opts.screenshots}-questionnaire`);
  }
  await page.getByRole("button", { name: "Next" }).click();

  // LinkedIn: yes, as a professional (the default).
  await expect(page.getByRole("heading", { name: "LinkedIn" })).toBeVisible();
  await page.getByRole("group", { name: "Are you on LinkedIn?" }).getByLabel("Yes").check();
  await page.getByRole("button", { name: "Next" }).click();
  // X: not on it.
  await page.getByRole("group", { name: "Are you on X (Twitter)?" }).getByLabel("No").check();
  await page.getByRole("button", { name: "Next" }).click();
  // Facebook: a private person.
  await page.getByRole("group", { name: "Are you on Facebook?" }).getByLabel("Yes").check();
  await page.getByLabel("As a private person").check();
  await page.getByRole("button", { name: "Next" }).click();
  // Instagram: private person, private account.
  await page.getByRole("group", { name: "Are you on Instagram?" }).getByLabel("Yes").check();
  await page.getByRole("group", { name: "Is your account public or private?" }).getByLabel("Private").check();
  await page.getByRole("button", { name: "Next" }).click();

  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
  await expect(page.getByText(LINKEDIN_URL)).toBeVisible();
  await page.getByRole("button", { name: "Save my policy" }).click();
  await expect(page).toHaveURL(/\/en\/policy/);
  await expect(page.getByText("Your policy is saved in this browser.")).toBeVisible();
}

/** Presses Tab (or Shift+Tab) until the target has focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Could not reach ${target} with the keyboard`);
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Opens the advice form's "More context" fold (met, signals, name), whatever the language. */
export async function openMoreContext(page: Page) {
  const details = page.locator("form details");
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator("summary").click();
}

/** A pattern for an input's value that contains `text` (the reply is an editable box, so its value is checked). */
export function containing(text: string) {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

/** A message of a catalogue, formatted as the app formats it (ICU: plurals, selects over platform ids). */
export function translator(locale: string, messages: object) {
  const t = createTranslator({ locale, messages: messages as Record<string, unknown> });
  return (key: string, params?: Record<string, string | number>) =>
    (t as unknown as (key: string, params?: Record<string, string | number>) => string)(key, params);
}

/**
 * Submits a sign-up form. The shared test server allows five sign-ups a minute from one address, and specs
 * running beside each other sign up too: on a 429 the form says so (another spec checks that text), and this
 * waits the minute out, as a person would, and submits again. Returns the final response's status.
 */
export async function submitSignUp(page: Page, submit: () => Promise<void>): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-up/email") && r.request().method() === "POST"),
      submit(),
    ]);
    if (response.status() !== 429 || attempt === 3) return response.status();
    test.info().setTimeout(test.info().timeout + 70_000);
    await page.waitForTimeout(61_000);
  }
}
