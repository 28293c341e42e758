import fs from "node:fs";
import path from "node:path";

// V8's explicit compile hint (Chrome 136 and later): a script that starts with
// this comment has all its functions compiled eagerly, on the background
// thread that streams the script in, instead of lazily on the main thread the
// first time each one runs. Next's client chunks are module factories that all
// run when the page starts (React DOM, the router, the page's own components),
// so without the hint their compilation is part of the long task that boots
// the page: measured on the questionnaire, main-thread script time per load
// fell from about 180 ms to 80 ms. Neither Turbopack nor Next can emit the
// comment yet, so it is added to the built chunks.
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Prepends the hint to every client chunk of a build, except the polyfills that
 * only browsers without module support load. A chunk is only fetched when a
 * page needs it (at start, or when a lazy part of a screen appears), so its
 * functions are about to run. Idempotent: a chunk that has the hint is left alone.
 * Returns how many chunks were changed.
 */
export function addCompileHints(distDir = ".next"): number {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { polyfillFiles?: string[] };
  const polyfills = new Set((manifest.polyfillFiles ?? []).map((file) => path.join(distDir, file)));
  const chunks = path.join(distDir, "static", "chunks");
  let changed = 0;
  for (const entry of fs.readdirSync(chunks, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || !entry.name.endsWith(".js") || polyfills.has(file)) continue;
    const code = fs.readFileSync(file, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(file, COMPILE_HINT + code);
    changed++;
  }
  return changed;
}
