import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { addCompileHints, COMPILE_HINT } from "@/scripts/lib/compile-hints";

let dist: string;

/** A build folder shaped like Next's: a manifest naming the polyfills, and chunks (one in a sub-folder). */
function fakeBuild() {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-hints-"));
  fs.mkdirSync(path.join(dist, "static/chunks/nested"), { recursive: true });
  fs.writeFileSync(path.join(dist, "build-manifest.json"), JSON.stringify({ polyfillFiles: ["static/chunks/polyfills.js"] }));
  const files: Record<string, string> = {
    "static/chunks/react-dom.js": "(globalThis.TURBOPACK||[]).push([1,()=>{}]);",
    "static/chunks/nested/page.js": "console.log('page');",
    "static/chunks/polyfills.js": "!function(){}();",
    "static/chunks/styles.css": "body{margin:0}",
  };
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dist, file), text);
  return files;
}

const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("compile hints on the client chunks", () => {
  it("starts every client script with the hint, and leaves the polyfills and styles alone", () => {
    const files = fakeBuild();
    expect(addCompileHints(dist)).toBe(2);
    expect(read("static/chunks/react-dom.js")).toBe(COMPILE_HINT + files["static/chunks/react-dom.js"]);
    expect(read("static/chunks/nested/page.js")).toBe(COMPILE_HINT + files["static/chunks/nested/page.js"]);
    expect(read("static/chunks/polyfills.js")).toBe(files["static/chunks/polyfills.js"]);
    expect(read("static/chunks/styles.css")).toBe(files["static/chunks/styles.css"]);
  });

  it("adds the hint once, however often it runs", () => {
    fakeBuild();
    addCompileHints(dist);
    const once = read("static/chunks/react-dom.js");
    expect(addCompileHints(dist)).toBe(0);
    expect(read("static/chunks/react-dom.js")).toBe(once);
  });
});
