import fs from "node:fs";
import path from "node:path";

import { LANGUAGES } from "../lib/i18n/languages.ts";
import { renderRepliesDoc } from "./lib/replies-doc.ts";

// `npm run replies:render`: every reply template (kind × tone) and every
// reason, per language, into docs/replies/<language>.md for reviewers.
const dir = path.join(import.meta.dirname, "../docs/replies");
fs.mkdirSync(dir, { recursive: true });
for (const language of LANGUAGES) {
  const file = path.join(dir, `${language}.md`);
  fs.writeFileSync(file, renderRepliesDoc(language));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
