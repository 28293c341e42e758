import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const LINKEDIN_URL = "https://www.linkedin.com/in/aino-example";

export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Texts used by the path, per interface language. */
export const UI = {
  en: { start: "Set up my policy", next: "Next", save: "Save my policy", yes: "Yes", no: "No", name: "Your first name", linkedin: "Your LinkedIn profile address", privatePerson: "As a private person", privateAccount: "Private", advice: "Advice", copy: "Copy message", redirect: "Redirect", accept: "Accept", theirName: "Their name", who: "Who is it?", client: "Client" },
} as const;
