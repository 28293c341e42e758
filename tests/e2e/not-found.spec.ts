import { expect, type Page } from "@playwright/test";

import en from "../../lib/i18n/messages/en/app.json" with { type: "json" };
import fi from "../../lib/i18n/messages/fi/app.json" with { type: "json" };
import nb from "../../lib/i18n/messages/nb/app.json" with { type: "json" };
import { expectNoAxeViolations, screenshot, test } from "./support";

// A path nothing answers: the translated 404 in every language, on a phone,
// inside the site's header, with scripts that run under the page's own CSP.
// The `test` of ./support fails on any console error, CSP refusals included.

test.use({ viewport: { width: 375, height: 740 } });

const MESSAGES = { en, fi, nb } as const;

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

for (const [locale, messages] of Object.entries(MESSAGES)) {
  test(`a missing page in ${locale}: 404, translated, with the site's navigation, working under its CSP`, async ({ page }) => {
    const violations = await watchCspViolations(page);
    const response = await page.goto(`/${locale}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: messages.notFound.title })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("navigation", { name: messages.nav.label })).toBeVisible();
    await expect(page.getByRole("link", { name: messages.notFound.questionnaire })).toHaveAttribute("href", `/${locale}/questionnaire`);
    await expectNoAxeViolations(page);
    await screenshot(page, `${locale}-not-found`);

    // The scripts run: the language switch (a client component) takes the reader to the same path in another language.
    const other = locale === "en" ? "fi" : "en";
    await page.getByLabel(messages.nav.language).selectOption(other);
    await expect(page).toHaveURL(new RegExp(`/${other}/no-such-page$`));
    await expect(page.getByRole("heading", { level: 1, name: MESSAGES[other].notFound.title })).toBeVisible();
    // And the way home works.
    await page.getByRole("link", { name: MESSAGES[other].notFound.home }).click();
    await expect(page).toHaveURL(new RegExp(`/${other}$`));
    await expect(page.getByRole("heading", { level: 1, name: MESSAGES[other].home.title })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

test("a path without a language goes to the 404 of the reader's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nb-NO", extraHTTPHeaders: { "Accept-Language": "nb-NO,nb;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/no-such-page");
  await expect(page).toHaveURL(/\/nb\/no-such-page$/);
  await expect(page.getByRole("heading", { level: 1, name: nb.notFound.title })).toBeVisible();
  await context.close();
});

test("a missing file outside the languages: 404 with a way into every language, under its CSP", async ({ page }) => {
  const violations = await watchCspViolations(page);
  const response = await page.goto("/no-such-file.txt");
  expect(response?.status()).toBe(404);
  expect(response?.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  await expect(page.getByRole("heading", { level: 1, name: en.notFound.title })).toBeVisible();
  for (const [locale, messages] of Object.entries(MESSAGES)) {
    await expect(page.getByRole("link", { name: messages.notFound.inThisLanguage })).toHaveAttribute("href", `/${locale}`);
  }
  await expectNoAxeViolations(page);
  await screenshot(page, "file-not-found");
  await page.getByRole("link", { name: fi.notFound.inThisLanguage }).click();
  await expect(page).toHaveURL(/\/fi$/);
  expect(await violations()).toEqual([]);
});
