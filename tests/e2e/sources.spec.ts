import { expect } from "@playwright/test";

import enMessages from "../../lib/i18n/messages/en/app.json" with { type: "json" };
import fiMessages from "../../lib/i18n/messages/fi/app.json" with { type: "json" };
import { answerQuestionnaire, expectNoAxeViolations, expectNoHorizontalScroll, screenshot, test, translator } from "./support";

// "Where this advice comes from": every principle by its plain name, under its source,
// reached from the footer and from each reason on the advice screen.

for (const viewport of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`the sources page lists every principle under its source (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const m = translator("fi", fiMessages);
    await page.goto("/fi");
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: m("principles.footerLink") })
      .click();
    await expect(page).toHaveURL(/\/fi\/sources$/);
    await expect(page).toHaveTitle(`${m("principles.metaTitle")} · Kindly`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m("principles.heading"));
    for (const source of ["hiidenportti", "stuedal", "networks", "ethics"]) {
      await expect(page.getByRole("heading", { level: 2, name: m(`principles.sources.${source}.title`) })).toBeVisible();
    }
    const ids = Object.keys(fiMessages.principles.names);
    expect(ids).toHaveLength(24);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`).getByRole("heading", { level: 3 })).toHaveText(m(`principles.names.${id}`));
    // Every language's version is linked for search engines.
    for (const locale of ["en", "fi", "nb"]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute("href", new RegExp(`/${locale}/sources$`));
    }
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, `sources-fi-${viewport.width}`);
  });
}

test("a reason on the advice screen leads to its principle", async ({ page }) => {
  const m = translator("en", enMessages);
  await answerQuestionnaire(page);
  await page.goto("/en/advice");
  await page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("Facebook").check();
  await page.getByLabel("Who is it?").selectOption("client");
  const reason = page.getByRole("region", { name: "Kindly suggests" }).getByTestId("reason").first();
  const link = reason.getByRole("link");
  const id = (await link.getAttribute("href"))!.match(/^\/en\/sources#([PD]\d+)$/)![1]!;
  await expect(link).toHaveText(m(`principles.names.${id}`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/en/sources#${id}$`));
  const entry = page.locator(`[id="${id}"]`);
  await expect(entry.getByRole("heading")).toHaveText(m(`principles.names.${id}`));
  await expect(entry).toBeInViewport();
});
