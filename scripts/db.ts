import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { env, type DatabaseProvider } from "../lib/env.ts";
import { startPgCluster } from "./lib/pg-cluster.ts";
import { deploy } from "./lib/migrate.ts";
import { lockfileFor, PROVIDERS, readMigrations, readSchema, withEngine } from "./lib/schema-engine.ts";

// The project's database command (see README "Scripts"):
//   deploy            apply pending migrations to DATABASE_URL (SQLite file created if missing)
//   generate          derive the PostgreSQL schema and generate both Prisma clients
//   migration <name>  write a new migration for both providers from prisma/schema.prisma
//   check             fail when the schemas drift apart or a schema change has no migration

const root = process.cwd();

function derivePostgresSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgresql"');
  if (out === sqliteSchema) throw new Error("prisma/schema.prisma: provider/output lines not found");
  return `// GENERATED from prisma/schema.prisma by \`npm run db:generate\`. Do not edit.\n${out}`;
}


function syncSchemas() {
  const target = path.join(root, PROVIDERS.postgresql.schema);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const next = derivePostgresSchema(readSchema("sqlite", root).content);
  if (!fs.existsSync(target) || fs.readFileSync(target, "utf8") !== next) fs.writeFileSync(target, next);
}

function generate() {
  syncSchemas();
  // The CLI looks for a native schema engine before any command; `generate`
  // never uses it, so a stub keeps it from trying to download one.
  const stub = path.join(root, "scripts/schema-engine-stub.sh");
  for (const provider of ["sqlite", "postgresql"] as const) {
    const result = spawnSync(path.join(root, "node_modules/.bin/prisma"), ["generate", "--schema", PROVIDERS[provider].schema], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`prisma generate failed for ${provider}`);
    console.log(`Generated the ${provider} client.`);
  }
}

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
    const sql = await withEngine(provider, url, readSchema(provider, root), (engine) => engine.pendingSql(list, readSchema(provider, root)));
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
    const sql = await withEngine(provider, url, readSchema(provider, root), (engine) => engine.pendingSql(readMigrations(provider, root), readSchema(provider, root)));
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
    case "deploy":
      return deploy(env().DATABASE_URL);
    case "generate":
      return generate();
    case "migration":
      if (!arg) throw new Error("Usage: npm run db:migration -- <name>");
      return createMigration(arg);
    case "check":
      return check();
    default:
      throw new Error("Usage: tsx scripts/db.ts deploy|generate|migration <name>|check");
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  // The WebAssembly engine leaves a timer running; end the process explicitly.
  .finally(() => process.exit());
