import { expect, type Page } from "@playwright/test";

import { expectNoAxeViolations, expectNoHorizontalScroll, LINKEDIN_URL, openMoreContext, screenshot, test } from "./support";

// Writing your own invitation (issue 22), both ways in: "Invite someone" in the
// header (Finnish), and the offer after a redirect on the advice screen
// (English), at a phone's and a desktop's size.

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const SIZES = [
  { name: "phone", viewport: { width: 375, height: 740 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
] as const;

async function withPolicy(page: Page, locale: string) {
  await page.goto(`/${locale}`);
  const profile = {
    displayName: "Aino",
    linkedinUrl: LINKEDIN_URL,
    platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" }, instagram: { persona: "civilian" } },
  };
  await page.evaluate((p) => localStorage.setItem("kindly.v1", JSON.stringify({ draft: { displayName: "Aino" }, step: 0, profile: p })), profile);
}

for (const size of SIZES) {
  test.describe(`at ${size.name} size`, () => {
    test.use({ viewport: size.viewport });

    test("from the header (fi): after a planned meeting, an editable note with a live counter, Copy, the Waiting list", async ({ page }) => {
      await withPolicy(page, "fi");
      await page.goto("/fi");
      await page.getByRole("navigation", { name: "Päävalikko" }).getByRole("link", { name: "Kutsu joku" }).click();
      await expect(page).toHaveURL(/\/fi\/invite$/);
      await expect(page.getByRole("heading", { name: "Kutsu joku", level: 1 })).toBeVisible();

      await page.getByLabel("Kuka hän on sinulle").selectOption("coworker");
      await page.getByLabel("Hänen nimensä").fill("Mikko");
      await page.getByRole("group", { name: "Oletteko tavanneet?" }).getByLabel("Tapaamme pian").check();
      await page.getByLabel("Missä tapasitte tai tapaatte").fill("Slush");
      await expect(page.getByTestId("invitation-heading")).toHaveText("Lähetä kutsu tapaamisen jälkeen");
      await expect(page.getByText("P13", { exact: true })).toBeVisible();

      const box = page.getByTestId("note-warm");
      await expect(box).toHaveValue(/^Hei Mikko,\n.*Slush/su);
      const composed = await box.inputValue();
      const counter = page.getByText(`${200 - composed.length} merkkiä jäljellä / 200`);
      await expect(counter).toBeVisible();

      // Editable: the counter follows the box, and Copy copies exactly what is in it.
      await box.fill("Hei Mikko, kiitos tapaamisesta Slushissa! Pidetään yhteyttä.");
      await expect(page.getByText("140 merkkiä jäljellä / 200")).toBeVisible();
      await box.fill(`${"a".repeat(205)}`);
      await expect(page.getByText("5 merkkiä liikaa – raja on 200")).toBeVisible();
      await box.fill("Hei Mikko, kiitos tapaamisesta Slushissa! Pidetään yhteyttä.");
      await page.getByRole("button", { name: "Kopioi" }).first().click();
      await expect(page.getByText("Kopioitu. Liitä se kutsuun.")).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Hei Mikko, kiitos tapaamisesta Slushissa! Pidetään yhteyttä.");

      await expectNoAxeViolations(page);
      if (size.name === "phone") await expectNoHorizontalScroll(page);
      await screenshot(page, `${size.name}-invite-header`);

      // "Connect after the meeting" goes to the Waiting list.
      await page.getByRole("button", { name: "Tallenna odotuslistalle" }).first().click();
      await expect(page.getByText("Tallennettu odotuslistallesi: lähetä kutsu tapaamisen jälkeen.")).toBeVisible();
      await page.goto("/fi/history");
      await expect(page.getByTestId("waiting-list")).toContainText("Mikko");
      await expect(page.getByTestId("history-entry").first()).toContainText("Mikko");
    });

    test("from the advice screen (en): after a redirect, an offer prefilled with the name and the place", async ({ page }) => {
      await withPolicy(page, "en");
      await page.goto("/en/advice");
      await page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("Facebook").check();
      await page.getByLabel("Who is it?").selectOption("client");
      await openMoreContext(page);
      await page.getByRole("group", { name: "Have you met?" }).getByLabel("In person").check();
      await page.getByLabel("The name you'd greet them by").fill("Jussi");
      await page.getByLabel("Event or place where you met").fill("Slush");
      await expect(page.getByTestId("verdict-summary")).toHaveText("Point them to LinkedIn instead.");
      // An offer, not automatic: nothing happens until it is followed.
      const offer = page.getByTestId("invite-offer");
      await expect(offer).toHaveText("Write the invitation");
      await expectNoAxeViolations(page);
      await offer.click();

      await expect(page).toHaveURL(/\/en\/invite\?/);
      // The name and the place came through this tab's session storage, never the address.
      expect(page.url()).not.toMatch(/Jussi|Slush/);
      await expect(page.getByRole("group", { name: "Where you thought of connecting" }).getByLabel("LinkedIn")).toBeChecked();
      await expect(page.getByLabel("Who they are to you")).toHaveValue("client");
      await expect(page.getByLabel("Their name")).toHaveValue("Jussi");
      await expect(page.getByLabel("Where you met or will meet")).toHaveValue("Slush");
      await expect(page.getByTestId("invitation-heading")).toHaveText("Send it on LinkedIn");
      await expect(page.getByTestId("note-warm")).toHaveValue(
        "Hi Jussi,\nIt was good to meet you – Slush was a good place for it. I'd like to keep in touch about our work. I'd be glad to connect.",
      );
      await expect(page.getByTestId("note-brief")).toHaveValue(/^Hi Jussi! .*Slush/u);

      // Premium leaves room for 300 characters.
      await page
        .getByRole("group", { name: "Your LinkedIn account" })
        .getByLabel(/Premium/)
        .check();
      await expect(page.getByText(/characters left of 300/).first()).toBeVisible();

      await page.getByLabel("Why you want to connect").fill("I'd like to hear how the pilot goes");
      await expect(page.getByTestId("note-warm")).toHaveValue(/I'd like to hear how the pilot goes\./u);
      await expectNoAxeViolations(page);
      if (size.name === "phone") await expectNoHorizontalScroll(page);
      await screenshot(page, `${size.name}-invite-from-advice`);

      await page.getByRole("button", { name: "Save in my history" }).first().click();
      await expect(page.getByText("Saved in your history.")).toBeVisible();
      await page.goto("/en/history");
      await expect(page.getByTestId("history-entry").first()).toContainText("Jussi");
      // Saved as sent, not as waiting: Jussi is on no Waiting list (there may be none at all).
      await expect(page.getByTestId("waiting-list").getByText("Jussi")).toHaveCount(0);
    });
  });
}
