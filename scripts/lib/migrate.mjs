// @ts-check
import path from "node:path";

import Database from "better-sqlite3";

import { providerOfUrl, sqliteFileOf } from "../../lib/database-url.mjs";
import { makeDataFolder, markInitialised, refuseMissingDatabase, secureDataFolder } from "./data-folder.mjs";
import { readMigrations, readSchema, withEngine } from "./schema-engine.mjs";

/**
 * Makes the SQLite file's folder (mode 0700) and puts the file in WAL mode (stored in the file itself);
 * refuses when the file is missing where Kindly has run before (scripts/lib/data-folder.mjs).
 * @param {string} file
 */
function prepareSqliteFile(file) {
  refuseMissingDatabase(file);
  makeDataFolder(file);
  // WAL lets readers and one writer work at once and keeps acknowledged commits durable across a crash.
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

/**
 * Applies the pending migrations of `url`'s provider (the SQLite file is made if missing, unless Kindly
 * ran on it before), then marks the SQLite database as made here and limits its files to this user.
 * @param {string} url
 * @param {string} [root]
 * @param {(line: string) => void} [log]
 */
export async function deploy(url, root = process.cwd(), log = console.log) {
  const provider = providerOfUrl(url);
  const given = sqliteFileOf(url);
  const file = given && path.resolve(given);
  if (file) prepareSqliteFile(file);
  const applied = await withEngine(provider, url, readSchema(provider, root), (engine) => engine.applyMigrations(readMigrations(provider, root)));
  if (file) {
    markInitialised(file);
    secureDataFolder(file);
  }
  log(applied.length ? `Applied ${applied.length} migration(s) on ${provider}: ${applied.join(", ")}` : `The ${provider} database is up to date.`);
}
