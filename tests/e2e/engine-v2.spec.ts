import { expect, type Page } from "@playwright/test";

import fiMessages from "../../lib/i18n/messages/fi/app.json" with { type: "json" };
import nbMessages from "../../lib/i18n/messages/nb/app.json" with { type: "json" };
import {
  containing,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  LINKEDIN_URL,
  openMoreContext,
  screenshot,
  tabTo,
  test,
  translator,
  watchErrors,
} from "./support";

// Contract v2 on the screens: a therapist, a teacher (in Norwegian) and a public Instagram.

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const PRACTICE_URL = "https://www.clinic.example/aino";

/** The English questionnaire's platform steps: LinkedIn as a professional, no X, a private Facebook, Instagram as given. */
async function answerPlatforms(page: Page, instagram: "public" | null) {
  await page.getByRole("group", { name: "Are you on LinkedIn?" }).getByLabel("Yes").check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("group", { name: "Are you on X (Twitter)?" }).getByLabel("No").check();
  await page.getByRole("button", { name: "Next" }).click();
  if (instagram) {
    await page.getByRole("group", { name: "Are you on Facebook?" }).getByLabel("No").check();
  } else {
    await page.getByRole("group", { name: "Are you on Facebook?" }).getByLabel("Yes").check();
    await page.getByLabel("As a private person").check();
  }
  await page.getByRole("button", { name: "Next" }).click();
  if (instagram) {
    await page.getByRole("group", { name: "Are you on Instagram?" }).getByLabel("Yes").check();
    await page.getByLabel("As a private person").check();
    await page.getByRole("group", { name: "Is your account public or private?" }).getByLabel("Public").check();
  } else {
    await page.getByRole("group", { name: "Are you on Instagram?" }).getByLabel("No").check();
  }
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
}

test("a therapist: 'Your work', clients declined on LinkedIn and Facebook with the practice page, the duty offered when overridden", async ({ page }) => {
  await page.goto("/en/questionnaire");
  await page.getByLabel("Your first name").fill("Aino");
  const profession = page.getByRole("group", { name: "What do you do for a living?" });
  await expect(profession.getByLabel("Something else")).toBeChecked();
  // The practice page is asked only of a profession with a duty of care.
  await expect(page.getByLabel("Web page of your practice, clinic or school")).toHaveCount(0);
  await profession.getByLabel("Therapist or counsellor").check();
  const practice = page.getByLabel("Web page of your practice, clinic or school");
  // Checked with the engine's own schema: https only.
  await practice.fill("http://www.clinic.example/aino");
  await page.getByLabel("Your LinkedIn profile address").fill(LINKEDIN_URL);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("This doesn't look like a web page address.")).toBeVisible();
  await expect(practice).toHaveAttribute("aria-invalid", "true");
  await practice.fill(PRACTICE_URL);
  await expectNoAxeViolations(page);
  await screenshot(page, "v2-therapist-questionnaire");
  await page.getByRole("button", { name: "Next" }).click();
  await answerPlatforms(page, null);
  await expect(page.getByText("Therapist or counsellor")).toBeVisible();
  await expect(page.getByText(PRACTICE_URL)).toBeVisible();
  await page.getByRole("button", { name: "Save my policy" }).click();
  await expect(page).toHaveURL(/\/en\/policy/);

  // The grid has former clients (a therapist's duty of care covers them), not pupils or guardians.
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("rowheader", { name: "Former client" })).toBeVisible();
  await expect(grid.getByRole("rowheader", { name: "Pupil or student" })).toHaveCount(0);
  await expect(grid.getByRole("row")).toHaveCount(14);
  await expect(page.getByRole("button", { name: "LinkedIn, Client: Decline", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Facebook, Former client: Decline", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Choosing to accept clients on LinkedIn is the person's own choice; the duty of care stays on offer.
  await page.getByRole("button", { name: "LinkedIn, Client: Decline", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "LinkedIn · Client" });
  await dialog.getByLabel("Accept").check();
  await expect(dialog.getByTestId("alternatives")).toHaveText(/Also reasonable: decline kindly – as your profession's duty of care advises\./);
  await expect(dialog.getByTestId("alternatives")).toContainText("Point them to your practice's own page.");
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Back to suggestion (Decline)" }).click();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("button", { name: "LinkedIn, Client: Decline", exact: true })).toBeFocused();

  // Advice: a client's LinkedIn invitation.
  await page.getByRole("navigation").getByRole("link", { name: "Advice" }).click();
  await page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("LinkedIn").check();
  await page.getByLabel("Who is it?").selectOption("client");
  await openMoreContext(page);
  await page.getByLabel("The name you'd greet them by").fill("Mikko");
  await expect(page.getByTestId("verdict-summary")).toHaveText("Decline, kindly.");
  await expect(page.getByTestId("request-kind")).toHaveText("An invitation to connect on LinkedIn.");
  const card = page.getByRole("region", { name: "Kindly suggests" });
  // Each reason names its principle plainly and links to it on the sources page, never a bare "D1".
  await expect(card.getByRole("link", { name: "No clients or patients on social media" })).toHaveAttribute("href", "/en/sources#D1");
  await expect(card.getByRole("link", { name: "A rule for everyone, said kindly" })).toHaveAttribute("href", "/en/sources#D4");
  await expect(card.getByText("D1", { exact: true })).toHaveCount(0);
  await expect(card.getByText("Point them to your practice's own page.")).toBeVisible();
  const template = page.getByTestId("template-text");
  await expect(template).toHaveValue(containing("I don't connect with clients"));
  await expect(template).toHaveValue(containing(PRACTICE_URL));
  await expect(template).toHaveValue(containing("Mikko"));
  // A client is never sent to LinkedIn (D1).
  await expect(template).not.toHaveValue(containing("linkedin.com"));

  // The same client's Facebook friend request: declined the same way, the reply copied.
  await page.getByRole("group", { name: "Which platform is it on?" }).getByLabel("Facebook").check();
  await expect(page.getByTestId("request-kind")).toHaveText("A friend request on Facebook.");
  await expect(page.getByTestId("verdict-summary")).toHaveText("Decline, kindly.");
  await expect(template).toHaveValue(containing("Thank you for the friend request"));
  await expect(template).toHaveValue(containing(PRACTICE_URL));
  await expect(template).not.toHaveValue(containing("linkedin.com"));
  await expectNoAxeViolations(page);
  await screenshot(page, "v2-therapist-advice");
  await page.getByRole("button", { name: "Copy message" }).click();
  await expect(page.getByText("Message copied.")).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await template.inputValue());
  expect(clipboard).toContain(PRACTICE_URL);

  // The boss on a private Facebook: redirect, and the other reasonable answer with its condition.
  await page.getByLabel("Who is it?").selectOption("manager");
  await expect(page.getByTestId("verdict-summary")).toHaveText("Point them to LinkedIn instead.");
  await expect(page.getByTestId("alternatives")).toHaveText("Also reasonable: accept and add them to your Restricted list – if your workplace expects it.");
  await expectNoAxeViolations(page);

  // Harassment: one path, and the summary does not contradict it ("Decline, kindly." above "Don't reply").
  await page.getByLabel("Harassing or inappropriate").check();
  await expect(page.getByTestId("verdict-summary")).toHaveText("Decline without replying.");
  await expect(page.getByTestId("actions").getByRole("listitem")).toHaveText(["Don't reply. Report or block the account."]);
  await expect(card.getByText("It's safest not to reply at all.")).toBeVisible();
  await expect(page.getByTestId("alternatives")).toHaveCount(0);
});

test("a teacher, in Norwegian: a pupil's guardian on Facebook is pointed to the school's channels", async ({ browser, consoleErrors }) => {
  const m = translator("nb", nbMessages);
  const context = await browser.newContext({ locale: "nb-NO", extraHTTPHeaders: { "Accept-Language": "nb-NO,nb;q=0.9" } });
  watchErrors(context, consoleErrors);
  const page = await context.newPage();

  await page.goto("/nb/questionnaire");
  await page.getByLabel(m("questionnaire.about.displayName")).fill("Kari");
  const profession = page.getByRole("group", { name: m("questionnaire.about.work.profession") });
  const style = page.getByRole("group", { name: m("questionnaire.about.networkingStyle") });
  // A recruiter networks openly by default; the default follows the profession until the person picks a style.
  await profession.getByLabel(m("questionnaire.about.work.professions.recruiter.label")).check();
  await expect(style.getByLabel(m("questionnaire.about.styles.open.label"))).toBeChecked();
  await profession.getByLabel(m("questionnaire.about.work.professions.teacher.label")).check();
  await expect(style.getByLabel(m("questionnaire.about.styles.selective.label"))).toBeChecked();
  await page.getByLabel(m("questionnaire.about.linkedinUrl")).fill(LINKEDIN_URL);
  await page.getByRole("button", { name: m("questionnaire.next") }).click();

  const onIt = (p: string) => page.getByRole("group", { name: m("questionnaire.platform.onIt", { platform: p }) });
  await onIt("linkedin").getByLabel(m("questionnaire.platform.yes"), { exact: true }).check();
  await page.getByRole("button", { name: m("questionnaire.next") }).click();
  await page.getByRole("button", { name: m("questionnaire.next") }).click(); // not on X
  await onIt("facebook").getByLabel(m("questionnaire.platform.yes"), { exact: true }).check();
  await page.getByRole("button", { name: m("questionnaire.next") }).click();
  await page.getByRole("button", { name: m("questionnaire.next") }).click(); // not on Instagram
  await expect(page.getByText(m("questionnaire.about.work.professions.teacher.label"), { exact: true })).toBeVisible();
  await page.getByRole("button", { name: m("questionnaire.save") }).click();
  await expect(page).toHaveURL(/\/nb\/policy/);

  // Pupils and guardians appear for a teacher; former clients do not.
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("rowheader", { name: m("relationships.guardian") })).toBeVisible();
  await expect(grid.getByRole("rowheader", { name: m("relationships.student") })).toBeVisible();
  await expect(grid.getByRole("rowheader", { name: m("relationships.former_client") })).toHaveCount(0);
  const guardianCell = `${m("questionnaire.platformNames.linkedin")}, ${m("relationships.guardian")}: ${m("verdicts.decline")}`;
  await expect(page.getByRole("button", { name: guardianCell, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole("navigation")
    .getByRole("link", { name: m("nav.advice") })
    .click();
  await page
    .getByRole("group", { name: m("advice.form.platform") })
    .getByLabel(m("questionnaire.platformNames.facebook"))
    .check();
  await page.getByLabel(m("advice.form.relationship")).selectOption("guardian");
  await openMoreContext(page);
  await page.getByLabel(m("advice.form.requesterName")).fill("Jonas");
  await expect(page.getByTestId("verdict-summary")).toHaveText(m("advice.result.summary.decline"));
  await expect(page.getByTestId("request-kind")).toHaveText(m("advice.result.kind.friend_request"));
  await expect(page.getByText(m("actions.use_school_channel"))).toBeVisible();
  await expect(page.getByRole("link", { name: m("principles.names.D3") })).toHaveAttribute("href", "/nb/sources#D3");
  const template = page.getByTestId("template-text");
  await expect(template).toHaveAttribute("lang", "nb");
  await expect(template).toHaveValue(containing("Jonas"));
  await expect(template).toHaveValue(containing("Skolens egne kanaler"));
  await expect(template).not.toHaveValue(containing("linkedin.com"));
  await expectNoAxeViolations(page);
  await screenshot(page, "v2-teacher-advice");
  await context.close();
});

test.describe("on a phone, by keyboard", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("a coworker follows a public personal Instagram: no request wording, keep or remove, make it private", async ({ page }) => {
    await page.goto("/en/questionnaire");
    await page.getByLabel("Your first name").fill("Aino");
    await page.getByLabel("Your LinkedIn profile address").fill(LINKEDIN_URL);
    await page.getByRole("button", { name: "Next" }).click();
    await answerPlatforms(page, "public");
    await page.getByRole("button", { name: "Save my policy" }).click();
    await expect(page).toHaveURL(/\/en\/policy/);

    // The public Instagram's cells read in follower terms.
    const grid = page.getByRole("grid");
    // A phone shows one platform at a time; the arrow keys choose it.
    await expect(grid.getByRole("columnheader")).toHaveText(["Who it is", "LinkedIn"]);
    await tabTo(page, page.getByRole("tab", { name: "LinkedIn" }));
    await page.keyboard.press("ArrowRight");
    await expect(grid.getByRole("columnheader")).toHaveText(["Who it is", "Instagrampublic – they follow you"]);
    await expect(page.getByText("On a public account nobody asks: people simply follow you.")).toBeVisible();
    const cell = page.getByRole("button", { name: "Instagram, Coworker: They follow you: Remove", exact: true });
    await expect(cell).toBeVisible();
    await expect(page.getByRole("button", { name: "Instagram, Family: They follow you: Keep", exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, "v2-phone-policy");

    // One tab stop into the grid, then down to the coworker.
    await page.keyboard.press("Tab");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown"); // family … coworker
    await expect(cell).toBeFocused();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Instagram · Coworker" });
    await expect(dialog.getByRole("button", { name: "Done" })).toBeFocused();
    await expect(dialog.getByText("Your account on Instagram is public: they already follow you, without asking.")).toBeVisible();
    await expect(dialog.getByRole("radio", { name: "Remove" })).toBeChecked();
    await expect(dialog.getByRole("radio", { name: "Keep" })).toBeVisible();
    expect(await dialog.innerText()).not.toMatch(/request/i);
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(cell).toBeFocused();

    // Advice by keyboard: a coworker met in person follows the public Instagram.
    await tabTo(page, page.getByRole("navigation").getByRole("link", { name: "Advice" }), { back: true });
    await page.keyboard.press("Enter");
    const platform = page.getByRole("group", { name: "Which platform is it on?" });
    // Every platform is offered (a request may come where the policy says "not used"); arrow keys wrap round.
    await tabTo(page, platform.getByLabel("LinkedIn"));
    await page.keyboard.press("ArrowLeft");
    await expect(platform.getByLabel("Instagram")).toBeChecked();
    await tabTo(page, page.getByLabel("Who is it?"));
    await page.getByLabel("Who is it?").selectOption("coworker");
    await expect(page.getByTestId("verdict-summary")).toHaveText("Don't follow back – you can remove them quietly.");
    await expect(page.getByTestId("request-kind")).toHaveText(
      "Your account on Instagram is public: they already follow you, and nobody is waiting for an answer.",
    );
    const card = page.getByRole("region", { name: "Kindly suggests" });
    await expect(card.getByText("Remove them as a follower – they won't be told.")).toBeVisible();
    await expect(card.getByText("Make the account private: the followers you have stay", { exact: false })).toBeVisible();
    await expect(card.getByText("Nobody is waiting for an answer, so there's no message to send.")).toBeVisible();
    await expect(page.getByTestId("template-text")).toHaveCount(0);
    await openMoreContext(page);
    await expect(page.getByLabel("They sent me a message")).toBeVisible();
    // Neither the form nor the advice speaks of a request.
    expect(await card.innerText()).not.toMatch(/request/i);
    expect(await page.getByRole("form", { name: "Who and where" }).innerText()).not.toMatch(/request/i);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, "v2-phone-advice");

    // A family member is kept as a follower.
    await page.getByLabel("Who is it?").selectOption("family");
    await expect(page.getByTestId("verdict-summary")).toHaveText("Keep them as a follower.");
    expect(await card.innerText()).not.toMatch(/request/i);

    // A LinkedIn invitation from someone you are about to meet is accepted; a selective networker connects once you have met.
    await platform.getByLabel("LinkedIn").check();
    await page.getByLabel("Who is it?").selectOption("work_acquaintance");
    await page.getByLabel("We're meeting soon").check();
    await expect(page.getByTestId("verdict-summary")).toHaveText("Go ahead and accept.");
    await expect(page.getByTestId("request-kind")).toHaveText("An invitation to connect on LinkedIn.");
    await expect(page.getByTestId("actions").getByRole("listitem")).toHaveText(["Reply with one of the messages below.", "No rush: connect once you've met."]);
    await expect(card.getByRole("link", { name: "Connect after you've met" })).toHaveAttribute("href", "/en/sources#P13");
    await expectNoHorizontalScroll(page);

    // A cold LinkedIn stranger without a message: one quiet path, accepting left as the other reasonable answer.
    await page.getByLabel("Who is it?").selectOption("stranger");
    await page.getByLabel("Never").check();
    await expect(page.getByTestId("verdict-summary")).toHaveText("Decline quietly – no reply needed.");
    await expect(page.getByTestId("actions").getByRole("listitem")).toHaveText(["You don't have to reply – it's fine to simply ignore it."]);
    await expect(page.getByTestId("template-text")).toHaveCount(0);
    await expect(page.getByTestId("alternatives")).toContainText("Also reasonable: accept – if their profile looks relevant to your work.");
    await expect(page.getByTestId("alternatives").getByRole("list").getByRole("listitem")).toHaveText([
      "Have a look at their profile first.",
      "Accept, then ask what made them want to connect.",
    ]);
    await expectNoAxeViolations(page);
  });
});

test("the JSON API publishes the contract v2 fields in its schema", async ({ request }) => {
  const response = await request.get("/api/decide/schema");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.input.properties.profile.properties.profession.enum).toEqual(["none", "therapist", "healthcare", "teacher", "recruiter"]);
  expect(body.input.properties.profile.properties.practiceUrl).toBeDefined();
  expect(body.input.properties.request.properties.relationship.enum).toEqual(expect.arrayContaining(["former_client", "student", "guardian"]));
  expect(body.output.properties.requestKind.enum).toEqual(["invitation", "friend_request", "follow_request", "follow"]);
  expect(body.output.properties.alternatives).toBeDefined();
});

test("for a healthcare professional a client is a patient, in the grid and the advice form", async ({ page }) => {
  await page.goto("/en");
  const profile = {
    displayName: "Aino",
    profession: "healthcare",
    platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" } },
  };
  await page.evaluate((p) => localStorage.setItem("kindly.v1", JSON.stringify({ draft: { displayName: "Aino" }, step: 0, profile: p })), profile);
  await page.goto("/en/policy");
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("rowheader", { name: "Patient", exact: true })).toBeVisible();
  await expect(grid.getByRole("rowheader", { name: "Former patient", exact: true })).toBeVisible();
  await expect(grid.getByRole("rowheader", { name: "Client", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Facebook, Patient: Decline", exact: true })).toBeVisible();
  await page.goto("/en/advice?platform=linkedin&who=client");
  const who = page.getByLabel("Who is it?");
  await expect(who.locator("option[value=client]")).toHaveText("Patient");
  await expect(who.locator("option[value=former_client]")).toHaveText("Former patient");
  await expect(who.locator("option[value=guardian]")).toHaveCount(0);
  await expect(page.getByTestId("verdict-summary")).toHaveText("Decline, kindly.");
  await expect(page.getByTestId("template-text")).toHaveValue(containing("patients"));
});

test("a public Instagram's follower is not a request in Finnish and Norwegian either", async ({ page }) => {
  await page.goto("/en");
  const profile = { displayName: "Aino", platforms: { linkedin: { persona: "professional" }, instagram: { persona: "civilian", visibility: "public" } } };
  await page.evaluate((p) => localStorage.setItem("kindly.v1", JSON.stringify({ draft: { displayName: "Aino" }, step: 0, profile: p })), profile);
  for (const [locale, messages, requestWord] of [
    ["fi", fiMessages, /pyyn/i],
    ["nb", nbMessages, /forespørs/i],
  ] as const) {
    await page.goto(`/${locale}/advice`);
    await page.getByRole("group", { name: messages.advice.form.platform }).getByLabel("Instagram").check();
    for (const relationship of ["coworker", "stranger", "family", "manager"]) {
      await page.getByLabel(messages.advice.form.relationship).selectOption(relationship);
      await expect(page.getByTestId("request-kind")).toHaveText(translator(locale, messages)("advice.result.kind.follow", { platform: "instagram" }));
      const card = page.getByRole("region", { name: messages.advice.result.heading });
      expect([locale, relationship, await card.innerText()]).not.toEqual([locale, relationship, expect.stringMatching(requestWord)]);
      expect(await page.getByRole("form", { name: messages.advice.form.label }).innerText()).not.toMatch(requestWord);
    }
    await expectNoAxeViolations(page);
  }
});
