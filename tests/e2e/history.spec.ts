import { expect, type Page } from "@playwright/test";

import { expectNoAxeViolations, expectNoHorizontalScroll, LINKEDIN_URL, openMoreContext, screenshot, submitSignUp, tabTo, test } from "./support";

// The decision history: recording from the advice screen, the history screen
// (search, open, delete, undo), "You decided before", and the Waiting list, at a
// phone's and a desktop's size. Guests' entries stay in the browser; an account's
// are kept on the server and a guest's are offered to it on sign-up.

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
// Long stories with several axe runs and the few seconds an undo waits, on a shared machine.
test.setTimeout(180_000);

const SIZES = [
  { name: "phone", viewport: { width: 375, height: 740 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
] as const;

async function withPolicy(page: Page) {
  await page.goto("/en");
  const profile = {
    displayName: "Aino",
    linkedinUrl: LINKEDIN_URL,
    platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" }, instagram: { persona: "civilian" } },
  };
  await page.evaluate((p) => localStorage.setItem("kindly.v1", JSON.stringify({ draft: { displayName: "Aino" }, step: 0, profile: p })), profile);
}

async function describeRequest(
  page: Page,
  { platform, who, met, name, fullName }: { platform: string; who: string; met: string; name: string; fullName: string },
) {
  await page.getByRole("group", { name: "Which platform is it on?" }).getByLabel(platform).check();
  await page.getByLabel("Who is it?").selectOption(who);
  await openMoreContext(page);
  await page.getByRole("group", { name: "Have you met?" }).getByLabel(met).check();
  await page.getByLabel("The name you'd greet them by").fill(name);
  await page.getByLabel("Their full name").fill(fullName);
}

for (const size of SIZES) {
  test.describe(`at ${size.name} size`, () => {
    test.use({ viewport: size.viewport });

    test("record → history → search → open → delete → undo, and “You decided before”", async ({ page }) => {
      await withPolicy(page);
      await page.goto("/en/advice");
      await describeRequest(page, { platform: "Facebook", who: "client", met: "In person", name: "Jussi", fullName: "Jussi Virtanen" });
      await expect(page.getByTestId("verdict-summary")).toHaveText("Point them to LinkedIn instead.");
      const reply = await page.getByTestId("template-text").inputValue();

      // Copying offers to record it; nothing is recorded until the person says so.
      await page.getByRole("button", { name: "Copy message" }).click();
      await expect(page.getByText("Copied. Keep this in your history?")).toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem("kindly.history"))).toBeNull();
      await page.getByRole("button", { name: "Keep it" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Kept in your history: you redirected them." }).first()).toBeVisible();

      // A second decision, recorded with "Done — I …".
      await describeRequest(page, { platform: "LinkedIn", who: "coworker", met: "In person", name: "Aino", fullName: "Aino Lehto" });
      await page.getByRole("button", { name: "Done — I accepted" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Kept in your history: you accepted." }).first()).toBeVisible();
      await expectNoAxeViolations(page);
      if (size.name === "phone") await expectNoHorizontalScroll(page);

      // "You decided before": the same full name, no link on either side → asked, not assumed.
      await describeRequest(page, { platform: "Instagram", who: "client", met: "In person", name: "Jussi", fullName: "jussi virtanen" });
      const past = page.getByTestId("past-decision");
      await expect(past).toContainText("You pointed Jussi elsewhere from Facebook on");
      await expect(past.getByRole("group", { name: "Is this the same person?" })).toBeVisible();
      await past.getByRole("button", { name: "Yes, same person" }).click();
      await expect(past.getByText("You could give the same answer:")).toBeVisible();
      await expect(past.locator("blockquote")).toHaveText(reply);
      await expectNoAxeViolations(page);
      await screenshot(page, `${size.name}-history-decided-before`);

      // The history screen, by keyboard: newest first, says where it is stored.
      await page.goto("/en/history");
      await expect(page.getByRole("heading", { name: "Your history", level: 1 })).toBeVisible();
      await expect(page.getByTestId("history-where")).toContainText("only in this browser");
      const entries = page.getByTestId("history-entry");
      await expect(entries).toHaveCount(2);
      await expect(entries.nth(0)).toContainText("Aino Lehto");
      await expect(entries.nth(1)).toContainText("Jussi Virtanen");
      await expectNoAxeViolations(page);
      if (size.name === "phone") await expectNoHorizontalScroll(page);
      await screenshot(page, `${size.name}-history`);

      const search = page.getByLabel("Search by name");
      await tabTo(page, search);
      await page.keyboard.type("jussi");
      await expect(entries).toHaveCount(1);
      await expect(page.getByText("Showing 1 of 2")).toBeVisible();
      // Open it with the keyboard: the message sent is there.
      await tabTo(page, entries.first().locator("summary"));
      await page.keyboard.press("Enter");
      await expect(entries.first().locator("blockquote")).toHaveText(reply);
      await page.getByLabel("Platform").selectOption("linkedin");
      await expect(page.getByText("Nothing matches.")).toBeVisible();
      await page.getByLabel("Platform").selectOption("all");
      await entries.first().locator("summary").click();

      // Delete, then undo within the few seconds.
      await entries.first().getByRole("button", { name: "Delete the entry for Jussi Virtanen" }).click();
      await expect(entries).toHaveCount(0);
      await page.getByRole("button", { name: "Undo" }).click();
      await expect(entries).toHaveCount(1);
      await page.waitForTimeout(5500);
      await page.reload();
      await expect(page.getByTestId("history-entry")).toHaveCount(2);

      // Delete for real: once the undo time is over it is gone, also after a reload.
      await page.getByTestId("history-entry").filter({ hasText: "Jussi Virtanen" }).first().locator("summary").click();
      await page.getByRole("button", { name: "Delete the entry for Jussi Virtanen" }).click();
      await expect(page.getByText("Deleted Jussi Virtanen.")).toBeVisible();
      await expect.poll(() => page.evaluate(() => localStorage.getItem("kindly.history") ?? ""), { timeout: 9000 }).not.toContain("Jussi Virtanen");
      await page.reload();
      await expect(page.getByTestId("history-entry")).toHaveCount(1);

      // Delete everything, after a confirmation.
      await page.getByRole("button", { name: "Delete my whole history" }).click();
      await expect(page.getByText("Delete all 1 entry? This can't be undone.")).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Yes, delete everything" }).click();
      await expect(page.getByText("Nothing here yet.")).toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem("kindly.history"))).toBeNull();
    });

    test("a decision waiting on a meeting is on the Waiting list until “We've met” is followed", async ({ page }) => {
      await withPolicy(page);
      await page.goto("/en/advice");
      await describeRequest(page, { platform: "LinkedIn", who: "stranger", met: "We're meeting soon", name: "Mika", fullName: "Mika Salo" });
      await page.getByLabel("When you'll meet (optional)").fill("2026-12-20");
      await page.getByRole("button", { name: "I'll connect after we meet" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Kept in your list of people to meet first." }).first()).toBeVisible();

      await page.goto("/en/history");
      const waiting = page.getByTestId("waiting-list");
      await expect(waiting.getByRole("listitem")).toHaveCount(1);
      await expect(waiting).toContainText("Mika Salo");
      await expect(waiting).toContainText("meeting on Dec 20, 2026");
      await expectNoAxeViolations(page);
      if (size.name === "phone") await expectNoHorizontalScroll(page);
      await screenshot(page, `${size.name}-history-waiting`);

      // "We've met": the advice again for the same person, now met in person.
      await waiting.getByRole("link", { name: "We've met" }).click();
      await expect(page).toHaveURL(/\/en\/advice\?/);
      await openMoreContext(page);
      await expect(page.getByRole("group", { name: "Have you met?" }).getByLabel("In person")).toBeChecked();
      await expect(page.getByLabel("Their full name")).toHaveValue("Mika Salo");
      await expect(page.getByLabel("The name you'd greet them by")).toHaveValue("Mika");
      await expect(page.getByLabel("Who is it?")).toHaveValue("stranger");
      const verdict = await page.getByTestId("verdict-summary").innerText();
      expect(verdict).not.toBe("");
      await page
        .getByRole("button", { name: /^Done — I / })
        .first()
        .click();
      await page.goto("/en/history");
      await expect(page.getByText("Nobody is waiting for a meeting right now.")).toBeVisible();
      await expect(page.getByTestId("history-entry")).toHaveCount(2);
    });
  });
}

test("signed in, the history is kept in the account, and a guest's entries are offered to it, not moved silently", async ({ page }) => {
  await withPolicy(page);
  await page.goto("/en/advice");
  await describeRequest(page, { platform: "Facebook", who: "friend", met: "In person", name: "Guest", fullName: "Guest Entry" });
  await page
    .getByRole("button", { name: /^Done — I / })
    .first()
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Kept in your history" }).first()).toBeVisible();

  await page.goto("/en/sign-up");
  await page.getByLabel("Your first name").fill("Aino");
  await page.getByLabel("Email").fill(`history.${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("quiet harbour lantern");
  expect(await submitSignUp(page, () => page.getByRole("button", { name: "Create account" }).click())).toBe(200);
  await expect(page).toHaveURL(/\/en\/policy/);

  await page.goto("/en/history");
  await expect(page.getByTestId("history-where")).toContainText("in your Kindly account");
  // Nothing was moved: the account is empty until the person chooses.
  await expect(page.getByText("Nothing here yet.")).toBeVisible();
  await expect(page.getByText("This browser holds 1 decision you recorded before signing in.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Add to my account" }).click();
  await expect(page.getByTestId("history-entry")).toHaveCount(1);
  await expect(page.getByTestId("history-entry")).toContainText("Guest Entry");
  expect(await page.evaluate(() => localStorage.getItem("kindly.history"))).toBeNull();

  // The account's history comes from the server: the API answers with it.
  const api = await page.request.get("/api/history");
  expect(api.status()).toBe(200);
  expect(((await api.json()) as { entries: { fullName: string }[] }).entries.map((e) => e.fullName)).toEqual(["Guest Entry"]);
});
