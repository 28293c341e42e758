// @ts-check
import fs from "node:fs";
import path from "node:path";

// The SQLite database's folder (./data by default) holds every account: the
// database (password hashes, session tokens) and the secret that signs session
// cookies. Only Kindly's own user may read them, and a database that is missing
// where Kindly has run before is a loss to report, never a reason to create an
// empty one in its place (docs/decisions/0009-data-folder-guard.md).

export const AUTH_SECRET_FILE = "auth-secret";

/** Beside `kindly.db`: `.kindly.db.initialised`, written once the database has been migrated here. */
export function markerOf(/** @type {string} */ file) {
  return path.join(path.dirname(file), `.${path.basename(file)}.initialised`);
}

const isMarker = (/** @type {string} */ name) => name.startsWith(".") && name.endsWith(".initialised");

/** The files SQLite keeps beside a database. */
const SIDE_FILES = ["-wal", "-shm", "-journal"];

/** Paths as people typed them: relative to the working directory when inside it. */
function shown(/** @type {string} */ file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

export class MissingDatabaseError extends Error {}

/**
 * Throws a MissingDatabaseError, whose message says what happened and what to do, when the database
 * file is missing (or empty) but Kindly has run here before: its marker is there, or — for an install
 * from before the markers — the auth secret is, with no marker at all in the folder.
 * @param {string} file the database's absolute path
 */
export function refuseMissingDatabase(file) {
  if (fs.existsSync(file) && fs.statSync(file).size > 0) return;
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) return;
  const marker = markerOf(file);
  const secret = path.join(dir, AUTH_SECRET_FILE);
  const hasMarker = fs.existsSync(marker);
  const hasSecret = fs.existsSync(secret);
  const olderInstall = !hasMarker && hasSecret && !fs.readdirSync(dir).some(isMarker);
  if (!hasMarker && !olderInstall) return;
  const evidence = [hasMarker ? marker : null, hasSecret ? secret : null].filter((f) => f !== null).map(shown);
  throw new MissingDatabaseError(
    [
      `Kindly did not start: its database ${shown(file)} is missing, but Kindly has run here before (${evidence.join(" and ")} ${evidence.length > 1 ? "are" : "is"} there),`,
      "so that file held every account. Starting now would create an empty database in its place, and every account would be gone.",
      `  To restore it: put your backup of the database at ${shown(file)} (with its -wal file, if the backup has one), then start again.`,
      `  To start afresh on purpose, with no accounts: delete ${evidence.join(" and ")}, then start again.`,
    ].join("\n"),
  );
}

/** Makes the database's folder, readable by Kindly's user only, when it is missing. */
export function makeDataFolder(/** @type {string} */ file) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
}

/** Records that the database was migrated here, so that its loss is noticed on the next start. */
export function markInitialised(/** @type {string} */ file) {
  const marker = markerOf(file);
  if (fs.existsSync(marker)) return;
  const text =
    `Kindly migrated the database ${path.basename(file)} in this folder. While this file is here, Kindly refuses\n` +
    "to start without that database instead of creating an empty one. Delete it only to start afresh on purpose.\n";
  fs.writeFileSync(marker, text, { mode: 0o600, flag: "wx" });
}

/**
 * Gives the database, SQLite's files beside it, the marker and the auth secret mode 0600, and the folder
 * 0700 when it holds nothing but those (a DATABASE_URL may point into a folder shared with other things,
 * such as /tmp, whose mode is not Kindly's to change). Says so when a mode cannot be set.
 * @param {string} file the database's absolute path
 * @param {(line: string) => void} [warn]
 */
export function secureDataFolder(file, warn = console.warn) {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const own = new Set([base, ...SIDE_FILES.map((suffix) => base + suffix), AUTH_SECRET_FILE, path.basename(markerOf(file))]);
  const names = fs.readdirSync(dir);
  for (const name of names) if (own.has(name)) restrict(path.join(dir, name), 0o600, warn);
  const others = names.filter((name) => !own.has(name) && !isMarker(name));
  if (others.length === 0) restrict(dir, 0o700, warn);
  else if ((fs.statSync(dir).mode & 0o077) !== 0)
    warn(
      `Note: ${shown(dir)} holds other files than Kindly's, so its permissions were left as they are; Kindly's own files in it are readable by this user only.`,
    );
}

/** @param {string} target @param {number} mode @param {(line: string) => void} warn */
function restrict(target, mode, warn) {
  // SQLite may remove its -shm or -journal file meanwhile.
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat || (stat.mode & 0o777) === mode) return;
  try {
    fs.chmodSync(target, mode);
  } catch {
    warn(`Could not limit ${shown(target)} to mode ${mode.toString(8)} (it belongs to another user): make it readable by Kindly's user only.`);
  }
}
