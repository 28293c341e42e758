// @ts-check
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { isIP } from "node:net";
import os from "node:os";
import path from "node:path";

import { DEFAULT_DATABASE_URL, providerOfUrl, sqliteFileOf } from "../lib/database-url.mjs";
import { trustedProxyEntries, trustedProxyList } from "../lib/http/trusted-proxies.mjs";
import { AUTH_SECRET_FILE, makeDataFolder, refuseMissingDatabase, secureDataFolder } from "./lib/data-folder.mjs";
import { buildNeeded } from "./lib/sources.mjs";

// `npm start`: build when there is no build or it was made from other sources,
// migrate the database, then serve the app as ONE Next.js server process:
// this one, through the same `startServer` that `next start` and Next's
// standalone server.js call (docs/decisions/0001-one-server-process.md).
// Plain JavaScript, so a production install without dev dependencies runs it.

const root = process.cwd();
const port = Number(process.env.PORT || 3000);
// Next takes a client's own X-Forwarded-For as given, so an instance anyone can reach directly cannot tell
// clients apart: it listens on this machine only unless HOST says otherwise (README, "Deploying").
const hostname = process.env.HOST || "127.0.0.1";
const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;

/** On PostgreSQL every instance must be given the same BETTER_AUTH_SECRET: said before any build. */
function requireSharedSecret() {
  if (process.env.BETTER_AUTH_SECRET || providerOfUrl(databaseUrl) !== "postgresql") return;
  throw new Error(
    "BETTER_AUTH_SECRET is required with PostgreSQL: give every instance the same value of at least 32 random characters (e.g. `openssl rand -base64 32`).",
  );
}

/**
 * The secret that signs session cookies. On the embedded SQLite default one is
 * made on first start and kept beside the database (mode 0600), once the
 * database has been migrated: its presence tells later starts that Kindly has
 * run here (scripts/lib/data-folder.mjs).
 * @param {string | null} file the SQLite database's path
 * @returns {string | undefined}
 */
function authSecret(file) {
  const given = process.env.BETTER_AUTH_SECRET;
  if (given || !file) return given;
  const secret = path.join(path.dirname(file), AUTH_SECRET_FILE);
  if (!fs.existsSync(secret)) {
    makeDataFolder(file);
    fs.writeFileSync(secret, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(secret, "utf8").trim();
}

/**
 * Runs a step (the build, the migrations) as a child in its own process group, passing SIGINT and
 * SIGTERM on to the whole group, so stopping `npm start` never leaves a build or migration running.
 * Resolves to the exit status (128 + the signal's number when a signal ended it).
 * @param {string} script
 */
function runStep(script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, script)], { cwd: root, stdio: "inherit", detached: true });
    /** @param {NodeJS.Signals} signal */
    const pass = (signal) => child.pid && process.kill(-child.pid, signal);
    process.on("SIGINT", pass).on("SIGTERM", pass);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", pass).off("SIGTERM", pass);
      resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0));
    });
  });
}

/** Waits until the app answers (at most 60 s): true once it does. */
async function answers(/** @type {string} */ url) {
  for (let tries = 0; tries < 240; tries++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`PORT: "${process.env.PORT}" is not a port number (1–65535)`);
  requireSharedSecret();
  const given = sqliteFileOf(databaseUrl);
  const sqliteFile = given && path.resolve(given);
  // Before a build that may take minutes: a lost database stops the start with what to do.
  if (sqliteFile) refuseMissingDatabase(sqliteFile);
  // A malformed entry stops the start with a message naming it (the app parses the same way).
  trustedProxyList(trustedProxyEntries(process.env.TRUSTED_PROXIES));
  const env = /** @type {Record<string, string | undefined>} */ (process.env);
  env.NODE_ENV = "production";
  env.NEXT_TELEMETRY_DISABLED = "1";
  env.DATABASE_URL = databaseUrl;
  // Sign-in checks the Origin against SITE_URL; without one, the address printed below is the site's.
  env.SITE_URL ||= `http://localhost:${port}`;

  const reason = buildNeeded(root);
  if (reason) {
    console.log(`Building Kindly: ${reason}.`);
    const status = await runStep("scripts/build.mjs");
    if (status !== 0) process.exit(status);
  }
  // Migrations run in a process of their own, so the schema engine's memory is not kept by the server.
  const migrated = await runStep("scripts/migrate.mjs");
  if (migrated !== 0) process.exit(migrated);
  const secret = authSecret(sqliteFile);
  if (secret) env.BETTER_AUTH_SECRET = secret;
  if (sqliteFile) secureDataFolder(sqliteFile);

  const require = createRequire(import.meta.url);
  /** @type {{ startServer: (options: { dir: string; isDev: boolean; hostname: string; port: number; allowRetry: boolean }) => Promise<void> }} */
  const { startServer } = require("next/dist/server/lib/start-server.js");
  env.NEXT_PRIVATE_START_TIME ??= String(Date.now());
  await startServer({ dir: root, isDev: false, hostname, port, allowRetry: false });
  // Next says "Ready" once it listens; its handlers load just after. Say where Kindly is once it answers.
  const local = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  const where = databaseUrl.startsWith("file:") ? databaseUrl.replace(/^file:/, "") : "PostgreSQL";
  if (!(await answers(`http://${isIP(local) === 6 ? `[${local}]` : local}:${port}/api/ping`))) {
    console.error(`Kindly started but did not answer on port ${port} within 60 s; see the messages above.`);
    return;
  }
  console.log(`\nKindly is running at ${env.SITE_URL}  (listening on ${hostname}:${port}; database: ${where})`);
  if (!process.env.HOST) {
    console.log(
      'It listens on this machine only. To serve others, put a reverse proxy in front, list it in TRUSTED_PROXIES and set HOST (README, "Deploying").',
    );
  }
}

main().catch((/** @type {unknown} */ error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
