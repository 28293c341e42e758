import os from "node:os";

import { defineConfig } from "@playwright/test";

// End-to-end tests drive the built app in Debian's Chromium (Playwright's own
// browser download is unreachable here). `npm test` builds
// the app first; the server below then finds the build up to date.
const port = Number(process.env.KINDLY_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  // One worker per core: spec files run side by side (each starts what it needs; tests in a file run in order).
  workers: os.availableParallelism(),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    // `npm start`'s own script: it builds only when the build is missing or stale, migrates, serves.
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.KINDLY_E2E_DATABASE_URL ?? "file:./.tmp/e2e/kindly.db",
      // Sign-in checks the Origin against the site's address.
      SITE_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
    },
  },
});
