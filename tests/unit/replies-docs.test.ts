import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { LANGUAGES } from "@/lib/i18n/languages";

import { renderRepliesDoc } from "../../scripts/lib/replies-doc";

// docs/replies/<language>.md is what Kindly really sends: kept current with
// the catalogues. When this fails, run `npm run replies:render` and commit.
describe("docs/replies", () => {
  it.each(LANGUAGES.map((l) => [l] as const))("%s.md matches a fresh render", (language) => {
    const file = path.join(import.meta.dirname, `../../docs/replies/${language}.md`);
    expect(fs.existsSync(file), `${file} is missing: run npm run replies:render`).toBe(true);
    expect(fs.readFileSync(file, "utf8")).toBe(renderRepliesDoc(language));
  });
});
