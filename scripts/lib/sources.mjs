// @ts-check
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What a build is made from, and whether the build in .next was made from the
// sources here. Compared by content (a SHA-256 of every source file), not by
// file times, which copying the project to a server resets.

/** Folders and files whose content goes into the build. Tests and generated code do not. */
const SOURCE_DIRS = ["app", "components", "lib", "public", "prisma"];
const SOURCE_FILES = ["next.config.ts", "proxy.ts", "instrumentation.ts", "tsconfig.json", "postcss.config.mjs", "package-lock.json"];
// Not part of the build: generated clients, tests, migrations (applied at start, not built) and
// dotfiles (.DS_Store and the like, which differ from machine to machine).
const SKIPPED = [/(^|\/)lib\/generated\//, /\.test\.tsx?$/, /(^|\/)migrations\//, /(^|\/)\.[^/]*$/];

export const HASH_FILE = path.join(".next", "kindly-sources.sha256");

/** @param {string} dir @param {string} root @returns {string[]} */
function filesUnder(dir, root) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !SKIPPED.some((pattern) => pattern.test(file)));
}

/** A SHA-256 over the names and contents of the build's sources, in a stable order. */
export function sourcesHash(root = process.cwd()) {
  const files = [...SOURCE_DIRS.flatMap((dir) => filesUnder(dir, root)), ...SOURCE_FILES.filter((file) => fs.existsSync(path.join(root, file)))].sort();
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(root, file)))
      .update("\0");
  return hash.digest("hex");
}

/** Why the app must be built before it is served, or null when .next was built from these sources. */
export function buildNeeded(root = process.cwd()) {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return "there is no build yet";
  const recorded = path.join(root, HASH_FILE);
  if (!fs.existsSync(recorded)) return "the build does not say which sources it was made from";
  return fs.readFileSync(recorded, "utf8").trim() === sourcesHash(root) ? null : "the sources changed since the last build";
}

/** Records, after a successful build, which sources it was made from. */
export function recordBuild(root = process.cwd()) {
  fs.writeFileSync(path.join(root, HASH_FILE), `${sourcesHash(root)}\n`);
}
