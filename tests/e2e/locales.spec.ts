import { expect } from "@playwright/test";

import fiMessages from "../../lib/i18n/messages/fi/app.json" with { type: "json" };
import nbMessages from "../../lib/i18n/messages/nb/app.json" with { type: "json" };
import { expectNoAxeViolations, LINKEDIN_URL, openMoreContext, screenshot, test, translator, watchErrors } from "./support";

// The main path in Finnish and Norwegian, with labels read from the message files
// so the test follows the translations. Each checks the copied reply's language.
const CASES = [
  { locale: "fi", acceptLanguage: "fi-FI,fi;q=0.9", messages: fiMessages, templateLanguage: "en", expectInReply: "Thank you" },
  { locale: "nb", acceptLanguage: "nb-NO,nb;q=0.9,no;q=0.8", messages: nbMessages, templateLanguage: "nb", expectInReply: "Takk" },
] as const;

for (const { locale, acceptLanguage, messages, templateLanguage, expectInReply } of CASES) {
  test(`the main path in ${locale}, with the reply copied in ${templateLanguage}`, async ({ browser, consoleErrors }) => {
    const m = translator(locale, messages);
    const context = await browser.newContext({
      locale: acceptLanguage.split(",")[0],
      extraHTTPHeaders: { "Accept-Language": acceptLanguage },
      permissions: ["clipboard-read", "clipboard-write"],
    });
    watchErrors(context, consoleErrors);
    const page = await context.newPage();

    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveTitle(m("meta.title"));
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: m("home.start") }).click();

    await page.getByLabel(m("questionnaire.about.displayName")).fill("Aino");
    await page.getByLabel(m("questionnaire.about.linkedinUrl")).fill("not a url");
    await page.getByRole("button", { name: m("questionnaire.next") }).click();
    await expect(page.getByText(m("questionnaire.errors.linkedinUrl"))).toBeVisible();
    await page.getByLabel(m("questionnaire.about.linkedinUrl")).fill(LINKEDIN_URL);
    await expectNoAxeViolations(page);
    await screenshot(page, `${locale}-questionnaire`);
    await page.getByRole("button", { name: m("questionnaire.next") }).click();

    const name = (p: string) => m(`questionnaire.platformNames.${p}`);
    const onIt = (p: string) => page.getByRole("group", { name: m("questionnaire.platform.onIt", { platform: p }) });
    await onIt("linkedin").getByLabel(m("questionnaire.platform.yes"), { exact: true }).check();
    await page.getByRole("button", { name: m("questionnaire.next") }).click();
    await page.getByRole("button", { name: m("questionnaire.next") }).click(); // not on X
    await onIt("facebook").getByLabel(m("questionnaire.platform.yes"), { exact: true }).check();
    await page.getByRole("button", { name: m("questionnaire.next") }).click();
    await page.getByRole("button", { name: m("questionnaire.next") }).click(); // not on Instagram
    await expect(page.getByRole("heading", { name: m("questionnaire.review.title") })).toBeVisible();
    await page.getByRole("button", { name: m("questionnaire.save") }).click();

    await expect(page).toHaveURL(new RegExp(`/${locale}/policy`));
    const cellName = `${name("facebook")}, ${m("relationships.client")}: ${m("verdicts.redirect")}`;
    await expect(page.getByRole("button", { name: cellName, exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, `${locale}-policy`);

    await page
      .getByRole("navigation")
      .getByRole("link", { name: m("nav.advice") })
      .click();
    await page
      .getByRole("group", { name: m("advice.form.platform") })
      .getByLabel(name("facebook"))
      .check();
    await page.getByLabel(m("advice.form.relationship")).selectOption("client");
    await openMoreContext(page);
    await page.getByLabel(m("advice.form.requesterName")).fill("Jussi");
    await expect(page.getByTestId("verdict-summary")).toHaveText(m("advice.result.summary.redirect"));
    // Reasons are in the interface language; the reply in the language chosen for it.
    await page.getByLabel(m("advice.result.replyLanguage"), { exact: true }).selectOption(templateLanguage);
    await expect(page.getByTestId("template-text")).toHaveAttribute("lang", templateLanguage);
    await expectNoAxeViolations(page);
    await screenshot(page, `${locale}-advice`);
    await page.getByRole("button", { name: m("advice.result.copy") }).click();
    await expect(page.getByText(m("advice.result.copied"))).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(expectInReply);
    expect(clipboard).toContain("Jussi");
    expect(clipboard).toContain(LINKEDIN_URL);
    await context.close();
  });
}

test("the language switch changes the URL and the choice sticks", async ({ page }) => {
  await page.goto("/en/questionnaire");
  await page.getByLabel("Language", { exact: true }).selectOption("nb");
  await expect(page).toHaveURL(/\/nb\/questionnaire\?step=about$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await page.goto("/");
  await expect(page).toHaveURL(/\/nb$/);
});
