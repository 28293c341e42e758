import { ensureDebianPackages } from "./lib/ensure-debian-packages.ts";

// The end-to-end tests and the Lighthouse benchmark need Debian's Chromium; install it when it is missing.
const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium() {
  ensureDebianPackages([{ name: "chromium", provides: path }]);
}
