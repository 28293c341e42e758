import { expect, type Page } from "@playwright/test";

import { answerQuestionnaire, expectNoAxeViolations, submitSignUp, test } from "./support";

// Dates in the person's own time zone, whatever the language: a Finnish reader in New York sees New York dates,
// not Helsinki's (the fi language's zone) nor UTC's (LinkedIn's).
test.use({ timezoneId: "America/New_York", locale: "fi-FI" });

const PASSWORD = "quiet harbour lantern";

async function zoneCookie(page: Page): Promise<string | undefined> {
  return (await page.context().cookies()).find((cookie) => cookie.name === "kindly-tz")?.value;
}

test("an imported invitation's date is the day it was in the person's zone", async ({ page }) => {
  await page.goto("/fi/import");
  await expect.poll(() => zoneCookie(page)).toBe(encodeURIComponent("America/New_York"));
  // 02:30 UTC on 15 January is still the evening of 14 January in New York (and 04:30 on the 15th in Helsinki).
  const csv = [
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
    'Maija Mallikas,Aino Example,"1/15/26, 2:30 AM",,INCOMING,https://www.linkedin.com/in/maija-mallikas,https://www.linkedin.com/in/aino-example',
  ].join("\n");
  await page.getByLabel("Valitse tiedostot").setInputFiles({ name: "Invitations.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const list = page.locator("[data-platform=linkedin]");
  await expect(list.getByRole("link", { name: "Henkilön Maija Mallikas profiili" })).toBeVisible();
  const expected = new Intl.DateTimeFormat("fi", { dateStyle: "medium", timeZone: "America/New_York" }).format(new Date("2026-01-15T02:30:00Z"));
  expect(expected).toContain("14.");
  await expect(list.getByText(`Lähetetty ${expected}`)).toBeVisible();
  // The triage card shows the same day, with the time.
  await expect(page.getByTestId("triage-card").getByText(`Lähetetty ${expected}`)).toBeVisible();
  await expect(page.getByText(/Lähetetty 15\.1\.2026/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the account page says when the policy was saved, in the person's zone", async ({ page }) => {
  test.setTimeout(120_000);
  await answerQuestionnaire(page);
  await page.goto("/en/sign-up");
  await page.getByLabel("Your first name").fill("Aino");
  await page.getByLabel("Email").fill(`aino.tz.${Date.now()}@example.com`);
  await page.getByLabel("Password").fill(PASSWORD);
  expect(await submitSignUp(page, () => page.getByRole("button", { name: "Create account" }).click())).toBe(200);
  await expect(page).toHaveURL(/\/en\/policy/);
  await expect.poll(async () => (await page.request.get("/api/policy")).ok()).toBe(true);
  const savedAround = Date.now();

  // Rendered on the server, which knows the zone from the cookie the browser set.
  await page.goto("/fi/account");
  const line = page.getByText(/Linjasi on tallennettu viimeksi/);
  await expect(line).toBeVisible();
  const shown = (await line.textContent()) ?? "";
  const format = (zone: string, at: number) => new Intl.DateTimeFormat("fi", { dateStyle: "long", timeStyle: "short", timeZone: zone }).format(at);
  // The save happened within the last two minutes: one of these is what the page says.
  const inNewYork = [0, 1, 2].map((minutes) => format("America/New_York", savedAround - minutes * 60_000));
  const inHelsinki = [0, 1, 2].map((minutes) => format("Europe/Helsinki", savedAround - minutes * 60_000));
  expect(
    inNewYork.some((text) => shown.includes(text)),
    `${shown} in ${inNewYork.join(" / ")}`,
  ).toBe(true);
  expect(inHelsinki.some((text) => shown.includes(text))).toBe(false);
});
