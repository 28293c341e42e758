import { execFileSync, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import pg from "pg";

// Starts a throwaway PostgreSQL cluster for tests and scripts: initdb into a
// temporary folder, pg_ctl start on a free loopback port, and a stop() that
// shuts it down and removes the folder. PostgreSQL refuses to run as root, so
// as root the cluster belongs to the `postgres` system user.

export type PgCluster = { url: (database?: string) => string; port: number; dir: string; stop: () => void };

function findBin(name: string): string {
  const candidates = [
    ...(fs.existsSync("/usr/lib/postgresql")
      ? fs
          .readdirSync("/usr/lib/postgresql")
          .sort()
          .reverse()
          .map((v) => `/usr/lib/postgresql/${v}/bin/${name}`)
      : []),
    `/usr/local/bin/${name}`,
    `/usr/bin/${name}`,
  ];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error(`PostgreSQL binary "${name}" not found (install the postgresql package)`);
  return found;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function runAs(user: string | null, cmd: string, args: string[]) {
  const [file, argv] = user ? ["runuser", ["-u", user, "--", cmd, ...args]] : [cmd, args];
  const result = spawnSync(file, argv, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${cmd} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

export async function startPgCluster(options: { port?: number } = {}): Promise<PgCluster> {
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? "postgres" : null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-pg-"));
  if (user) execFileSync("chown", [user, dir]);
  const port = options.port ?? (await freePort());
  runAs(user, findBin("initdb"), ["-D", dir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  runAs(user, findBin("pg_ctl"), [
    "-D",
    dir,
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "start",
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runAs(user, findBin("pg_ctl"), ["-D", dir, "-m", "immediate", "-w", "stop"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  return {
    port,
    dir,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop,
  };
}

/** Stops the cluster (pg_ctl stop) without removing it, to simulate an outage. */
export function pausePgCluster(cluster: PgCluster) {
  const user = process.getuid?.() === 0 ? "postgres" : null;
  runAs(user, findBin("pg_ctl"), ["-D", cluster.dir, "-m", "fast", "-w", "stop"]);
}

export function resumePgCluster(cluster: PgCluster) {
  const user = process.getuid?.() === 0 ? "postgres" : null;
  runAs(user, findBin("pg_ctl"), [
    "-D",
    cluster.dir,
    "-o",
    `-p ${cluster.port} -k ${cluster.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`,
    "-l",
    path.join(cluster.dir, "server.log"),
    "-w",
    "start",
  ]);
}

export type ThrowawayDatabase = { url: string; drop: () => Promise<void> };

/**
 * A new, empty database on the server at `adminUrl` (a throwaway cluster's
 * `url()`), for one test file, test run or benchmark; `drop()` removes it.
 */
export async function createDatabase(adminUrl: string, prefix = "kindly"): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomUUID().replace(/-/g, "")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
