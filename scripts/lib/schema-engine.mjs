// @ts-check
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

// Drives Prisma's own schema engine (its WebAssembly build) through the driver
// adapters, because the native engine binary cannot be downloaded on these
// machines (docs/decisions/0003-wasm-migrations.md). It keeps Prisma's
// migration folder format and `_prisma_migrations` table, so the stock
// `prisma migrate deploy` works wherever the native engine does.
// Plain JavaScript: `npm start` runs it on a production install, without tsx.

/** @typedef {import("../../lib/database-url.mjs").DatabaseProvider} DatabaseProvider */

/** @type {Record<DatabaseProvider, { schema: string; migrations: string }>} */
export const PROVIDERS = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
};

const NO_FILTER = { externalTables: [], externalEnums: [] };

let wasmReady = false;
async function loadWasm() {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
    "./schema_engine_bg.js": /** @type {WebAssembly.ModuleImports} */ (/** @type {unknown} */ (bg)),
  });
  const exports = /** @type {{ __wbindgen_start: () => void }} */ (/** @type {unknown} */ (instance.exports));
  bg.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  wasmReady = true;
}

/**
 * @typedef {{
 *   executeRaw: (q: { sql: string; args: unknown[] }) => Promise<number>;
 *   executeScript: (s: string) => Promise<void>;
 *   dispose: () => Promise<void>;
 * }} AnyAdapter
 */

/**
 * The engine replays migration files through executeRaw, which better-sqlite3
 * runs as a single prepared statement; multi-statement files go through executeScript.
 * @template {object} T @param {T} adapter @returns {T}
 */
function withScriptSupport(adapter) {
  const target = /** @type {AnyAdapter} */ (/** @type {unknown} */ (adapter));
  return new Proxy(adapter, {
    get(object, prop, receiver) {
      const value = Reflect.get(object, prop, receiver);
      if (prop !== "executeRaw" || typeof value !== "function") return typeof value === "function" ? value.bind(object) : value;
      /** @param {{ sql: string; args: unknown[] }} query */
      return async (query) => {
        const body = query.sql.trim().replace(/;\s*$/, "");
        if (query.args.length === 0 && body.includes(";")) {
          await target.executeScript(query.sql);
          return 0;
        }
        return value.call(object, query);
      };
    },
  });
}

/**
 * The engine's PostgreSQL introspection reads catalog columns of type "char"
 * (OID 18), which adapter-pg does not map; they arrive as strings, so they are
 * reported as text (OID 25).
 * @template {object} T @param {T} adapter @returns {T}
 */
function withCharAsText(adapter) {
  const io = /** @type {{ performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }> }} */ (/** @type {unknown} */ (adapter));
  const original = io.performIO.bind(adapter);
  io.performIO = async (query) => {
    const result = await original(query);
    for (const field of result.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  return adapter;
}

/** @param {string} url */
function pgFields(url) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: u.pathname.replace(/^\//, "") || "postgres",
  };
}

/** @param {DatabaseProvider} provider @param {string} url @param {AnyAdapter[]} opened */
function adapterFactory(provider, url, opened) {
  // Every connection the engine opens is remembered and closed afterwards:
  // freeing the engine does not close them, and an open SQLite connection
  // would keep the file locked for the app.
  /** @template T @param {T} adapter @returns {T} */
  const track = (adapter) => {
    opened.push(/** @type {AnyAdapter} */ (/** @type {unknown} */ (adapter)));
    return adapter;
  };
  if (provider === "sqlite") {
    // The engine takes the file in EXCLUSIVE locking mode, so migrations run
    // before the app opens it; wait briefly for stray locks.
    const base = new PrismaBetterSqlite3({ url, timeout: 10_000 });
    return {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => track(withScriptSupport(await base.connect())),
      connectToShadowDb: async () => track(withScriptSupport(await base.connectToShadowDb())),
    };
  }
  // adapter-pg's own shadow database ignores the database name when given a
  // connection string, and drops it while its pool is still open; so the
  // shadow database is made here from parsed fields and dropped after the pool ends.
  const fields = pgFields(url);
  const base = new PrismaPg(fields);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(withCharAsText(await base.connect())),
    connectToShadowDb: async () => {
      const main = /** @type {AnyAdapter} */ (/** @type {unknown} */ (await base.connect()));
      const name = `kindly_shadow_${randomUUID().replace(/-/g, "")}`;
      await main.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = /** @type {AnyAdapter} */ (/** @type {unknown} */ (withCharAsText(await new PrismaPg({ ...fields, database: name }).connect())));
      return track(
        new Proxy(shadow, {
          get(target, prop, receiver) {
            const value = Reflect.get(target, prop, receiver);
            if (prop === "dispose") {
              return async () => {
                await target.dispose();
                await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
                await main.dispose();
              };
            }
            return typeof value === "function" ? value.bind(target) : value;
          },
        }),
      );
    },
  };
}

/**
 * @typedef {{
 *   baseDir: string;
 *   lockfile: { path: string; content: string | null };
 *   shadowDbInitScript: string;
 *   migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
 * }} MigrationList
 */

/** @param {DatabaseProvider} provider @param {string} [root] @returns {MigrationList} */
export function readMigrations(provider, root = process.cwd()) {
  const baseDir = path.resolve(root, PROVIDERS[provider].migrations);
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const dirs = fs.existsSync(baseDir)
    ? fs
        .readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : lockfileFor(provider) },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** @param {DatabaseProvider} provider @param {string} [root] */
export function readSchema(provider, root = process.cwd()) {
  const file = PROVIDERS[provider].schema;
  return { path: file, content: fs.readFileSync(path.join(root, file), "utf8") };
}

/** @param {DatabaseProvider} provider */
export function lockfileFor(provider) {
  return `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;
}

// pendingSql: the SQL that takes the database the migrations build to the schema; "" when there is nothing to do.
/**
 * @typedef {{
 *   applyMigrations: (list: MigrationList) => Promise<string[]>;
 *   pendingSql: (list: MigrationList, schema: { path: string; content: string }) => Promise<string>;
 * }} Engine
 */

/**
 * @template T
 * @param {DatabaseProvider} provider
 * @param {string} url
 * @param {{ path: string; content: string }} schema
 * @param {(engine: Engine) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withEngine(provider, url, schema, fn) {
  await loadWasm();
  /** @type {AnyAdapter[]} */
  const opened = [];
  const factory = bindMigrationAwareSqlAdapterFactory(/** @type {never} */ (adapterFactory(provider, url, opened)));
  const engine = await bg.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, factory);
  try {
    return await fn({
      async applyMigrations(list) {
        const out = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTER });
        return out.appliedMigrationNames;
      },
      async pendingSql(list, target) {
        const out = await engine.diff({
          from: { tag: "migrations", ...list },
          to: { tag: "schemaDatamodel", files: [target] },
          script: true,
          exitCode: true,
          filters: NO_FILTER,
        });
        return out.exitCode === 2 ? (out.stdout ?? "") : "";
      },
    });
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}
