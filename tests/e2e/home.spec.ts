import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";

import { test } from "./support";

test("the home page says what Kindly does, in the browser's language", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Should you accept?");
  await expect(page.getByRole("link", { name: "Set up my policy" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test("a Finnish browser gets the Finnish page with hreflang links", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fi-FI", extraHTTPHeaders: { "Accept-Language": "fi-FI,fi;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fi$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hyväksytkö?");
  await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveAttribute("href", /\/nb$/);
  await context.close();
});

test("the health route touches the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "sqlite" });
});

test("header links move between screens without reloading the page, and are real links", async ({ page }) => {
  await page.goto("/en");
  const nav = page.getByRole("navigation");
  await expect(nav.getByRole("link", { name: "Advice" })).toHaveAttribute("href", "/en/advice");
  // A value on window survives only an in-app navigation, not a full page load.
  await page.evaluate(() => ((window as unknown as { kindlyMarker: number }).kindlyMarker = 42));
  await nav.getByRole("link", { name: "Advice" }).click();
  await expect(page).toHaveURL(/\/en\/advice$/);
  await expect(nav.getByRole("link", { name: "Advice" })).toHaveAttribute("aria-current", "page");
  expect(await page.evaluate(() => (window as unknown as { kindlyMarker?: number }).kindlyMarker)).toBe(42);
  // Keyboard activation goes the same way.
  await nav.getByRole("link", { name: "My policy" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/policy$/);
  expect(await page.evaluate(() => (window as unknown as { kindlyMarker?: number }).kindlyMarker)).toBe(42);
});

test("the web app manifest and every icon it and the pages name are served", async ({ request, page }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const { icons } = (await manifest.json()) as { icons: { src: string; type: string }[] };
  await page.goto("/en");
  const linked = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")!));
  expect(linked.length).toBeGreaterThanOrEqual(2);
  for (const src of [...icons.map((icon) => icon.src), ...linked]) {
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()["content-type"], src).toMatch(/^image\/(png|svg\+xml)/);
  }
});
