import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import { databaseProvider } from "../../lib/env.ts";
import { readMigrations, readSchema, withEngine } from "./schema-engine.ts";

function prepareSqliteFile(url: string) {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // WAL lets readers and one writer work at once and keeps acknowledged
  // commits durable across a crash; the mode is stored in the file itself.
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

export async function deploy(url: string, root = process.cwd(), log: (line: string) => void = console.log) {
  const provider = databaseProvider(url);
  if (provider === "sqlite") prepareSqliteFile(url);
  const applied = await withEngine(provider, url, readSchema(provider, root), (engine) => engine.applyMigrations(readMigrations(provider, root)));
  log(applied.length ? `Applied ${applied.length} migration(s) on ${provider}: ${applied.join(", ")}` : `The ${provider} database is up to date.`);
}

