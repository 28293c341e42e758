// @ts-check
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import { providerOfUrl } from "../../lib/database-url.mjs";
import { readMigrations, readSchema, withEngine } from "./schema-engine.mjs";

/** Creates the SQLite file's folder and puts the file in WAL mode (stored in the file itself). */
function prepareSqliteFile(/** @type {string} */ url) {
  const file = url.replace(/^file:/, "");
  if (file === ":memory:") return;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // WAL lets readers and one writer work at once and keeps acknowledged commits durable across a crash.
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

/**
 * Applies the pending migrations of `url`'s provider (the SQLite file is made if missing).
 * @param {string} url
 * @param {string} [root]
 * @param {(line: string) => void} [log]
 */
export async function deploy(url, root = process.cwd(), log = console.log) {
  const provider = providerOfUrl(url);
  if (provider === "sqlite") prepareSqliteFile(url);
  const applied = await withEngine(provider, url, readSchema(provider, root), (engine) => engine.applyMigrations(readMigrations(provider, root)));
  log(applied.length ? `Applied ${applied.length} migration(s) on ${provider}: ${applied.join(", ")}` : `The ${provider} database is up to date.`);
}
