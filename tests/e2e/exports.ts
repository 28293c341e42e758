import fs from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";
import { zipSync } from "fflate";

// The export samples (tests/fixtures/exports) as the import and triage specs drop them.

const EXPORTS = path.resolve(import.meta.dirname, "../fixtures/exports");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every sample in one ZIP, under a wrapper folder as a downloaded archive has one. */
export function exportZip(): Buffer {
  const entries = Object.fromEntries(
    filesUnder(EXPORTS)
      .filter((file) => !file.endsWith("FORMATS.md"))
      .map((file) => [`kindly-exports-2026/${path.relative(EXPORTS, file)}`, new Uint8Array(fs.readFileSync(file))]),
  );
  return Buffer.from(zipSync(entries));
}

/** Drops files on the drop zone as a person's drag from the desktop would. */
export async function dropFiles(page: Page, files: { name: string; bytes: Buffer }[]) {
  const payload = files.map((file) => ({ name: file.name, base64: file.bytes.toString("base64") }));
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], item.name, { type: "application/zip" }));
    }
    return data;
  }, payload);
  const zone = page.getByTestId("import-drop");
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
}
