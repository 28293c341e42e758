import { expect, type Page } from "@playwright/test";

import { dropFiles, exportZip } from "./exports";
import { expectNoAxeViolations, screenshot, test } from "./support";

// The format-faithful samples beside FORMATS.md, zipped here as a platform would: inside a wrapper folder.
// The format-faithful samples of ../shared/exports (invented names), kept here so a clone alone runs the test.

/** Every request body the page sends: none may carry anything of the dropped files. */
function watchUploads(page: Page): Buffer[] {
  const bodies: Buffer[] = [];
  page.on("request", (request) => {
    const body = request.postDataBuffer();
    if (body) bodies.push(body);
  });
  return bodies;
}

const FROM_THE_FILES = ["maija_mallikas_fake", "Mallikas", "received_requests_v2", "Invitations", "inviterProfileUrl", "PK\u0003\u0004"];

for (const size of [
  { name: "phone", viewport: { width: 375, height: 800 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
]) {
  test(`a dropped export lists who is waiting, read only in the browser (${size.name})`, async ({ page }) => {
    // Three axe runs on a shared two-core machine.
    test.setTimeout(180_000);
    await page.setViewportSize(size.viewport);
    const bodies = watchUploads(page);
    await page.goto("/en/import");
    await expect(page.getByRole("heading", { name: "Forty requests waiting?" })).toBeVisible();
    await expectNoAxeViolations(page);

    const zip = exportZip();
    await dropFiles(page, [{ name: "kindly-exports-2026.zip", bytes: zip }]);

    await expect(page.getByRole("heading", { name: "LinkedIn: 2 requests" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Facebook: 3 requests" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Instagram: 3 requests" })).toBeVisible();
    await expect(page.getByTestId("import-count")).toHaveText("8 requests · 2 with a note");
    // Names repaired from Meta's escaped bytes, LinkedIn's note shown, the accepted invitation left out
    // (in the list of who is waiting; the triage queue above shows them too).
    const waiting = page.getByRole("region", { name: "Who is waiting" });
    await expect(waiting.getByText("Åse Prøve 🌸")).toBeVisible();
    await expect(waiting.getByText("Maija Mallikas-Äärelä")).toBeVisible();
    await expect(waiting.getByText(/Saanko liittyä verkostoosi/)).toBeVisible();
    await expect(page.getByText("Åse Prøve-Nordmann")).toHaveCount(0);
    await expect(page.getByText("Not yet connected (pending or ignored)").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, `import-${size.name}`);

    // A file that is not an export: the problem names it and says what to do.
    await page.getByLabel("Choose files").setInputFiles({ name: "holiday.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n") });
    await expect(page.getByText(/holiday\.csv is not a file Kindly knows/)).toBeVisible();
    await expect(page.getByTestId("import-count")).toHaveText("8 requests · 2 with a note");

    // X has no export of requests: names pasted by hand, keyboard only.
    await page.getByLabel("Platform").selectOption("x");
    await page.getByLabel("Names, one per line").fill("Ola Nordmann\n@kari_eksempel\n\nOla Nordmann");
    await page.getByLabel("Names, one per line").press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByText("2 names added.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "X (Twitter): 2 requests" })).toBeVisible();
    await expectNoAxeViolations(page);

    for (const body of bodies) {
      const text = body.toString("latin1");
      for (const needle of FROM_THE_FILES) expect(text).not.toContain(needle);
      expect(body.length).toBeLessThan(zip.length);
    }
  });
}

test("the import screen's code loads on that screen only", async ({ page }) => {
  const scripts = new Map<string, string>();
  // Each body is read once it has arrived; the checks wait for every read (a busy machine finishes them late).
  // The reader runs in a Worker: its scripts are fetched by the worker, so every JavaScript response of the context counts.
  const reads: Promise<void>[] = [];
  page.context().on("response", (response) => {
    if (/\.js(\?|$)/.test(response.url()))
      reads.push(
        response.text().then(
          (text) => void scripts.set(response.url(), text),
          () => undefined,
        ),
      );
  });
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  for (const screen of ["/en", "/en/advice", "/en/policy", "/en/questionnaire"]) {
    await page.goto(screen);
    await page.waitForLoadState("networkidle");
  }
  // A string only lib/import holds.
  const marker = "relationships_follow_requests_received";
  await Promise.all(reads);
  expect([...scripts.values()].filter((code) => code.includes(marker))).toEqual([]);
  expect(workers).toEqual([]);
  await page.goto("/en/import");
  await page.waitForLoadState("networkidle");
  // The reader's Worker starts with the screen, ahead of the first drop.
  await expect.poll(() => workers.length).toBe(1);
  await expect
    .poll(async () => {
      await Promise.all(reads);
      return [...scripts.values()].some((code) => code.includes(marker));
    })
    .toBe(true);
});
