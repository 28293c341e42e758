import { readFileSync } from "node:fs";
import path from "node:path";

import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";

import { LANGUAGES } from "../i18n/languages";
import { PROBLEM_MESSAGES_EN, problem } from "./problems";
import { PROBLEM_CODES } from "./schemas";

const MESSAGES = path.join(import.meta.dirname, "../i18n/messages");
function catalogue(file: string): { import: { problems: Record<string, string> } } {
  return JSON.parse(readFileSync(path.join(MESSAGES, file), "utf8")) as { import: { problems: Record<string, string> } };
}

const PARAMS = { file: "export.zip", platform: "Instagram", expected: "follow_requests_you've_received.json", count: 3, limit: 64 };

describe("problem texts", () => {
  it("the English text of every problem is the catalogue's", () => {
    const en = catalogue("en/app.json").import.problems;
    for (const code of PROBLEM_CODES) expect(en[code]).toBe(PROBLEM_MESSAGES_EN[code]);
  });

  it.each(LANGUAGES.map((language) => `${language}/app.json`))("%s words every problem, naming the file and every value", (file) => {
    const problems = catalogue(file).import.problems;
    for (const code of PROBLEM_CODES) {
      const text = problems[code];
      expect(text, code).toBeTruthy();
      const formatted = createTranslator({ locale: "en", messages: { problem: text! } })("problem", PARAMS);
      expect(formatted, code).toContain("export.zip");
      // Each value the English text uses, the translation uses too.
      for (const [key, value] of Object.entries(PARAMS)) {
        if (PROBLEM_MESSAGES_EN[code].includes(`{${key}}`)) expect(formatted, `${file} ${code} {${key}}`).toContain(String(value));
      }
    }
  });

  it("a problem carries its code, file, params and formatted English", () => {
    expect(problem("too_large", "Invitations.csv", { limit: 64 })).toEqual({
      code: "too_large",
      severity: "error",
      file: "Invitations.csv",
      params: { file: "Invitations.csv", limit: 64 },
      message: "Invitations.csv is too large to read here (more than 64 MB). Drop the ZIP archive itself, or only the file with your received requests.",
    });
  });
});
