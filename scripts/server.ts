import cluster, { type Worker } from "node:cluster";
import http from "node:http";
import path from "node:path";

import { answerRateLimits, RATE_LIMITS_IN_PRIMARY } from "../lib/http/rate-limit.ts";
import { brotliAssetHandler } from "./lib/brotli-assets.ts";
import { serverProcesses } from "./lib/server-command.ts";

// The production server: Next's request handler, behind which the built
// scripts and styles go out brotli-compressed (scripts/lib/brotli-assets.ts).
// Node runs JavaScript on one core, so the server forks one worker process per
// core (WEB_CONCURRENCY, at most 4 unless set). The primary holds the port and
// hands new connections to the workers in turn (Node's round robin, which
// spreads a burst of connections evenly, where workers accepting on their own
// let one take nearly all); it also replaces a worker that dies and counts the
// API's rate limits for all of them. Start it as `node --import tsx scripts/server.ts`
// (scripts/start.ts does), not under the `tsx` command, so a signal reaches the server itself.
// Options as `next start`:   --port N   --hostname H

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const port = Number(option("--port", process.env.PORT ?? "3000"));
const hostname = option("--hostname", "0.0.0.0");
const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const;
/** How long requests under way may take to finish once the server is asked to stop. */
const DRAIN_MS = 5_000;

/** One server process: Next behind the brotli handler. Alone, or as a worker of the primary below. */
async function serve() {
  // Set before Next is loaded, as `next start` does: parts of it read NODE_ENV when they load.
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const serveAsset = brotliAssetHandler(path.join(process.cwd(), ".next"));

  const server = http.createServer((request, response) => {
    if (serveAsset(request, response)) return;
    handle(request, response).catch((error: unknown) => {
      console.error(`[server] ${error instanceof Error ? error.message : String(error)}`);
      // Half a page already sent cannot become an error page: cut the connection instead.
      if (response.headersSent) return response.destroy();
      response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Something went wrong on our side.");
    });
  });
  // Next logs uncaught errors and carries on, so a port that cannot be had must end the process here.
  // Once listening, an error (say, out of file descriptors while accepting) is logged and served through.
  const cannotListen = (error: Error) => {
    console.error(`[server] cannot listen on ${hostname}:${port}: ${error.message}`);
    process.exit(1);
  };
  server.once("error", cannotListen);
  server.listen(port, hostname, () => {
    server.off("error", cannotListen);
    server.on("error", (error) => console.error(`[server] ${error.message}`));
    if (cluster.isPrimary) console.log(`▲ Next.js ready on http://${hostname}:${port}`);
  });

  // Like `next start`: the first SIGINT or SIGTERM stops taking requests and lets those under way finish
  // (at most 5 s, then exit 1); a repeated signal (Ctrl-C reaches the whole process group) changes nothing.
  let stopping = false;
  const stop = (signal: keyof typeof exitCodes) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error(`[server] requests still open after ${DRAIN_MS / 1000} s; stopping anyway`);
      process.exit(1);
    }, DRAIN_MS).unref();
    server.close(() => void app.close().finally(() => process.exit(exitCodes[signal])));
    server.closeIdleConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/**
 * The primary of several workers. A worker that dies while serving is replaced.
 * One that dies before it ever listened, while the server is starting, means it
 * cannot start (no build, a bad setting, the port taken), so the primary stops
 * the others and exits 1; a replacement that fails so is tried again, waiting
 * 1 s, 2 s, 4 s… up to 30 s. Asked to stop, the primary passes the signal on,
 * waits for every worker and exits as they did.
 */
function supervise(count: number) {
  // The default on Linux, said outright. Its one known cost: a connection handed to a worker at the
  // instant it dies goes unanswered until the client gives up (seen in the tests on Node 20).
  cluster.schedulingPolicy = cluster.SCHED_RR;
  answerRateLimits(cluster);
  const listened = new WeakSet<Worker>();
  let ready = 0;
  let started = false;
  let failedReplacements = 0;
  let stopping: keyof typeof exitCodes | null = null;
  let exitCode = 0;
  // A worker leaves cluster.workers after both its exit and its disconnect, which come in either order.
  const remaining = () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());

  const fork = () => {
    if (stopping) return;
    const worker = cluster.fork({ [RATE_LIMITS_IN_PRIMARY]: "1" });
    worker.once("listening", () => {
      listened.add(worker);
      failedReplacements = 0;
      if (++ready === count) {
        started = true;
        console.log(`▲ Next.js ready on http://${hostname}:${port} (${count} worker processes)`);
      }
    });
  };
  const stopAll = (signal: keyof typeof exitCodes, code: number) => {
    if (stopping) return;
    stopping = signal;
    exitCode = code;
    if (remaining().length === 0) process.exit(exitCode);
    for (const worker of remaining()) worker.process.kill(signal);
    // Workers exit on their own within DRAIN_MS; this only catches one that hangs.
    setTimeout(() => {
      for (const worker of remaining()) worker.process.kill("SIGKILL");
      process.exit(1);
    }, DRAIN_MS + 2_000).unref();
  };

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      // A worker still starting has no handler yet, so the signal itself ends it: that is expected too.
      if (code !== exitCodes[stopping] && signal !== stopping) exitCode = 1;
      if (remaining().length === 0) process.exit(exitCode);
      return;
    }
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    if (!listened.has(worker) && !started) {
      console.error(`[server] a worker stopped before it could serve (${how}); stopping`);
      return stopAll("SIGTERM", 1);
    }
    if (listened.has(worker)) {
      ready--;
      console.error(`[server] worker ${worker.process.pid} stopped (${how}); starting another`);
      return fork();
    }
    const wait = Math.min(30_000, 1_000 * 2 ** failedReplacements++);
    console.error(`[server] a replacement worker stopped before it could serve (${how}); trying again in ${wait / 1000} s`);
    setTimeout(fork, wait);
  });
  for (let i = 0; i < count; i++) fork();
  process.on("SIGINT", () => stopAll("SIGINT", exitCodes.SIGINT));
  process.on("SIGTERM", () => stopAll("SIGTERM", exitCodes.SIGTERM));
}

function main() {
  const workers = serverProcesses();
  if (cluster.isPrimary && workers > 1) return supervise(workers);
  serve().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
