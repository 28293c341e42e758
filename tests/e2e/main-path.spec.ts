import { expect } from "@playwright/test";

import { answerQuestionnaire, containing, expectNoAxeViolations, LINKEDIN_URL, openMoreContext, screenshot, test } from "./support";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a new person goes from questionnaire to policy grid to a copied redirect message", async ({ page }) => {
  // A long path with an axe run on every screen: on a busy machine it takes longer than one minute.
  test.slow();
  await answerQuestionnaire(page, { screenshots: "desktop" });

  // The grid: platforms used × every kind of requester.
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("columnheader")).toHaveText(["Who it is", "LinkedIn", "Facebook", "Instagram"]);
  await expect(grid.getByRole("row")).toHaveCount(13);
  const clientOnFacebook = page.getByRole("button", { name: "Facebook, Client: Redirect" });
  await expect(clientOnFacebook).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "desktop-policy");

  // Change a cell: accept coworkers on Facebook. It is marked as changed and can be reset.
  await page.getByRole("button", { name: /^Facebook, Coworker: Redirect$/ }).click();
  const dialog = page.getByRole("dialog", { name: "Facebook · Coworker" });
  await expect(dialog).toBeVisible();
  // The other reasonable answer, with when it fits.
  await expect(dialog.getByTestId("alternatives")).toHaveText(
    "Also reasonable: accept and add them to your Restricted list – if you know them well beyond work.",
  );
  await expectNoAxeViolations(page);
  await dialog.getByLabel("Accept").check();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("button", { name: "Facebook, Coworker: Accept, changed by you" })).toBeFocused();
  await expect(page.getByText("You've changed 1 cell.")).toBeVisible();

  // Advice for a Facebook request from a client.
  await page.getByRole("navigation").getByRole("link", { name: "Advice" }).click();
  await expect(page.getByRole("heading", { name: "Advice on one connection" })).toBeVisible();
  await page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("Facebook").check();
  await page.getByLabel("Who is it?").selectOption("client");
  await openMoreContext(page);
  await page.getByLabel("The name you'd greet them by").fill("Jussi");
  await expect(page.getByTestId("verdict-summary")).toHaveText("Point them to LinkedIn instead.");
  const template = page.getByTestId("template-text");
  await expect(template).toHaveValue(containing("Jussi"));
  await expect(template).toHaveValue(containing(LINKEDIN_URL));
  await expectNoAxeViolations(page);
  await screenshot(page, "desktop-advice");

  await page.getByRole("button", { name: "Copy message" }).click();
  await expect(page.getByText("Message copied.")).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await template.inputValue());
  expect(clipboard).toContain("Jussi");
  expect(clipboard).toContain(LINKEDIN_URL);

  // The changed cell is the person's own policy: a coworker on Facebook is now accepted.
  await page.getByLabel("Who is it?").selectOption("coworker");
  await expect(page.getByTestId("verdict-summary")).toHaveText("Go ahead and accept.");
  await expect(page.getByText("This follows the choice you made in your policy.")).toBeVisible();
});

test("answers survive a reload in the middle of the questionnaire", async ({ page }) => {
  await page.goto("/en/questionnaire");
  await page.getByLabel("Your first name").fill("Kari");
  await page.getByText("Openly").click();
  await page.getByRole("group", { name: "What do you do for a living?" }).getByLabel("Teacher").check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("group", { name: "Are you on LinkedIn?" }).getByLabel("Yes").check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 3 of 6")).toBeVisible();

  await page.reload();
  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Your first name")).toHaveValue("Kari");
  await expect(page.getByLabel("Openly")).toBeChecked();
  await expect(page.getByLabel("Teacher")).toBeChecked();
});

test("the policy's empty state points to the questionnaire; advice needs no setup first", async ({ page }) => {
  await page.goto("/en/policy");
  await expect(page.getByRole("heading", { name: "Answer the questionnaire first" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the questionnaire" })).toHaveAttribute("href", "/en/questionnaire");
  await expectNoAxeViolations(page);
  await page.goto("/en/advice");
  await expect(page.getByRole("group", { name: "Which platform is it on?" })).toBeVisible();
  await expect(page.getByTestId("advice-waiting")).toHaveText("Choose the platform the request came on, and the advice appears right here.");
  await expectNoAxeViolations(page);
});

test("before the scripts run, a screen shows what this browser's storage calls for", async ({ page }) => {
  // Next's scripts never arrive, so what shows is the server's HTML, the layout's inline hint and the CSS.
  await page.route("**/_next/static/chunks/*.js", (route) => route.abort());
  const empty = page.getByRole("heading", { name: "Answer the questionnaire first" });
  const pending = page.locator("main [aria-busy=true]");

  // A first visit: the empty state straight away.
  await page.goto("/en/policy");
  await expect(empty).toBeVisible();
  await expect(pending).toBeHidden();

  // A browser with a saved policy: room for the screen, never a flash of the empty state.
  await page.evaluate(() => localStorage.setItem("kindly.v1", JSON.stringify({ draft: { displayName: "Aino" }, step: 5, profile: { displayName: "Aino" } })));
  await page.goto("/en/policy");
  await expect(pending).toBeVisible();
  await expect(empty).toBeHidden();
  // Advice needs no policy: its room is kept either way until the scripts have read the storage.
  await page.goto("/en/advice");
  await expect(pending).toBeVisible();
  await expect(empty).toBeHidden();

  // A draft without a saved policy is still a first visit for these screens, but not for the questionnaire.
  await page.evaluate(() => localStorage.setItem("kindly.v1", JSON.stringify({ draft: { displayName: "Aino" }, step: 2, profile: null })));
  await page.goto("/en/policy");
  await expect(empty).toBeVisible();
  await expect(pending).toBeHidden();
  await page.goto("/en/questionnaire");
  await expect(pending).toBeVisible();
  await expect(page.getByText("About you", { exact: true })).toBeHidden();

  // A first visit to the questionnaire: its first step straight away, inert until the scripts have read the
  // storage, so nothing typed early is lost (or sent anywhere by the browser's own form submission).
  await page.evaluate(() => localStorage.clear());
  await page.goto("/en/questionnaire");
  await expect(page.getByText("About you", { exact: true })).toBeVisible();
  await expect(page.getByText("Step 1 of 6")).toBeVisible();
  await expect(pending).toBeHidden();
  await expect(page.locator("main form").locator("xpath=..")).toHaveAttribute("inert", "");
});

test("with storage that refuses writes (a private window, a full disk) the questionnaire still works in memory", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/en/questionnaire");
  await page.getByLabel("Your first name").fill("Kari");
  await expect(page.getByLabel("Your first name")).toHaveValue("Kari");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Your first name")).toHaveValue("Kari");
});
