import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

import { onCleanup } from "./cleanups.ts";
import { ensureDebianPackages } from "./ensure-debian-packages.ts";

// Debian's Caddy, run as a child of a test, with the documented deploy/Caddyfile
// in front of one Kindly instance.

const CADDY = "/usr/bin/caddy";
export const CADDY_TEMPLATE = path.join(process.cwd(), "deploy/Caddyfile");

export function ensureCaddy() {
  ensureDebianPackages([{ name: "caddy", provides: CADDY }]);
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))?.length ?? 0;
  if (matches !== 1) throw new Error(`${CADDY_TEMPLATE}: expected one match of ${pattern}, found ${matches}`);
  return text.replace(pattern, replacement);
}

/**
 * The documented Caddyfile on loopback: the site address replaced by plain
 * http on 127.0.0.1:`listenPort` (no certificate to get), the upstream by
 * `upstreamPort`, and global options first that keep Caddy's admin endpoint
 * off and its files under `dir`. Everything else is the template's.
 */
export function caddyConfig(dir: string, site: { upstreamPort: number; listenPort: number }): string {
  let config = fs.readFileSync(CADDY_TEMPLATE, "utf8");
  config = replaceOnce(config, /^kindly\.example\.org \{$/m, `http://127.0.0.1:${site.listenPort} {`);
  config = replaceOnce(config, /reverse_proxy 127\.0\.0\.1:3000 \{/, `reverse_proxy 127.0.0.1:${site.upstreamPort} {`);
  return `{\n\tadmin off\n\tstorage file_system ${path.join(dir, "data")}\n}\n\n${config}`;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Runs Caddy in the foreground as a child on the generated Caddyfile, waits for its port. */
export async function startCaddy(dir: string, site: { upstreamPort: number; listenPort: number }): Promise<{ stop: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "Caddyfile");
  fs.writeFileSync(file, caddyConfig(dir, site));
  let output = "";
  const child = spawn(CADDY, ["run", "--config", file, "--adapter", "caddyfile"], {
    // Caddy keeps its state under HOME / XDG folders: the run's own.
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-16_384)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = onCleanup("caddy", async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const started = Date.now();
  while (!(await portOpen(site.listenPort))) {
    if (child.exitCode !== null || Date.now() - started > 10_000) {
      await stop();
      throw new Error(`caddy did not listen on ${site.listenPort}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { stop };
}
