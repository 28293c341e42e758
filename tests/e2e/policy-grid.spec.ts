import { expect, type Locator, type Page } from "@playwright/test";

import enMessages from "../../lib/i18n/messages/en/app.json" with { type: "json" };
import fiMessages from "../../lib/i18n/messages/fi/app.json" with { type: "json" };
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot, tabTo, test, translator } from "./support";

// Four platforms (the widest grid), a public Instagram (follower cells) and one cell changed by the person.
const PROFILE = {
  displayName: "Aino",
  platforms: {
    linkedin: { persona: "professional" },
    x: { persona: "civilian" },
    facebook: { persona: "civilian", overrides: { coworker: "accept" } },
    instagram: { persona: "civilian", visibility: "public" },
  },
};
const PLATFORMS = ["linkedin", "x", "facebook", "instagram"] as const;
const ROWS = [
  "family",
  "close_friend",
  "friend",
  "coworker",
  "former_coworker",
  "manager",
  "direct_report",
  "client",
  "partner",
  "work_acquaintance",
  "recruiter",
  "stranger",
];

const LOCALES = [
  ["en", enMessages],
  ["fi", fiMessages],
] as const;

async function openPolicy(page: Page, locale: string) {
  await page.goto(`/${locale}`);
  await page.evaluate((p) => localStorage.setItem("kindly.v1", JSON.stringify({ draft: { displayName: "Aino" }, step: 0, profile: p })), PROFILE);
  await page.goto(`/${locale}/policy`);
  await expect(page.getByRole("grid")).toBeVisible();
}

const cell = (page: Page, platform: string, relationship: string) => page.locator(`[data-cell="${platform}:${relationship}"]`);

/** The reason sits right under its cell (the cell's bottom edge to the reason's top edge) and wholly on screen. */
async function expectReasonByCell(page: Page, target: Locator) {
  const reason = page.getByTestId("cell-reason");
  await expect(reason).toBeVisible();
  await expect(target).toHaveAttribute("aria-describedby", (await reason.getAttribute("id"))!);
  const cellBox = (await target.boundingBox())!;
  const reasonBox = (await reason.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(reasonBox.y).toBeGreaterThanOrEqual(cellBox.y + cellBox.height);
  expect(reasonBox.y - (cellBox.y + cellBox.height)).toBeLessThan(24);
  expect(reasonBox.y + reasonBox.height).toBeLessThanOrEqual(viewport.height);
  expect(cellBox.y).toBeGreaterThanOrEqual(0);
  // Horizontally it overlaps its cell's column.
  expect(reasonBox.x).toBeLessThanOrEqual(cellBox.x);
  expect(reasonBox.x + reasonBox.width).toBeGreaterThanOrEqual(cellBox.x + cellBox.width);
}

test.describe("on a desktop, by keyboard alone", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const [locale, messages] of LOCALES) {
    test(`one tab stop, arrow keys, the reason next to its cell, Enter and Escape (${locale})`, async ({ page }) => {
      const t = translator(locale, messages);
      await openPolicy(page, locale);
      const grid = page.getByRole("grid", { name: t("policy.caption") });
      await expect(grid.getByRole("columnheader")).toHaveCount(1 + PLATFORMS.length);
      await expect(grid.getByRole("rowheader")).toHaveCount(ROWS.length);
      // Nothing is explained before a cell is chosen.
      await expect(page.getByTestId("cell-reason")).toHaveCount(0);

      // One tab stop: the grid's first verdict cell; every other cell is reached with the arrow keys.
      expect(await grid.locator('[tabindex="0"]').count()).toBe(1);
      const first = cell(page, "linkedin", "family");
      await tabTo(page, first);
      await expectReasonByCell(page, first);
      // The first rows' reasons are on screen as they open, with no scrolling.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await page.keyboard.press("Tab");
      expect(await grid.evaluate((el) => el.contains(document.activeElement))).toBe(false);
      await page.keyboard.press("Shift+Tab");
      await expect(first).toBeFocused();

      await page.keyboard.press("ArrowRight");
      await expect(cell(page, "x", "family")).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await expect(cell(page, "x", "close_friend")).toBeFocused();
      await expectReasonByCell(page, cell(page, "x", "close_friend"));
      await page.keyboard.press("End");
      await expect(cell(page, "instagram", "close_friend")).toBeFocused();
      await page.keyboard.press("ArrowRight"); // the edge: stays
      await expect(cell(page, "instagram", "close_friend")).toBeFocused();
      // Home goes to the row's first cell: its link to advice for this requester.
      await page.keyboard.press("Home");
      await expect(page.getByRole("link", { name: t("policyGrid.rowAdvice", { who: messages.relationships.close_friend }) })).toBeFocused();
      await expect(page.getByTestId("cell-reason")).toHaveCount(0);
      await page.keyboard.press("Control+End");
      await expect(cell(page, "instagram", "stranger")).toBeFocused();
      await expectReasonByCell(page, cell(page, "instagram", "stranger"));
      await page.keyboard.press("Control+Home");
      await expect(grid.locator('[data-grid-pos="0:0"]')).toBeFocused();
      expect(await grid.locator('[tabindex="0"]').count()).toBe(1);

      // The changed cell: a pencil and a word, said in its name too.
      const changed = cell(page, "facebook", "coworker");
      await expect(changed).toContainText(messages.policy.changed);
      await expect(changed.locator("[data-changed]")).toBeVisible();
      await expect(changed.locator("[data-changed] svg")).toBeVisible(); // the pencil
      await expect(changed).toHaveAttribute(
        "aria-label",
        `Facebook, ${messages.relationships.coworker}: ${messages.verdicts.accept}, ${messages.policy.changed}`,
      );
      await expect(page.getByRole("group", { name: messages.policy.legend })).toContainText(`${messages.policy.changed}${messages.policy.changedLegend}`);
      const badge = (await changed.locator("[data-changed]").boundingBox())!;
      expect(badge.height).toBeGreaterThanOrEqual(14);

      // To the changed cell: down three rows, right three columns.
      for (const key of ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowRight", "ArrowRight", "ArrowRight"]) await page.keyboard.press(key);
      await expect(changed).toBeFocused();
      await expectReasonByCell(page, changed);
      await expectNoAxeViolations(page);
      await screenshot(page, `policy-grid-desktop-${locale}`);

      // Enter opens the cell; Escape closes it and focus is back on the cell.
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: `Facebook · ${messages.relationships.coworker}` });
      await expect(dialog).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(changed).toBeFocused();
      // Space opens it too, also at once after closing; the change made there is shown on the cell, with focus back on it.
      await page.keyboard.press("Space");
      await expect(dialog).toBeVisible();
      await dialog.getByRole("button", { name: t("policy.dialog.reset", { verdict: messages.verdicts.redirect }) }).press("Enter");
      await page.keyboard.press("Escape");
      await expect(changed).toBeFocused();
      await expect(changed.locator("[data-changed]")).toHaveCount(0);
      await expect(changed).toHaveAttribute("aria-label", `Facebook, ${messages.relationships.coworker}: ${messages.verdicts.redirect}`);
      await expect(page.getByText(t("policy.changedCount", { count: 0 }))).toBeVisible();
    });
  }

  test("a lower row's reason is brought into view beside its cell", async ({ page }) => {
    await openPolicy(page, "en");
    await tabTo(page, cell(page, "linkedin", "family"));
    for (let i = 0; i < ROWS.length - 1; i++) await page.keyboard.press("ArrowDown");
    await expect(cell(page, "linkedin", "stranger")).toBeFocused();
    await expectReasonByCell(page, cell(page, "linkedin", "stranger"));
    await page.keyboard.press("PageUp");
    await expect(cell(page, "linkedin", "direct_report")).toBeFocused(); // five rows up from "stranger"
  });
});

test.describe("on a touch phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  for (const [locale, messages] of LOCALES) {
    test(`one platform at a time, taps, touch targets, the reason by its cell, Reset all (${locale})`, async ({ page }) => {
      const t = translator(locale, messages);
      await openPolicy(page, locale);
      const tabs = page.getByRole("tablist", { name: messages.policyGrid.platformTabs });
      await expect(tabs.getByRole("tab")).toHaveText(PLATFORMS.map((p) => messages.questionnaire.platformNames[p]));
      await expect(tabs.getByRole("tab", { name: "LinkedIn" })).toHaveAttribute("aria-selected", "true");
      const grid = page.getByRole("grid");
      // One platform: the requester and that platform's verdict.
      await expect(grid.getByRole("columnheader")).toHaveText([messages.policy.requester, "LinkedIn"]);
      await expect(page.getByText(messages.policy.focusHint)).toBeHidden();
      await expect(page.getByText(messages.policyGrid.touchHint)).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await screenshot(page, `policy-grid-phone-${locale}`);

      // Every target is at least 44 × 44 px.
      for (const target of [...(await tabs.getByRole("tab").all()), ...(await grid.locator("[data-grid-pos]").all())]) {
        const box = (await target.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(44);
      }

      await tabs.getByRole("tab", { name: "Facebook" }).tap();
      await expect(grid.getByRole("columnheader")).toHaveText([messages.policy.requester, "Facebook"]);
      const changed = cell(page, "facebook", "coworker");
      await expect(changed).toContainText(messages.policy.changed);
      await expect(cell(page, "linkedin", "coworker")).toHaveCount(0);

      // A tap opens the cell; after it closes, the reason is under that row.
      const manager = cell(page, "facebook", "manager");
      await manager.tap();
      const dialog = page.getByRole("dialog", { name: `Facebook · ${messages.relationships.manager}` });
      await expect(dialog).toBeVisible();
      await dialog.getByLabel(messages.verdicts.accept).tap();
      await dialog.getByRole("button", { name: messages.policy.dialog.close }).tap();
      await expect(dialog).toBeHidden();
      await expect(manager).toBeFocused();
      await expect(manager).toContainText(messages.policy.changed);
      await expectReasonByCell(page, manager);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await screenshot(page, `policy-grid-phone-reason-${locale}`);

      // A public Instagram's cells read in follower terms, under a column that says so.
      await tabs.getByRole("tab", { name: "Instagram" }).tap();
      await expect(grid.getByRole("columnheader").nth(1)).toHaveText(`Instagram${messages.follow.column}`);
      await expect(cell(page, "instagram", "stranger")).toHaveAttribute("aria-label", new RegExp(`^Instagram, ${messages.relationships.stranger}: `));

      await expect(page.getByText(t("policy.changedCount", { count: 2 }))).toBeVisible();
      await page.getByRole("button", { name: messages.policyGrid.resetAll }).tap();
      await expect(page.getByText(t("policy.changedCount", { count: 0 }))).toBeVisible();
      await tabs.getByRole("tab", { name: "Facebook" }).tap();
      await expect(page.locator("[data-changed]")).toHaveCount(1); // only the legend's
    });
  }

  test("the platform tabs and the grid work by keyboard too", async ({ page }) => {
    await openPolicy(page, "en");
    const tabs = page.getByRole("tablist");
    await tabTo(page, tabs.getByRole("tab", { name: "LinkedIn" }));
    await page.keyboard.press("ArrowRight");
    await expect(tabs.getByRole("tab", { name: "X (Twitter)" })).toBeFocused();
    await expect(tabs.getByRole("tab", { name: "X (Twitter)" })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft"); // round to the last
    await expect(tabs.getByRole("tab", { name: "Instagram" })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Tab");
    await expect(cell(page, "instagram", "family")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(cell(page, "instagram", "close_friend")).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("link", { name: "Advice on a request from: Close friend" })).toBeFocused();
    await page.keyboard.press("End");
    await expect(cell(page, "instagram", "close_friend")).toBeFocused();
    await expectReasonByCell(page, cell(page, "instagram", "close_friend"));
  });
});

test.describe("never clips", () => {
  for (const width of [360, 375, 640, 768]) {
    test(`Finnish, four platforms, ${width} px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openPolicy(page, "fi");
      await expectNoHorizontalScroll(page);
      const grid = page.getByRole("grid");
      // The grid fits its box: nothing is cut off or hidden to the side.
      expect(await grid.evaluate((el) => el.parentElement!.scrollWidth - el.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
      const right = await grid.evaluate((el) => el.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(width);
      for (const target of await page.locator("[data-grid-pos], [role=tab]").all()) {
        const box = (await target.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      if (width === 360) await screenshot(page, "policy-grid-fi-360");
    });
  }
});
