import { expect } from "@playwright/test";

import { expectNoAxeViolations, expectNoHorizontalScroll, LINKEDIN_URL, screenshot, tabTo, test } from "./support";

test.use({ viewport: { width: 375, height: 740 }, permissions: ["clipboard-read", "clipboard-write"] });

test("the whole path works by keyboard alone on a phone-sized screen", async ({ page }) => {
  // A long path with an axe run on every screen: on a busy machine it takes longer than one minute.
  test.slow();
  await page.goto("/en");
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await screenshot(page, "phone-home");

  await tabTo(page, page.getByRole("link", { name: "Set up my policy" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "About you" })).toBeVisible();

  await tabTo(page, page.getByLabel("Your first name"));
  await page.keyboard.type("Aino");
  await tabTo(page, page.getByLabel("Your LinkedIn profile address"));
  await page.keyboard.type(LINKEDIN_URL);
  await expectNoHorizontalScroll(page);
  await screenshot(page, "phone-questionnaire");
  await page.keyboard.press("Enter"); // submits the step
  await expect(page.getByRole("heading", { name: "LinkedIn" })).toBeFocused();

  // Radio groups: nothing is preset, so Tab reaches the first option and Space chooses it.
  await tabTo(page, page.getByRole("group", { name: "Are you on LinkedIn?" }).getByLabel("Yes"));
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: "Are you on LinkedIn?" }).getByLabel("Yes")).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "X (Twitter)" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Next" })); // not on X
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Facebook" })).toBeFocused();
  await tabTo(page, page.getByRole("group", { name: "Are you on Facebook?" }).getByLabel("Yes"));
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Instagram" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Next" })); // not on Instagram
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeFocused();
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole("button", { name: "Save my policy" }));
  await page.keyboard.press("Enter");

  // The grid fits the phone, one platform at a time: the arrow keys choose the platform, then move
  // between cells (one tab stop each); focus shows the reason, Enter opens the cell.
  await expect(page).toHaveURL(/\/en\/policy/);
  await tabTo(page, page.getByRole("tab", { name: "LinkedIn" }));
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Facebook" })).toHaveAttribute("aria-selected", "true");
  const cell = page.getByRole("button", { name: "Facebook, Client: Redirect" });
  await expect(cell).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await screenshot(page, "phone-policy");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Facebook, Family: Accept" })).toBeFocused();
  for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowDown"); // family … client
  await expect(cell).toBeFocused();
  await expect(page.getByText("Point them to your LinkedIn", { exact: false }).first()).toBeVisible();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Facebook · Client" });
  await expect(dialog.getByRole("button", { name: "Done" })).toBeFocused();
  await tabTo(page, dialog.getByRole("radio", { name: "Redirect" }), { back: true });
  await page.keyboard.press("ArrowLeft");
  await expect(dialog.getByRole("radio", { name: "Decline" })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Facebook, Client: Decline, changed by you" })).toBeFocused();

  // Advice by keyboard.
  await tabTo(page, page.getByRole("navigation").getByRole("link", { name: "Advice" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Advice on one connection" })).toBeVisible();
  await tabTo(page, page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("LinkedIn"));
  await page.keyboard.press("ArrowRight"); // X (Twitter): every platform is offered
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("Facebook")).toBeChecked();
  await tabTo(page, page.getByLabel("Who is it?"));
  await page.keyboard.type("Client");
  await tabTo(page, page.getByText("More context"));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("The name you'd greet them by"));
  await page.keyboard.type("Jussi");
  await expect(page.getByTestId("verdict-summary")).toHaveText("Decline, kindly.");
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await screenshot(page, "phone-advice");
  await tabTo(page, page.getByRole("button", { name: "Copy message" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Message copied.")).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await page.getByTestId("template-text").inputValue());
  expect(clipboard).toContain("Jussi");
});
