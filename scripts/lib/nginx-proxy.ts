import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

import { onCleanup } from "./cleanups.ts";
import { ensureDebianPackages } from "./ensure-debian-packages.ts";

// Debian's nginx with the brotli module, run as a child of a benchmark, with
// one server block per app generated from the documented deploy/nginx/kindly.conf.

const NGINX = "/usr/sbin/nginx";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";
export const NGINX_TEMPLATE = path.join(process.cwd(), "deploy/nginx/kindly.conf");

export function ensureNginx() {
  ensureDebianPackages([
    { name: "nginx", provides: NGINX },
    { name: "libnginx-mod-http-brotli-filter", provides: BROTLI_MODULE },
  ]);
}

export type ProxiedSite = {
  /** The upstream's name in the generated config (kindly.conf calls its own `kindly`). */
  name: string;
  upstreamPort: number;
  listenPort: number;
};

/** Replaces the one match of `pattern` in `text`; throws when there is none or several (the template changed). */
function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))?.length ?? 0;
  if (matches !== 1) throw new Error(`${NGINX_TEMPLATE}: expected one match of ${pattern}, found ${matches}`);
  return text.replace(pattern, replacement);
}

/**
 * The documented config for one site on loopback: comments dropped, the
 * upstream pointed at `upstreamPort`, `listen 80` (IPv4 and IPv6) replaced by
 * 127.0.0.1:`listenPort`, the upstream and the maps' variables renamed after
 * `name`. Everything else (compression, proxy headers, static caching, the
 * methods, body size and paths it refuses, headers) is the template's.
 */
export function siteConfig(template: string, site: ProxiedSite): string {
  let config = template
    .split("\n")
    .filter((line) => !line.trim().startsWith("#"))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
  config = replaceOnce(config, /^(\s*)server 127\.0\.0\.1:3000;/m, `$1server 127.0.0.1:${site.upstreamPort};`);
  config = replaceOnce(config, /^(\s*)listen 80;/m, `$1listen 127.0.0.1:${site.listenPort};`);
  config = replaceOnce(config, /^\s*listen \[::\]:80;\n/m, "");
  config = replaceOnce(config, /^upstream kindly \{/m, `upstream ${site.name} {`);
  // The maps' variables are global in nginx: each site gets its own.
  return config.replace(/proxy_pass http:\/\/kindly;/g, `proxy_pass http://${site.name};`).replace(/\$kindly_/g, `$${site.name}_`);
}

/** A whole nginx.conf for a run: the brotli module, files under `dir`, then one server per site. */
export function nginxConfig(dir: string, sites: ProxiedSite[]): string {
  const template = fs.readFileSync(NGINX_TEMPLATE, "utf8");
  const temp = (name: string) => path.join(dir, "temp", name);
  return `load_module ${BROTLI_MODULE};
# One worker: nginx shares the machine's cores with both apps and the load generator.
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 4096; }
http {
    access_log off;
    default_type application/octet-stream;
    client_body_temp_path ${temp("body")};
    proxy_temp_path ${temp("proxy")};
    fastcgi_temp_path ${temp("fastcgi")};
    uwsgi_temp_path ${temp("uwsgi")};
    scgi_temp_path ${temp("scgi")};
${sites.map((site) => siteConfig(template, site)).join("\n")}
}
`;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Checks the generated config (`nginx -t`), runs nginx in the foreground as a child, waits for its ports. */
export async function startNginx(dir: string, sites: ProxiedSite[]): Promise<{ stop: () => Promise<void> }> {
  fs.mkdirSync(path.join(dir, "temp"), { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig(dir, sites));
  const check = spawnSync(NGINX, ["-t", "-q", "-c", conf, "-p", dir], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed for ${conf}:\n${check.stderr}`);
  const child = spawn(NGINX, ["-c", conf, "-p", dir, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = onCleanup("nginx", async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // SIGQUIT: nginx's graceful shutdown.
    child.kill("SIGQUIT");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  for (const site of sites) {
    const started = Date.now();
    while (!(await portOpen(site.listenPort))) {
      if (child.exitCode !== null || Date.now() - started > 10_000) {
        await stop();
        throw new Error(`nginx did not listen on ${site.listenPort}; see ${path.join(dir, "error.log")}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { stop };
}
