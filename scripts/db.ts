import fs from "node:fs";
import path from "node:path";

import type { DatabaseProvider } from "../lib/env.ts";
import { derivePostgresSchema, syncSchemas } from "./lib/generate.mjs";
import { startPgCluster } from "./lib/pg-cluster.ts";
import { lockfileFor, readMigrations, readSchema, withEngine } from "./lib/schema-engine.mjs";

// The project's database commands for development (see README "Scripts"); applying
// migrations (scripts/migrate.mjs) and generating the clients (scripts/generate.mjs) live apart,
// in plain JavaScript, because a production install runs them without dev dependencies.
//   migration <name>  write a new migration for both providers from prisma/schema.prisma
//   check             fail when the schemas drift apart or a schema change has no migration

const root = process.cwd();

async function withEachProvider(fn: (provider: DatabaseProvider, url: string) => Promise<void>) {
  await fn("sqlite", "file::memory:");
  const cluster = await startPgCluster();
  try {
    await fn("postgresql", cluster.url());
  } finally {
    cluster.stop();
  }
}

async function createMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration name: use lowercase letters, digits and _");
  syncSchemas();
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  await withEachProvider(async (provider, url) => {
    const list = readMigrations(provider, root);
    const sql = await withEngine<string>(provider, url, readSchema(provider, root), (engine) => engine.pendingSql(list, readSchema(provider, root)));
    if (!sql.trim()) return console.log(`${provider}: schema already covered by migrations.`);
    const dir = path.join(list.baseDir, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    const lock = path.join(list.baseDir, "migration_lock.toml");
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, lockfileFor(provider));
    console.log(`${provider}: wrote ${path.relative(root, dir)}/migration.sql`);
  });
}

async function check() {
  const problems: string[] = [];
  const expected = derivePostgresSchema(readSchema("sqlite", root).content);
  if (readSchema("postgresql", root).content !== expected) {
    problems.push("prisma/postgresql/schema.prisma differs from prisma/schema.prisma: run `npm run db:generate`.");
  }
  await withEachProvider(async (provider, url) => {
    const sql = await withEngine<string>(provider, url, readSchema(provider, root), (engine) =>
      engine.pendingSql(readMigrations(provider, root), readSchema(provider, root)),
    );
    if (sql.trim()) problems.push(`${provider}: the schema has changes no migration covers; run \`npm run db:migration -- <name>\`:\n${sql}`);
    else console.log(`${provider}: migrations cover the schema.`);
  });
  if (problems.length) {
    console.error(problems.join("\n"));
    process.exitCode = 1;
  } else {
    console.log("Schemas in sync; no unmigrated changes.");
  }
}

async function main() {
  const [command, arg] = process.argv.slice(2);
  switch (command) {
    case "migration":
      if (!arg) throw new Error("Usage: npm run db:migration -- <name>");
      return createMigration(arg);
    case "check":
      return check();
    default:
      throw new Error("Usage: tsx scripts/db.ts migration <name>|check");
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  // The WebAssembly engine leaves a timer running; end the process explicitly.
  .finally(() => process.exit());
