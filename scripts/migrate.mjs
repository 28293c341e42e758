// @ts-check
import { DEFAULT_DATABASE_URL } from "../lib/database-url.mjs";
import { deploy } from "./lib/migrate.mjs";

// `npm run db:deploy` (and `npm start`, before it serves): apply the pending
// migrations to DATABASE_URL (default: the SQLite file ./data/kindly.db, made if missing).
// Plain JavaScript, so it runs on a production install without dev dependencies.
deploy(process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL)
  .then(() => process.exit(0))
  .catch((/** @type {unknown} */ error) => {
    console.error(error instanceof Error ? error.message : error);
    // The WebAssembly engine leaves a timer running; end the process explicitly.
    process.exit(1);
  });
