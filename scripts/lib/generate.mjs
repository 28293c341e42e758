// @ts-check
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { PROVIDERS } from "./schema-engine.mjs";
import { recordBuild } from "./sources.mjs";

// `prisma/schema.prisma` is the one schema people edit (SQLite). The PostgreSQL
// schema is derived from it (only the provider and output lines differ), and
// both Prisma clients are generated into lib/generated/.

/** @param {string} sqliteSchema */
export function derivePostgresSchema(sqliteSchema) {
  const out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgresql"');
  if (out === sqliteSchema) throw new Error("prisma/schema.prisma: provider/output lines not found");
  return `// GENERATED from prisma/schema.prisma by \`npm run db:generate\`. Do not edit.\n${out}`;
}

export function syncSchemas(root = process.cwd()) {
  const target = path.join(root, PROVIDERS.postgresql.schema);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const derived = derivePostgresSchema(fs.readFileSync(path.join(root, PROVIDERS.sqlite.schema), "utf8"));
  if (!fs.existsSync(target) || fs.readFileSync(target, "utf8") !== derived) fs.writeFileSync(target, derived);
}

/** Derives the PostgreSQL schema and generates both clients. Returns false when the Prisma CLI is not installed. */
export function generateClients(root = process.cwd()) {
  const cli = path.join(root, "node_modules/.bin/prisma");
  if (!fs.existsSync(cli)) return false;
  syncSchemas(root);
  // The CLI looks for a native schema engine before any command; `generate`
  // never uses it, so a stub keeps it from trying to download one.
  const stub = path.join(root, "scripts/schema-engine-stub.sh");
  for (const provider of /** @type {const} */ (["sqlite", "postgresql"])) {
    const result = spawnSync(cli, ["generate", "--schema", PROVIDERS[provider].schema], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`prisma generate failed for ${provider}`);
    console.log(`Generated the ${provider} client.`);
  }
  return true;
}

/** `next build` after generating the clients, then the record of which sources it was made from. */
export function build(root = process.cwd()) {
  // A production install (`npm ci --omit=dev`) has no TypeScript, Tailwind or Prisma CLI: it cannot build.
  if (!fs.existsSync(path.join(root, "node_modules/typescript/package.json"))) {
    console.error(
      "Kindly needs a build, but the dev dependencies are not installed (a production install). Build where they are (`npm ci && npm run build`) and copy .next/ here with the sources it was built from.",
    );
    return 1;
  }
  generateClients(root);
  const next = path.join(root, "node_modules/.bin/next");
  const result = spawnSync(next, ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) return result.status ?? 1;
  recordBuild(root);
  return 0;
}
