// @ts-check
// Which database a DATABASE_URL names, and the default one. Shared by the app
// (lib/env.ts) and the start and migrate scripts; kept apart from the schema
// engine, so the start script can ask without loading it into the server process.

/** @typedef {"sqlite" | "postgresql"} DatabaseProvider */

export const DEFAULT_DATABASE_URL = "file:./data/kindly.db";

/** @param {string} url @returns {DatabaseProvider} */
export function providerOfUrl(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error('DATABASE_URL: must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)');
}

/**
 * The path of a `file:` URL's SQLite database as better-sqlite3 opens it (a relative one from the
 * working directory); null for PostgreSQL and for an in-memory database. No node:path here: the
 * proxy loads this module through lib/env.ts.
 * @param {string} url
 */
export function sqliteFileOf(url) {
  if (providerOfUrl(url) !== "sqlite") return null;
  const file = url.replace(/^file:/, "");
  return file === ":memory:" ? null : file;
}
