import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { databaseProvider, env } from "../lib/env.ts";
import { buildApp } from "./lib/build.ts";
import { deploy } from "./lib/migrate.ts";
import { serverCommand } from "./lib/server-command.ts";

// `npm start`: build the app, create or migrate the database, serve it.
//   --no-build   serve the existing build (used by the end-to-end tests)
//   --port N     listen on N (default: PORT or 3000)

const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 3000);

/**
 * The secret that signs session cookies. On the embedded SQLite default one is
 * made on first start and kept beside the database (mode 0600); on PostgreSQL
 * every instance must be given the same BETTER_AUTH_SECRET.
 */
function authSecret(databaseUrl: string): string {
  const given = env().BETTER_AUTH_SECRET;
  if (given) return given;
  if (databaseProvider(databaseUrl) === "postgresql") {
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
  const { DATABASE_URL } = env();
  const secret = authSecret(DATABASE_URL);
  if (!args.includes("--no-build")) {
    const status = buildApp();
    if (status !== 0) process.exit(status);
  }
  await deploy(DATABASE_URL);
  const server = spawn(...serverCommand(port, "0.0.0.0"), {
    stdio: ["ignore", "inherit", "inherit"],
    // Without SITE_URL the app's address is the one printed below (sign-in checks the Origin against it).
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_SECRET: secret, SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}` },
  });
  console.log(`\nKindly is running at http://localhost:${port}  (database: ${DATABASE_URL.startsWith("file:") ? DATABASE_URL : "PostgreSQL"})\n`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  // A server ended by a signal it did not handle (killed, out of memory) is not a clean exit: 128 + its number.
  server.on("exit", (code, signal) => process.exit(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
