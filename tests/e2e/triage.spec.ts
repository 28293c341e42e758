import { expect, type Page } from "@playwright/test";

import { dropFiles, exportZip } from "./exports";
import { expectNoAxeViolations, screenshot, submitSignUp, test } from "./support";

// The triage queue and its to-do list (issue 21, points 4 and 5): the export zipped here from the
// format-faithful samples, dropped, sorted by keyboard (desktop) and by touch (phone), resumed after a reload.

async function dropZip(page: Page, zip: Buffer) {
  await dropFiles(page, [{ name: "kindly-exports-2026.zip", bytes: zip }]);
}

/** Every request body the page sends: none may carry anything of the dropped files. */
function watchUploads(page: Page): Buffer[] {
  const bodies: Buffer[] = [];
  page.on("request", (request) => {
    const body = request.postDataBuffer();
    if (body) bodies.push(body);
  });
  return bodies;
}

const FROM_THE_FILES = ["maija_mallikas_fake", "Mallikas", "received_requests_v2", "Invitations", "inviterProfileUrl", "Saanko", "PK\u0003\u0004"];

function expectNothingUploaded(bodies: Buffer[], zip: Buffer) {
  for (const body of bodies) {
    const text = body.toString("utf8");
    for (const needle of FROM_THE_FILES) expect(text).not.toContain(needle);
    expect(body.length).toBeLessThan(zip.length);
  }
}

const card = (page: Page) => page.getByTestId("triage-card");
const cardName = (page: Page) => card(page).getByRole("heading", { level: 3 });
const verdict = (page: Page) => page.getByTestId("triage-verdict");

/** Moves the queue with → until a request of `platform` is on screen. */
async function moveToPlatform(page: Page, platform: string) {
  for (let i = 0; i < 10; i++) {
    if ((await card(page).locator("header p").first().textContent())?.includes(platform)) return;
    await page.keyboard.press("ArrowRight");
  }
  throw new Error(`No ${platform} request in the queue`);
}

test.describe("desktop, keyboard", () => {
  test.use({ viewport: { width: 1280, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });

  test("triage by keyboard, a batch, a redirect copied, an item checked off into the history, resumed after a reload", async ({ page }) => {
    test.setTimeout(240_000);
    const bodies = watchUploads(page);
    const coworker = "Maija Mallikas-Äärelä";
    await page.goto("/en/import");
    await expect(page.getByTestId("triage-empty")).toBeVisible();
    const zip = exportZip();
    await dropZip(page, zip);

    await expect(page.getByText("0 of 8 decided", { exact: true })).toBeVisible();
    await expect(page.getByText("kept in this browser only")).toBeVisible();
    // No questionnaire was done: the partial policy is said, with the way to finish it.
    await expect(page.getByRole("link", { name: "Answer the questionnaire" })).toBeVisible();
    // A device with a fine pointer: the keys are explained.
    await expect(page.getByTestId("triage-keys")).toBeVisible();

    // The first request: Facebook's Maija, her name repaired from Meta's escaped bytes; greeted by her first name only.
    await expect(cardName(page)).toHaveText("Maija Mallikas-Äärelä");
    await expect(card(page).getByLabel("Greet them as")).toHaveValue("Maija");
    await expect(verdict(page)).toContainText("Choose who they are");
    await expectNoAxeViolations(page);
    await screenshot(page, "triage-desktop-start");

    // Shortcuts of the browser are left alone: Ctrl+C and Alt+N toggle nothing.
    const noteBefore = await card(page).getByRole("button", { name: "They sent a note" }).getAttribute("aria-pressed");
    await page.keyboard.press("Control+c");
    await page.keyboard.press("Alt+n");
    await expect(card(page).getByRole("button", { name: "We have something in common" })).toHaveAttribute("aria-pressed", "false");
    await expect(card(page).getByRole("button", { name: "They sent a note" })).toHaveAttribute("aria-pressed", noteBefore!);
    await expect(verdict(page)).toContainText("Choose who they are");

    // 3 = Friend: accepted; F marks a fake profile, which turns it into a decline; F again takes it back.
    await page.keyboard.press("3");
    await expect(card(page).getByRole("button", { name: "Friend", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(verdict(page)).toContainText("Your policy says: Accept");
    await page.keyboard.press("f");
    await expect(card(page).getByRole("button", { name: "Looks like a fake profile" })).toHaveAttribute("aria-pressed", "true");
    await expect(verdict(page)).toContainText("Your policy says: Decline");
    await page.keyboard.press("f");
    await expect(verdict(page)).toContainText("Your policy says: Accept");
    // 4 = Coworker: on a private Facebook, pointed elsewhere, with a reply that greets her.
    await page.keyboard.press("4");
    await expect(verdict(page)).toContainText("Your policy says: Redirect");
    await expect(verdict(page)).toContainText("Maija");

    // Enter confirms and shows the next request, its name focused; the change and the progress are announced once, politely.
    await page.keyboard.press("Enter");
    await expect(page.getByText("1 of 8 decided", { exact: true })).toBeVisible();
    await expect(page.getByTestId("triage-announcement")).toHaveText("Maija Mallikas-Äärelä: Redirect, confirmed. 1 of 8 decided");
    await expect(cardName(page)).not.toHaveText("Maija Mallikas-Äärelä");
    await expect(cardName(page)).toBeFocused();

    // U undoes the last confirm: she is back, open again; Enter confirms her once more.
    await page.keyboard.press("u");
    await expect(page.getByText("0 of 8 decided", { exact: true })).toBeVisible();
    await expect(cardName(page)).toHaveText("Maija Mallikas-Äärelä");
    await page.keyboard.press("Enter");
    await expect(page.getByText("1 of 8 decided", { exact: true })).toBeVisible();
    const next = (await cardName(page).textContent())!;
    // ← and → move between requests.
    await page.keyboard.press("ArrowRight");
    await expect(cardName(page)).not.toHaveText(next);
    await page.keyboard.press("ArrowLeft");
    await expect(cardName(page)).toHaveText(next);

    // LinkedIn's recruiter: the note shown and counted; the name's degree left out of the greeting.
    await moveToPlatform(page, "LinkedIn");
    if ((await cardName(page).textContent()) !== "Fake Recruiter, PhD") await page.keyboard.press("ArrowRight");
    await expect(cardName(page)).toHaveText("Fake Recruiter, PhD");
    await expect(card(page).getByText("Hiring a remote test engineer")).toBeVisible();
    await expect(card(page).getByRole("button", { name: "They sent a note" })).toHaveAttribute("aria-pressed", "true");
    await expect(card(page).getByLabel("Greet them as")).toHaveValue("Fake");
    // Keys never fire while typing: a 1 typed in the greeting name stays text.
    await card(page).getByLabel("Greet them as").fill("");
    await card(page).getByLabel("Greet them as").pressSequentially("Kari1");
    await expect(card(page).getByLabel("Greet them as")).toHaveValue("Kari1");
    await expect(card(page).getByRole("button", { name: "Family" })).toHaveAttribute("aria-pressed", "false");
    await card(page).getByLabel("Greet them as").fill("Kari");
    // Escape leaves the field, so the keys work again.
    await card(page).getByLabel("Greet them as").press("Escape");
    await expect(card(page).getByLabel("Greet them as")).not.toBeFocused();
    // The search list offers the rest: a business partner; Enter in the field confirms it.
    await card(page).getByLabel("Someone else? Type to search").fill("Business partner");
    await expect(verdict(page)).toContainText("Your policy says:");
    await page.keyboard.press("Enter");
    await expect(page.getByText("2 of 8 decided", { exact: true })).toBeVisible();

    // Before anyone is chosen, a card says at once what the policy gives a stranger where nothing else changes it.
    await moveToPlatform(page, "Instagram");
    await expect(card(page).getByTestId("triage-if-stranger")).toHaveText("If you don't know them: Decline");

    // The batch: every stranger on a private Instagram is declined whatever else is true — asked of the engine.
    const instagram = page.locator('[data-testid="triage-batch"][data-platform="instagram"]');
    await expect(instagram).toContainText("Instagram: 3 requests not marked as someone you know");
    await instagram.getByRole("button", { name: "Decline all 3…" }).click();
    await expect(instagram.getByText("Decline these 3 requests on Instagram as coming from people you don't know?")).toBeVisible();
    await expectNoAxeViolations(page);
    await instagram.getByRole("button", { name: "Yes, decline all 3" }).click();
    await expect(page.getByText("5 of 8 decided", { exact: true })).toBeVisible();
    await expect(page.getByTestId("triage-announcement")).toHaveText("Instagram: 3 requests confirmed – decline. 5 of 8 decided");
    await expect(cardName(page)).toBeFocused();

    // The to-do list: per platform, per verdict; the redirect's reply copied exactly.
    const todo = page.getByTestId("triage-todo");
    await expect(todo.getByRole("heading", { name: "Ignore or decline (3)" })).toBeVisible();
    const redirect = todo.locator('[data-platform="facebook"] [data-verdict="redirect"] [data-testid="todo-item"]');
    await expect(redirect).toHaveCount(1);
    await expect(redirect).toContainText(`Point ${coworker} elsewhere`);
    const reply = (await redirect.locator("blockquote").textContent())!;
    expect(reply.length).toBeGreaterThan(20);
    await redirect.getByRole("button", { name: `Copy reply to ${coworker}` }).click();
    await expect(redirect.getByText("Copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reply);

    // Checked off: recorded in this browser's history, once.
    await redirect.getByRole("checkbox", { name: `Point ${coworker} elsewhere` }).check();
    await expect(redirect.getByText("Saved in your history, in this browser.")).toBeVisible();
    await expect(todo.getByText("1 of 5 done")).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, "triage-desktop-todo");

    // A reload resumes where it stopped: progress, choices, to-do list and the check.
    await page.reload();
    await expect(page.getByText("5 of 8 decided", { exact: true })).toBeVisible();
    await expect(redirect.getByRole("checkbox", { name: `Point ${coworker} elsewhere` })).toBeChecked();
    await expect(todo.getByText("1 of 5 done")).toBeVisible();

    // The history lists it, from an import; back on the queue, the person shows as decided before.
    await page.goto("/en/history");
    const entry = page.getByTestId("history-entry").filter({ hasText: coworker });
    await expect(entry).toHaveCount(1);
    await expect(entry.locator("summary")).toContainText("Imported");
    await entry.locator("summary").click();
    await expect(entry.getByText("an import")).toBeVisible();
    await expect(entry.getByText(reply)).toBeVisible();
    await page.goto("/en/import");
    // Her own new entry is not a decision "from before", neither on her to-do item nor on her card.
    await expect(redirect.getByText("Saved in your history, in this browser.")).toBeVisible();
    await expect(redirect.getByTestId("past-decision")).toHaveCount(0);
    for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowLeft");
    await expect(cardName(page)).toHaveText(coworker);
    await expect(card(page).getByTestId("past-decision")).toHaveCount(0);
    // She is in the history now: changed there, not by a key here.
    await expect(card(page).getByTestId("triage-in-history")).toContainText("Already in your history — change it there.");
    await page.keyboard.press("3");
    await expect(card(page).getByRole("button", { name: "Coworker", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(redirect).toHaveCount(1);

    // "Clear this import" asks first, then empties it, for good.
    await page.getByRole("button", { name: "Clear this import" }).click();
    await page.getByRole("button", { name: "Yes, clear this import" }).click();
    await expect(page.getByTestId("triage-empty")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("triage-empty")).toBeVisible();
    expectNothingUploaded(bodies, zip);
  });
});

for (const locale of ["en", "fi"] as const) {
  test.describe(`phone, touch (${locale})`, () => {
    test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

    test(`triage by tapping at 375 px (${locale})`, async ({ page }) => {
      test.setTimeout(180_000);
      const text =
        locale === "en"
          ? { progress: (n: number) => `${n} of 8 decided`, friend: "Friend", confirm: "Confirm", undo: "Undo", greet: "Greet them as", accept: "Accept" }
          : {
              progress: (n: number) => `${n}/8 ratkaistu`,
              friend: "Ystävä",
              confirm: "Vahvista",
              undo: "Peru",
              greet: "Nimi tervehdyksessä",
              accept: "Hyväksy",
            };
      const bodies = watchUploads(page);
      await page.goto(`/${locale}/import`);
      const zip = exportZip();
      await dropZip(page, zip);
      await expect(page.getByText(text.progress(0), { exact: true })).toBeVisible();
      // No keyboard here: the key help stays hidden.
      expect(await page.evaluate(() => matchMedia("(hover: hover) and (pointer: fine)").matches)).toBe(false);
      await expect(page.getByTestId("triage-keys")).toBeHidden();
      await expect(card(page).getByLabel(text.greet)).toHaveValue("Maija");

      // Large targets: every choice is at least 44 px high, and nothing runs wider than the screen.
      for (const button of await card(page).getByRole("button").all()) expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      await card(page).getByRole("button", { name: text.friend, exact: true }).tap();
      await expect(verdict(page)).toContainText(text.accept);
      await card(page).getByRole("button", { name: text.confirm }).tap();
      await expect(page.getByText(text.progress(1), { exact: true })).toBeVisible();
      await card(page).getByRole("button", { name: text.undo }).tap();
      await expect(page.getByText(text.progress(0), { exact: true })).toBeVisible();
      await card(page).getByRole("button", { name: text.confirm }).tap();
      await expect(page.getByText(text.progress(1), { exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, `triage-phone-${locale}`);

      await page.reload();
      await expect(page.getByText(text.progress(1), { exact: true })).toBeVisible();
      await expect(page.getByTestId("triage-todo").getByTestId("todo-item")).toHaveCount(1);
      await expectNoAxeViolations(page);
      expectNothingUploaded(bodies, zip);
    });
  });
}

test("signed in, a checked-off item is recorded in the account, from an import", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/en/sign-up");
  await page.getByLabel("Your first name").fill("Eeva");
  await page.getByLabel("Email").fill(`triage.${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("quiet harbour lantern");
  expect(await submitSignUp(page, () => page.getByRole("button", { name: "Create account" }).click())).toBe(200);
  await expect(page).toHaveURL(/\/en\/policy/);

  const bodies = watchUploads(page);
  await page.goto("/en/import");
  const zip = exportZip();
  await dropZip(page, zip);
  await expect(cardName(page)).toHaveText("Maija Mallikas-Äärelä");
  // Signed in, the privacy line says what leaves the browser, and when.
  await expect(page.getByText("Nothing is sent until you check an item off; then it goes to your history in your account.")).toBeVisible();
  await page.keyboard.press("4");
  await expect(verdict(page)).toContainText("Your policy says: Redirect");
  await page.keyboard.press("Enter");
  const item = page.getByTestId("triage-todo").getByTestId("todo-item");
  await item.getByRole("checkbox", { name: "Point Maija Mallikas-Äärelä elsewhere" }).check();
  await expect(item.getByText("Saved in your history, in your account.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("kindly.history"))).toBeNull();

  const api = await page.request.get("/api/history");
  expect(api.status()).toBe(200);
  const entries = ((await api.json()) as { entries: { fullName: string; origin: string; verdict: string; relationship: string }[] }).entries;
  expect(entries).toEqual([expect.objectContaining({ fullName: "Maija Mallikas-Äärelä", origin: "import", verdict: "redirect", relationship: "coworker" })]);
  // What went to the account is the decision the person recorded, never the file.
  for (const body of bodies) {
    const text = body.toString("utf8");
    for (const needle of ["received_requests_v2", "inviterProfileUrl", "Saanko", "PK\u0003\u0004"]) expect(text).not.toContain(needle);
    expect(body.length).toBeLessThan(zip.length);
  }
});
