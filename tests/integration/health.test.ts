import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { freePort } from "../../scripts/lib/pg-cluster.ts";
import { createTestDatabase, PROVIDERS } from "../support/databases.ts";

// Loads the real route handler against a given DATABASE_URL.
async function healthFor(url: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", url);
  (globalThis as { kindlyDb?: unknown }).kindlyDb = undefined;
  const { GET } = await import("../../app/api/health/route.ts");
  return GET();
}

afterEach(() => {
  vi.unstubAllEnvs();
  (globalThis as { kindlyDb?: { $disconnect(): Promise<void> } }).kindlyDb?.$disconnect();
  (globalThis as { kindlyDb?: unknown }).kindlyDb = undefined;
});

describe("GET /api/health", () => {
  it.each(PROVIDERS)("answers ok with the provider name on %s", async (provider) => {
    const database = await createTestDatabase(provider);
    await database.client.$disconnect();
    try {
      const response = await healthFor(database.url);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", database: provider });
    } finally {
      await database.drop();
    }
  });

  it("answers 503 with a clear JSON error when PostgreSQL is unreachable", async () => {
    const port = await freePort();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await healthFor(`postgresql://postgres@127.0.0.1:${port}/kindly`);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: "error", database: "postgresql" });
    expect(body.error).toMatch(/unreachable/i);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*\.ts/);
    errors.mockRestore();
  });

  it("answers 503 when the SQLite file has no tables (not migrated)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-health-"));
    const file = path.join(dir, "empty.db");
    fs.writeFileSync(file, "");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await healthFor(`file:${file}`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "error", database: "sqlite", problem: "unreachable" });
    } finally {
      errors.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("GET /api/health on a SQLite file that changes under the running app", () => {
  it("answers 503 (missing) once the file is deleted, where the open connection would go on answering from the deleted file", async () => {
    const database = await createTestDatabase("sqlite");
    await database.client.$disconnect();
    const file = database.url.replace(/^file:/, "");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect((await healthFor(database.url)).status).toBe(200);
      fs.rmSync(file);
      const { GET } = await import("../../app/api/health/route.ts");
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toMatchObject({ status: "error", database: "sqlite", problem: "missing" });
      expect(body.error).toMatch(/missing/);
      // No path in the answer (it goes to the server's log).
      expect(JSON.stringify(body)).not.toContain(path.dirname(file));
      // The app does not create an empty database in its place.
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      errors.mockRestore();
      await database.drop();
    }
  });

  it("answers 503 (replaced) when another file now stands at the path than the one the process has open", async () => {
    const database = await createTestDatabase("sqlite");
    await database.client.$disconnect();
    const file = database.url.replace(/^file:/, "");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect((await healthFor(database.url)).status).toBe(200);
      // A backup put back while the app runs: a copy (a new file) at the same path.
      fs.copyFileSync(file, `${file}.copy`);
      fs.renameSync(`${file}.copy`, file);
      const { GET } = await import("../../app/api/health/route.ts");
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "error", database: "sqlite", problem: "replaced" });
    } finally {
      errors.mockRestore();
      await database.drop();
    }
  });

  // Root writes to any file whatever its mode, so the check runs in a process of its own, as nobody under root.
  const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null;
  async function healthInOwnProcess(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/health-process.ts"], {
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "test", TSX_TSCONFIG_PATH: "tsconfig.json" },
      stdio: ["ignore", "pipe", "pipe"],
      ...unprivileged,
    });
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    await new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const last = output.trim().split("\n").at(-1);
    if (!last?.startsWith("{")) throw new Error(`the health process printed no answer:\n${errors}`);
    return JSON.parse(last);
  }

  it("answers 503 (readOnly) when the database file cannot be written, and 200 with the same setup when it can", async () => {
    const database = await createTestDatabase("sqlite");
    await database.client.$disconnect();
    const file = database.url.replace(/^file:/, "");
    const dir = path.dirname(file);
    try {
      // The folder and files belong to the user the check runs as (SQLite writes its -wal and -shm beside the file).
      if (unprivileged) for (const name of [".", ...fs.readdirSync(dir)]) fs.chownSync(path.join(dir, name), unprivileged.uid, unprivileged.gid);
      fs.chmodSync(dir, 0o755);
      const writable = await healthInOwnProcess(database.url);
      expect(writable).toEqual({ status: 200, body: { status: "ok", database: "sqlite" } });

      fs.chmodSync(file, 0o444);
      const readOnly = await healthInOwnProcess(database.url);
      expect(readOnly.status).toBe(503);
      expect(readOnly.body).toMatchObject({ status: "error", database: "sqlite", problem: "readOnly" });
      expect(readOnly.body.error).toMatch(/cannot write/);
    } finally {
      await database.drop();
    }
  });
});
