import { spawnSync } from "node:child_process";
import fs from "node:fs";

// The end-to-end tests need Debian's Chromium; install it when it is missing.
const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium() {
  if (fs.existsSync(path)) return;
  console.log("Chromium not found: installing Debian's chromium package…");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args: string[]) => {
    const [cmd, ...rest] = [...sudo, ...args];
    const result = spawnSync(cmd!, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
  };
  run(["apt-get", "update", "-qq"]);
  run(["apt-get", "install", "-y", "-qq", "chromium"]);
  if (!fs.existsSync(path)) throw new Error(`Chromium still missing at ${path}`);
}
