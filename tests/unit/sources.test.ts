import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { buildNeeded, recordBuild, sourcesHash } from "../../scripts/lib/sources.mjs";

// `npm start` builds only when the build in .next was made from other sources (scripts/lib/sources.mjs).

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function project() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-sources-"));
  dirs.push(root);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write("app/page.tsx", "export default function Page() { return null; }");
  write("lib/engine/rules.ts", "export const rules = [];");
  write("package-lock.json", "{}");
  return { root, write };
}

function built(root: string) {
  fs.mkdirSync(path.join(root, ".next"), { recursive: true });
  fs.writeFileSync(path.join(root, ".next/BUILD_ID"), "test");
  recordBuild(root);
}

describe("buildNeeded", () => {
  it("asks for a build when there is none, and not once one is recorded for these sources", () => {
    const { root } = project();
    expect(buildNeeded(root)).toBe("there is no build yet");
    fs.mkdirSync(path.join(root, ".next"));
    fs.writeFileSync(path.join(root, ".next/BUILD_ID"), "test");
    expect(buildNeeded(root)).toMatch(/does not say which sources/);
    recordBuild(root);
    expect(buildNeeded(root)).toBeNull();
  });

  it("asks again when a source's content changes, even with its file time kept", () => {
    const { root, write } = project();
    built(root);
    const file = path.join(root, "lib/engine/rules.ts");
    const { mtime } = fs.statSync(file);
    write("lib/engine/rules.ts", "export const rules = [1];");
    fs.utimesSync(file, mtime, mtime);
    expect(buildNeeded(root)).toBe("the sources changed since the last build");
  });

  it("does not ask when only file times, tests, migrations, generated code or dotfiles change", () => {
    const { root, write } = project();
    built(root);
    const before = sourcesHash(root);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, "app/page.tsx"), later, later);
    write("lib/engine/rules.test.ts", "test");
    write("prisma/migrations/1_init/migration.sql", "CREATE TABLE x (id int);");
    write("lib/generated/sqlite/client.ts", "generated");
    write("public/.DS_Store", "finder");
    expect(sourcesHash(root)).toBe(before);
    expect(buildNeeded(root)).toBeNull();
  });

  it("asks when a source file is added or renamed", () => {
    const { root, write } = project();
    built(root);
    write("components/new.tsx", "export {}");
    expect(buildNeeded(root)).not.toBeNull();
    built(root);
    fs.renameSync(path.join(root, "components/new.tsx"), path.join(root, "components/renamed.tsx"));
    expect(buildNeeded(root)).not.toBeNull();
  });
});
