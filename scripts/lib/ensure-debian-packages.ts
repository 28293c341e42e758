import { spawnSync } from "node:child_process";
import fs from "node:fs";

/** A Debian package and a file it installs: the file present means the package need not be installed. */
export type DebianPackage = { name: string; provides: string };

/**
 * Installs with apt-get the packages whose file is missing (scripts and tests
 * that need Chromium or nginx call this first). As root apt-get runs
 * directly, otherwise through sudo. Throws when a file is still missing.
 */
export function ensureDebianPackages(packages: DebianPackage[]) {
  const missing = packages.filter((p) => !fs.existsSync(p.provides));
  if (!missing.length) return;
  const names = missing.map((p) => p.name);
  console.log(`Not installed: ${names.join(", ")}. Installing Debian's package(s)…`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args: string[]) => {
    const [cmd, ...rest] = [...sudo, ...args];
    const result = spawnSync(cmd!, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
  };
  run(["apt-get", "update", "-qq"]);
  run(["apt-get", "install", "-y", "-qq", ...names]);
  const stillMissing = missing.filter((p) => !fs.existsSync(p.provides));
  if (stillMissing.length) throw new Error(`Still missing after apt-get install: ${stillMissing.map((p) => p.provides).join(", ")}`);
}
