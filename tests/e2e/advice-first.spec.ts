import { expect, type Page } from "@playwright/test";

import { expectNoAxeViolations, expectNoHorizontalScroll, LINKEDIN_URL, screenshot, tabTo, test } from "./support";

// Issue 19: an answer in under a minute, on a phone, without the setup first.

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** Counts what the person does: clicks and taps, value-changing choices, key presses, pastes. */
function counter(page: Page) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async click(target: ReturnType<Page["getByRole"]>) {
      count++;
      await target.click();
    },
    async tap(target: ReturnType<Page["getByRole"]>) {
      count++;
      await target.tap();
    },
    async select(target: ReturnType<Page["getByRole"]>, label: string) {
      count++;
      await target.selectOption({ label });
    },
    async paste(text: string) {
      await page.evaluate((value) => navigator.clipboard.writeText(value), text);
      count++;
      await page.keyboard.press("ControlOrMeta+V");
    },
  };
}

test("boss on Facebook, redirect to my LinkedIn, copy the message: at most 6 interactions from the landing page (desktop)", async ({ page }) => {
  // The whole journey on to the questionnaire and back, with two axe runs: more than a minute on a busy machine.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en");
  const steps = counter(page);

  await steps.click(page.getByRole("link", { name: "Facebook" }));
  await expect(page).toHaveURL(/\/en\/advice\?platform=facebook$/);
  await expect(page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("Facebook")).toBeChecked();
  await expect(page.getByRole("main").getByTestId("save-status")).toHaveText(/Nothing saved yet/);
  await steps.select(page.getByLabel("Who is it?"), "Manager");
  await steps.click(page.getByRole("group", { name: "How do you use Facebook?" }).getByLabel("As a private person"));
  await steps.click(page.getByLabel("Your LinkedIn profile address"));
  // Pasted without https:// — normalised, not refused.
  await steps.paste("linkedin.com/in/aino-example/");
  const result = page.getByRole("region", { name: "Kindly suggests" });
  await expect(result.getByText("Point them to LinkedIn instead.")).toBeVisible();
  const box = page.getByLabel("Your message – change it as you like");
  await expect(box).toHaveValue(new RegExp(LINKEDIN_URL.replace(/[.]/g, "\\.")));
  await steps.click(result.getByRole("button", { name: "Copy message" }));
  await expect(result.getByText("Message copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await box.inputValue());
  expect(steps.count).toBeLessThanOrEqual(6);
  await expect(page.getByRole("main").getByTestId("save-status")).toHaveText(/Saved in this browser/);
  await expectNoAxeViolations(page);
  await screenshot(page, "advice-first-desktop");

  // The address carries the choices, never a name: a reload keeps the advice.
  await page.getByText("More context").click();
  await page.getByLabel("The name you'd greet them by").fill("Jussi");
  await expect(page).toHaveURL(/platform=facebook&who=manager$/);
  await page.reload();
  await expect(page.getByRole("region", { name: "Kindly suggests" }).getByText("Point them to LinkedIn instead.")).toBeVisible();
  expect(page.url()).not.toContain("Jussi");

  // More than one message, and yours to edit: Copy copies exactly what is in the box.
  await page.getByRole("group", { name: "Pick a message" }).getByText("Brief").click();
  const brief = await box.inputValue();
  await box.fill(`${brief} See you on Monday!`);
  await page.getByRole("region", { name: "Kindly suggests" }).getByRole("button", { name: "Copy message" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${brief} See you on Monday!`);
  await page.getByRole("button", { name: "Bring back the suggested text" }).click();
  await expect(box).toHaveValue(brief);

  // A language switch keeps the choices.
  await page.getByLabel("Language", { exact: true }).selectOption("fi");
  await expect(page).toHaveURL(/\/fi\/advice\?platform=facebook&who=manager$/);
  await expect(page.getByRole("region", { name: "Kindly ehdottaa" })).toBeVisible();
  await expect(page.getByLabel("Kuka hän on?")).toHaveValue("manager");

  // The questionnaire starts from the answers given here, and nothing is preset to "No".
  await page.goto("/en/advice?platform=facebook&who=manager");
  await page.getByRole("link", { name: "Change your policy" }).click();
  await expect(page).toHaveURL(/\/en\/questionnaire\?from=.*&step=about$/);
  await expect(page.getByLabel("Your LinkedIn profile address")).toHaveValue("linkedin.com/in/aino-example/");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=linkedin$/);
  await expect(page.getByRole("group", { name: "Are you on LinkedIn?" }).getByLabel("Yes")).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=x$/);
  for (const answer of ["Yes", "No"]) await expect(page.getByRole("group", { name: "Are you on X (Twitter)?" }).getByLabel(answer)).not.toBeChecked();
  // Back and forward move between steps.
  await page.goBack();
  await expect(page.getByRole("heading", { name: "LinkedIn" })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("heading", { name: "X (Twitter)" })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("group", { name: "Are you on Facebook?" }).getByLabel("Yes")).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  // The review asks about what is still unanswered.
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
  // Once answered, the question turns into the answer.
  await page.getByRole("group", { name: "Are you on X (Twitter)?" }).getByLabel("No").click();
  await expect(page.getByText("X (Twitter): Not on it")).toBeVisible();
  await page.getByRole("group", { name: "Are you on Instagram?" }).getByLabel("No").click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save my policy" }).click();
  // Back where the person came from.
  await expect(page).toHaveURL(/\/en\/advice\?platform=facebook&who=manager$/);
  await expect(page.getByRole("region", { name: "Kindly suggests" }).getByText("Point them to LinkedIn instead.")).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, locale: "fi-FI" });

  test("in Finnish, by touch: the verdict and Copy stay in view while answering", async ({ page }) => {
    await page.goto("/fi");
    await expectNoHorizontalScroll(page);
    const steps = counter(page);
    await steps.tap(page.getByRole("link", { name: "Facebook" }));
    await expect(page).toHaveURL(/\/fi\/advice\?platform=facebook$/);
    await steps.select(page.getByLabel("Kuka hän on?"), "Esihenkilö");
    await steps.tap(page.getByRole("group", { name: "Miten käytät Facebook-palvelua?" }).getByLabel("Yksityishenkilönä"));
    await steps.tap(page.getByLabel("LinkedIn-profiilisi osoite"));
    await steps.paste("https://m.linkedin.com/in/aino-example");
    const summary = page.getByTestId("phone-summary");
    await expect(summary).toBeInViewport();
    await expect(summary.getByText("Ohjaa", { exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, "advice-first-phone-fi");
    await steps.tap(summary.getByRole("button", { name: "Kopioi" }));
    await expect(summary.getByText("Kopioitu")).toBeVisible();
    expect(steps.count).toBeLessThanOrEqual(6);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(LINKEDIN_URL);
    expect(copied).toBe(await page.getByTestId("template-text").inputValue());
    // The notice sits beside the button, never over it.
    const button = await summary.getByRole("button", { name: "Kopioi" }).boundingBox();
    const notice = await summary.getByText("Kopioitu").boundingBox();
    expect(button && notice && (notice.x >= button.x + button.width || notice.y >= button.y + button.height)).toBe(true);
    // Still in view after scrolling through "More context".
    await page.getByText("Lisää taustaa").tap();
    await page.getByLabel("Nimi, jolla tervehdit häntä").scrollIntoViewIfNeeded();
    await expect(summary).toBeInViewport();
    await screenshot(page, "advice-first-phone-fi-context");
  });

  test("a shared profile link opens advice with the platform chosen, and the shared words leave the address", async ({ page }) => {
    await page.goto("/en/advice?title=Jussi%20Lahtinen&text=Jussi%20on%20Instagram&url=https%3A%2F%2Fwww.instagram.com%2Fjussi.l%2F");
    await expect(page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("Instagram")).toBeChecked();
    await expect(page).toHaveURL(/\/en\/advice\?platform=instagram$/);
    // The shared link fills the one profile link field (what the history records), not the address.
    const link = page.getByLabel("Their profile link or handle");
    await expect(link).toHaveValue("https://www.instagram.com/jussi.l/");
    await expect(page.getByRole("textbox", { name: /profile link/ })).toHaveCount(1);
    // Pasting a profile link picks the platform too.
    await link.fill("https://x.com/jussi");
    await expect(page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("X (Twitter)")).toBeChecked();
    await expectNoAxeViolations(page);
  });
});

test("keyboard only: from the landing page to a copied reply", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en");
  await tabTo(page, page.getByRole("link", { name: "Facebook" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/advice\?platform=facebook$/);
  await tabTo(page, page.getByLabel("Who is it?"));
  await page.keyboard.type("Manager"); // a closed select takes typed letters
  await tabTo(page, page.getByRole("group", { name: "How do you use Facebook?" }).getByLabel("As a private person"));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByLabel("I'm not on LinkedIn"));
  await page.keyboard.press("Space");
  const result = page.getByRole("region", { name: "Kindly suggests" });
  await expect(result.getByTestId("verdict-summary")).toBeVisible();
  await tabTo(page, result.getByRole("button", { name: "Copy message" }));
  await page.keyboard.press("Enter");
  await expect(result.getByText("Message copied.")).toBeVisible();
});

test("installable, and once loaded the advice works offline", async ({ page, context }) => {
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest.icons.length).toBeGreaterThan(0);
  expect(manifest.share_target).toEqual({ action: "/advice", method: "GET", params: { title: "title", text: "text", url: "url" } });
  // The share target as a phone opens it: the platform is chosen, the shared words are gone from the address.
  await page.goto("/advice?title=Aino&text=Aino&url=https%3A%2F%2Fwww.linkedin.com%2Fin%2Faino");
  await expect(page).toHaveURL(/\/en\/advice\?platform=linkedin$/);

  await page.goto("/en/advice?platform=facebook&who=manager");
  await page.getByRole("group", { name: "How do you use Facebook?" }).getByLabel("As a private person").click();
  await expect(page.getByTestId("verdict-summary")).toBeVisible();
  // The first visit keeps what it loaded: wait for the worker and for the page to say its copy is kept (going
  // offline while the page is still storing itself could leave no copy).
  await expect(page.locator("html[data-kindly-offline-ready]")).toHaveCount(1);
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active && (await caches.match("/en/advice"))));

  // The network goes away (as if the server stopped); a reload still gives advice, worked out in the browser.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("Facebook")).toBeChecked();
  await expect(page.getByTestId("verdict-summary")).toBeVisible();
  await page.getByLabel("Who is it?").selectOption({ label: "Family" });
  await expect(page.getByTestId("verdict-summary")).toHaveText("Go ahead and accept.");
  await screenshot(page, "advice-offline");
  await context.setOffline(false);
});

test.describe("the grid on a touch phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test("no keyboard hints, each row leads to advice, Reset all undoes every change", async ({ page }) => {
    await page.goto("/en");
    const profile = {
      platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian", overrides: { coworker: "accept", client: "accept" } } },
    };
    await page.evaluate((p) => localStorage.setItem("kindly.v1", JSON.stringify({ draft: {}, step: 0, profile: p })), profile);
    await page.goto("/en/policy");
    await expect(page.getByText("Tap a cell to see why and to change it.")).toBeVisible();
    await expect(page.getByText("Tab takes you into the grid", { exact: false })).toBeHidden();
    await expect(page.getByText("You've changed 2 cells.")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, "policy-phone-touch");
    await page.getByRole("button", { name: "Reset all changes" }).tap();
    await expect(page.getByText("You haven't changed any cells.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Reset all changes" })).toHaveCount(0);
    await page.getByRole("link", { name: "Advice on a request from: Manager" }).tap();
    await expect(page).toHaveURL(/\/en\/advice\?who=manager$/);
    await expect(page.getByLabel("Who is it?")).toHaveValue("manager");
  });
});
