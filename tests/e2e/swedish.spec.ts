import { expect, type Page } from "@playwright/test";

import svMessages from "../../lib/i18n/messages/sv/app.json" with { type: "json" };
import { expectNoAxeViolations, expectNoHorizontalScroll, LINKEDIN_URL, openMoreContext, screenshot, test, translator, watchErrors } from "./support";

// The main path in Swedish, as a Swedish-speaking Finn's browser asks for it (sv-FI first):
// home → questionnaire → policy → advice with a Swedish reply, and the reason's principle
// leading to where the advice comes from. Labels come from the Swedish catalogue, so the
// test follows the translation. Axe-clean and without sideways scrolling on a 375 px phone
// and on a desktop screen.

const m = translator("sv", svMessages);

const VIEWPORTS = [
  { name: "phone", viewport: { width: 375, height: 740 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
] as const;

async function settled(page: Page, shot?: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  if (shot) await screenshot(page, shot);
}

for (const { name, viewport } of VIEWPORTS) {
  test(`the main path in Swedish on a ${name}, with a Swedish reply`, async ({ browser, consoleErrors }) => {
    const context = await browser.newContext({
      locale: "sv-FI",
      viewport,
      extraHTTPHeaders: { "Accept-Language": "sv-FI,sv;q=0.9,fi;q=0.8,en;q=0.5" },
      permissions: ["clipboard-read", "clipboard-write"],
    });
    watchErrors(context, consoleErrors);
    const page = await context.newPage();

    // No saved choice: Accept-Language picks Swedish.
    await page.goto("/");
    await expect(page).toHaveURL(/\/sv$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page).toHaveTitle(m("meta.title"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m("home.title"));
    await expect(page.getByLabel(m("nav.language"), { exact: true }).locator("option:checked")).toHaveText("Svenska");
    await settled(page, `sv-${name}-home`);
    await page.getByRole("link", { name: m("home.start") }).click();

    await expect(page.getByRole("heading", { name: m("questionnaire.about.title") })).toBeVisible();
    await page.getByLabel(m("questionnaire.about.displayName")).fill("Åsa");
    await page.getByLabel(m("questionnaire.about.linkedinUrl")).fill("inte en adress");
    await page.getByRole("button", { name: m("questionnaire.next") }).click();
    await expect(page.getByText(m("questionnaire.errors.linkedinUrl"))).toBeVisible();
    await page.getByLabel(m("questionnaire.about.linkedinUrl")).fill(LINKEDIN_URL);
    // The reply language starts as the interface's.
    await expect(page.getByRole("group", { name: m("questionnaire.about.language") }).getByLabel(m("languages.sv"), { exact: true })).toBeChecked();
    await settled(page, `sv-${name}-questionnaire`);
    await page.getByRole("button", { name: m("questionnaire.next") }).click();

    const onIt = (platform: string) => page.getByRole("group", { name: m("questionnaire.platform.onIt", { platform }) });
    await onIt("linkedin").getByLabel(m("questionnaire.platform.yes"), { exact: true }).check();
    await page.getByRole("button", { name: m("questionnaire.next") }).click();
    await expect(onIt("x")).toBeVisible();
    await page.getByRole("button", { name: m("questionnaire.next") }).click(); // not on X
    await onIt("facebook").getByLabel(m("questionnaire.platform.yes"), { exact: true }).check();
    await settled(page);
    await page.getByRole("button", { name: m("questionnaire.next") }).click();
    await page.getByRole("button", { name: m("questionnaire.next") }).click(); // not on Instagram
    await expect(page.getByRole("heading", { name: m("questionnaire.review.title") })).toBeVisible();
    await page.getByRole("button", { name: m("questionnaire.save") }).click();

    await expect(page).toHaveURL(/\/sv\/policy(\?|$)/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m("policy.heading"));
    // A phone shows one platform at a time.
    if (name === "phone") await page.getByRole("tab", { name: m("questionnaire.platformNames.facebook") }).click();
    const cellName = `${m("questionnaire.platformNames.facebook")}, ${m("relationships.client")}: ${m("verdicts.redirect")}`;
    await expect(page.getByRole("button", { name: cellName, exact: true })).toBeVisible();
    await settled(page, `sv-${name}-policy`);

    await page
      .getByRole("navigation")
      .getByRole("link", { name: m("nav.advice") })
      .click();
    await expect(page).toHaveURL(/\/sv\/advice$/);
    await page
      .getByRole("group", { name: m("advice.form.platform") })
      .getByLabel(m("questionnaire.platformNames.facebook"))
      .check();
    await page.getByLabel(m("advice.form.relationship")).selectOption("client");
    await openMoreContext(page);
    await page.getByLabel(m("advice.form.requesterName")).fill("Jussi");
    await expect(page.getByTestId("verdict-summary")).toHaveText(m("advice.result.summary.redirect"));
    await expect(page.getByTestId("request-kind")).toHaveText(m("advice.result.kind.friend_request"));

    // The reply is in Swedish, the profile's language; the menu offers Swedish by its Swedish name.
    const replyLanguage = page.getByLabel(m("advice.result.replyLanguage"), { exact: true });
    await expect(replyLanguage).toHaveValue("sv");
    await expect(replyLanguage.locator("option:checked")).toHaveText(m("languages.sv"));
    const template = page.getByTestId("template-text");
    await expect(template).toHaveAttribute("lang", "sv");
    await expect(template).toContainText("Jussi");
    await expect(template).toContainText(LINKEDIN_URL);
    await expect(template).not.toContainText(/Thank you|Kiitos|Takk for/);

    // Each reason names its principle plainly, never a bare id, and links to it.
    const card = page.getByRole("region", { name: m("advice.result.heading") });
    const principle = card.getByTestId("reason").first().getByRole("link");
    await expect(principle).toHaveAttribute("href", /^\/sv\/sources#[PD]\d+$/);
    const id = (await principle.getAttribute("href"))!.split("#")[1]!;
    await expect(principle).toHaveText(m(`principles.names.${id}`));
    await expect(card.getByText(/^[PD]\d+$/)).toHaveCount(0);
    await settled(page, `sv-${name}-advice`);

    await page.getByRole("button", { name: m("advice.result.copy") }).click();
    await expect(page.getByText(m("advice.result.copied"))).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await template.inputValue());

    await principle.click();
    await expect(page).toHaveURL(new RegExp(`/sv/sources#${id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m("principles.heading"));
    await expect(page.locator(`[id="${id}"]`).getByRole("heading")).toHaveText(m(`principles.names.${id}`));
    await settled(page, `sv-${name}-sources`);
    await context.close();
  });
}
