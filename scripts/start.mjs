// @ts-check
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { build } from "./lib/generate.mjs";
import { providerOfUrl } from "./lib/schema-engine.mjs";
import { buildNeeded } from "./lib/sources.mjs";

// `npm start`: build when there is no build or it was made from other sources,
// migrate the database, then serve the app as ONE Next.js server process:
// this one, through the same `startServer` that `next start` and Next's
// standalone server.js call (docs/decisions/0001-one-next-start-process.md).
// Plain JavaScript, so a production install without dev dependencies runs it.

const root = process.cwd();
const port = Number(process.env.PORT || 3000);
const trustedProxies = (process.env.TRUSTED_PROXIES ?? "").trim();
// Without a proxy in front, the app cannot tell one client from another (anyone may send
// X-Forwarded-For), so it listens on this machine only unless told otherwise.
const hostname = process.env.HOST || (trustedProxies ? "0.0.0.0" : "127.0.0.1");
const databaseUrl = process.env.DATABASE_URL?.trim() || "file:./data/kindly.db";

/**
 * The secret that signs session cookies. On the embedded SQLite default one is
 * made on first start and kept beside the database (mode 0600); on PostgreSQL
 * every instance must be given the same BETTER_AUTH_SECRET.
 */
function authSecret() {
  const given = process.env.BETTER_AUTH_SECRET;
  if (given) return given;
  if (providerOfUrl(databaseUrl) === "postgresql") {
    throw new Error("BETTER_AUTH_SECRET is required with PostgreSQL: give every instance the same value of at least 32 random characters (e.g. `openssl rand -base64 32`).");
  }
  const file = path.join(path.dirname(path.resolve(databaseUrl.replace(/^file:/, ""))), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`PORT: "${process.env.PORT}" is not a port number (1–65535)`);
  const env = /** @type {Record<string, string | undefined>} */ (process.env);
  env.NODE_ENV = "production";
  env.NEXT_TELEMETRY_DISABLED = "1";
  env.DATABASE_URL = databaseUrl;
  env.BETTER_AUTH_SECRET = authSecret();
  // Sign-in checks the Origin against SITE_URL; without one, the address printed below is the site's.
  env.SITE_URL ||= `http://localhost:${port}`;

  const reason = buildNeeded(root);
  if (reason) {
    console.log(`Building Kindly: ${reason}.`);
    const status = build(root);
    if (status !== 0) process.exit(status);
  }
  // Migrations run in a process of their own, so the schema engine's memory is not kept by the server.
  const migrated = spawnSync(process.execPath, [path.join(root, "scripts/migrate.mjs")], { cwd: root, stdio: "inherit", env: process.env });
  if (migrated.status !== 0) process.exit(migrated.status ?? 1);

  const require = createRequire(import.meta.url);
  /** @type {{ startServer: (options: { dir: string; isDev: boolean; hostname: string; port: number; allowRetry: boolean }) => Promise<void> }} */
  const { startServer } = require("next/dist/server/lib/start-server.js");
  env.NEXT_PRIVATE_START_TIME ??= String(Date.now());
  await startServer({ dir: root, isDev: false, hostname, port, allowRetry: false });
  // Next says "Ready" once it listens; its handlers load just after. Say where Kindly is once it answers.
  const local = `http://${hostname === "0.0.0.0" ? "127.0.0.1" : hostname}:${port}`;
  for (let tries = 0; tries < 120; tries++) {
    const answered = await fetch(`${local}/api/ping`).then((r) => r.ok, () => false);
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const where = databaseUrl.startsWith("file:") ? databaseUrl.replace(/^file:/, "") : "PostgreSQL";
  console.log(`\nKindly is running at ${env.SITE_URL}  (database: ${where})`);
  if (!trustedProxies && !process.env.HOST) {
    console.log("Listening on this machine only (127.0.0.1). To serve others, put a reverse proxy in front and list it in TRUSTED_PROXIES (README, \"Deploying\"), or set HOST.");
  }
}

main().catch((/** @type {unknown} */ error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
