import { expect, type Browser, type BrowserContext } from "@playwright/test";

import en from "../../lib/i18n/messages/en/app.json" with { type: "json" };
import fi from "../../lib/i18n/messages/fi/app.json" with { type: "json" };
import { expectNoAxeViolations, expectNoHorizontalScroll, LINKEDIN_URL, test, watchErrors } from "./support";

// Issue 23 in the browser: an owner creates a team, writes the one-slide
// guideline and its baseline and makes an invite link; a member joins in a
// second browser, sees the team's marks in the policy grid and the advice,
// overrides a cell, prints the one-slide view (one PDF page) and leaves,
// keeping the override. At desktop and phone size, in English and Finnish.

const PASSWORD = "quiet harbour lantern";
const MESSAGES = { en, fi } as const;

type Locale = keyof typeof MESSAGES;
const CASES: { locale: Locale; size: "desktop" | "phone"; viewport: { width: number; height: number } }[] = [
  { locale: "en", size: "desktop", viewport: { width: 1280, height: 900 } },
  { locale: "fi", size: "phone", viewport: { width: 375, height: 760 } },
];

test.setTimeout(180_000);

let counter = 0;
const uniqueEmail = (who: string) => `${who}.${Date.now()}.${++counter}@example.com`;

async function newContext(browser: Browser, baseURL: string, viewport: { width: number; height: number }, errors: string[]) {
  const context = await browser.newContext({ locale: "en-GB", baseURL, viewport });
  watchErrors(context, errors);
  return context;
}

/** Signs up through the real endpoint; the session cookie lands in this context. */
async function signUp(context: BrowserContext, baseURL: string, name: string) {
  const data = { email: uniqueEmail(name.toLowerCase()), password: PASSWORD, name };
  let response = await context.request.post("/api/auth/sign-up/email", { headers: { origin: baseURL }, data });
  // Five sign-ups a minute per address, shared with the specs running beside this one: wait it out once.
  if (response.status() === 429) {
    test.info().setTimeout(test.info().timeout + 70_000);
    await new Promise((resolve) => setTimeout(resolve, 61_000));
    response = await context.request.post("/api/auth/sign-up/email", { headers: { origin: baseURL }, data });
  }
  expect(response.status()).toBe(200);
}

/** Escapes a text for a regular expression. */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

for (const { locale, size, viewport } of CASES) {
  test(`team: create, write, invite, join, marks, override, print, leave (${locale}, ${size})`, async ({ browser, baseURL, consoleErrors }) => {
    const m = MESSAGES[locale];
    const team = m.team;
    const owner = await newContext(browser, baseURL!, viewport, consoleErrors);
    const member = await newContext(browser, baseURL!, viewport, consoleErrors);
    const ownerPage = await owner.newPage();
    const memberPage = await member.newPage();
    for (const page of [ownerPage, memberPage]) page.on("dialog", (dialog) => void dialog.accept());

    // --- the owner creates the team and writes the guideline -------------------------------
    await signUp(owner, baseURL!, "Olga");
    await ownerPage.goto(`/${locale}/team`);
    await expect(ownerPage.getByRole("heading", { level: 1, name: team.title })).toBeVisible();
    await expectNoAxeViolations(ownerPage);
    const teamName = `Kindly ${locale} ${size}`;
    await ownerPage.getByLabel(team.create.name).fill(teamName);
    await ownerPage.getByRole("button", { name: team.create.button }).click();
    await expect(ownerPage.getByRole("heading", { name: team.guideline.title })).toBeVisible();

    await ownerPage.getByRole("button", { name: team.guideline.add }).click();
    await ownerPage.getByRole("textbox", { name: team.guideline.dontShareItem.replace("{n}", "1"), exact: true }).fill("Customers' names or faces");
    await ownerPage.getByRole("button", { name: team.guideline.add }).click();
    await ownerPage.getByRole("textbox", { name: team.guideline.dontShareItem.replace("{n}", "2"), exact: true }).fill("Offers that are not signed yet");
    await ownerPage
      .getByLabel(team.guideline.encouragement, { exact: true })
      .fill("Your own presence helps you and us.\nCustomers know you before the first meeting.");
    await ownerPage.getByRole("button", { name: team.guideline.addExample }).click();
    await ownerPage.getByRole("textbox", { name: team.guideline.exampleLabel.replace("{n}", "1"), exact: true }).fill("A good post");
    await ownerPage.getByRole("textbox", { name: team.guideline.exampleUrl.replace("{n}", "1"), exact: true }).fill("https://www.example.com/good-post");
    // The baseline: clients on Facebook go to LinkedIn; clients on LinkedIn are accepted.
    await ownerPage.getByText("Facebook", { exact: true }).click();
    await ownerPage.locator('[data-baseline="facebook:client"]').selectOption("redirect");
    await ownerPage.getByText("LinkedIn", { exact: true }).click();
    await ownerPage.locator('[data-baseline="linkedin:client"]').selectOption("accept");
    await ownerPage.getByRole("button", { name: team.guideline.save }).click();
    await expect(ownerPage.getByText(team.guideline.saved)).toBeVisible();
    if (size === "phone") await expectNoHorizontalScroll(ownerPage);

    await ownerPage.getByRole("button", { name: team.invites.create }).click();
    const link = ownerPage.getByTestId("invite-link").first();
    await expect(link).toHaveValue(/\/team\/join#[a-z0-9]+\.[A-Za-z0-9_-]{43}$/);
    const inviteLink = await link.inputValue();
    await expectNoAxeViolations(ownerPage);

    // --- the member: a saved policy, then joins in another browser ---------------------------
    await signUp(member, baseURL!, "Mira");
    const saved = await member.request.put("/api/policy", {
      headers: { origin: baseURL! },
      data: {
        profile: {
          displayName: "Mira",
          language: locale,
          linkedinUrl: LINKEDIN_URL,
          platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" } },
        },
        baseVersion: 0,
      },
    });
    expect(saved.status()).toBe(200);
    await memberPage.goto(inviteLink.replace(baseURL!, ""));
    await expect(memberPage.getByText(team.join.invited.replace("{team}", teamName))).toBeVisible();
    await expectNoAxeViolations(memberPage);
    await memberPage.getByRole("button", { name: team.join.button.replace("{team}", teamName) }).click();
    await expect(memberPage.getByText(team.join.joined.replace("{team}", teamName))).toBeVisible();

    // The owner sees who has joined: the name, nothing else.
    await ownerPage.reload();
    await expect(ownerPage.getByTestId("members")).toContainText("Mira");

    // --- the marks in the grid ----------------------------------------------------------------
    await memberPage.goto(`/${locale}/policy`);
    // A phone shows one platform at a time.
    if (size === "phone") await memberPage.getByRole("tab", { name: "Facebook" }).click();
    const facebookClient = memberPage.locator('[data-cell="facebook:client"]');
    await expect(facebookClient.locator("[data-team-suggests]")).toHaveAttribute("data-team-suggests", "redirect");
    await expect(facebookClient).toHaveAttribute("aria-label", literally(m.teamMarks.suggestsCell.replace("{answer}", m.verdicts.redirect)));
    await expect(facebookClient).toContainText(m.verdicts.redirect);
    await expect(memberPage.getByText(m.teamMarks.suggests, { exact: true })).toBeVisible();
    // A cell the team says nothing about has no mark.
    await expect(memberPage.locator('[data-cell="facebook:friend"] [data-team-suggests]')).toHaveCount(0);
    await expectNoAxeViolations(memberPage);
    if (size === "phone") await expectNoHorizontalScroll(memberPage);

    // The member overrides the team's suggestion: their own choice wins, and the mark stays.
    await facebookClient.click();
    await memberPage.getByRole("dialog").getByLabel(m.verdicts.decline, { exact: true }).check();
    await memberPage.getByRole("dialog").getByRole("button", { name: m.policy.dialog.close }).click();
    await expect(facebookClient).toContainText(m.verdicts.decline);
    await expect(facebookClient).toHaveAttribute("aria-label", literally(m.policy.changed));
    await expect(facebookClient.locator("[data-team-suggests]")).toHaveCount(1);

    // --- the advice says when the verdict follows the team (LinkedIn, a client: the default request) --
    await memberPage.goto(`/${locale}/advice?platform=linkedin&who=client`);
    await expect(memberPage.getByTestId("from-team")).toHaveText(m.teamMarks.fromTeam);
    await expectNoAxeViolations(memberPage);

    // --- the one-slide view prints on one page ------------------------------------------------
    await memberPage.goto(`/${locale}/team/slide`);
    const slide = memberPage.getByTestId("guideline-slide");
    await expect(slide).toContainText("Customers' names or faces");
    await expect(slide).toContainText(team.slide.dontShare);
    await expectNoAxeViolations(memberPage);
    if (size === "phone") await expectNoHorizontalScroll(memberPage);
    await memberPage.emulateMedia({ media: "print" });
    const pdf = (await memberPage.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
    await memberPage.emulateMedia({ media: "screen" });

    // --- the member leaves; their own choice stays, the team's marks go -----------------------
    await memberPage.goto(`/${locale}/team`);
    await expect(memberPage.getByTestId("guideline-slide")).toBeVisible();
    await expectNoAxeViolations(memberPage);
    await memberPage.getByRole("button", { name: team.leave.button }).click();
    await expect(memberPage.getByRole("heading", { name: team.create.title })).toBeVisible();
    await memberPage.goto(`/${locale}/policy`);
    if (size === "phone") await memberPage.getByRole("tab", { name: "Facebook" }).click();
    await expect(memberPage.locator('[data-cell="facebook:friend"]')).toBeVisible();
    await expect(memberPage.locator("[data-team-suggests]")).toHaveCount(0);
    await expect(memberPage.locator('[data-cell="facebook:client"]')).toContainText(m.verdicts.decline);
    await expect(memberPage.locator('[data-cell="facebook:client"]')).toHaveAttribute("aria-label", literally(m.policy.changed));

    // The old invite link still works only while valid; the owner withdraws it, and a replay is refused.
    await ownerPage.reload();
    await ownerPage.getByRole("button", { name: team.invites.revoke }).first().click();
    await expect(ownerPage.getByText(team.invites.none)).toBeVisible();
    await memberPage.goto(inviteLink.replace(baseURL!, ""));
    await expect(memberPage.getByText(team.join.revoked)).toBeVisible();

    await owner.close();
    await member.close();
  });
}
