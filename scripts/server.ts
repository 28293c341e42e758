import http from "node:http";
import path from "node:path";

import { brotliAssetHandler } from "./lib/brotli-assets.ts";

// The production server: Next's request handler, behind which the built
// scripts and styles go out brotli-compressed (scripts/lib/brotli-assets.ts).
// Run it in one process, `node --import tsx scripts/server.ts` (scripts/start.ts
// does), so a signal reaches the server itself. Options as `next start`:
//   --port N   --hostname H

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const port = Number(option("--port", process.env.PORT ?? "3000"));
const hostname = option("--hostname", "0.0.0.0");

async function main() {
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
  server.listen(port, hostname, () => console.log(`▲ Next.js ready on http://${hostname}:${port}`));

  // Like `next start`: the first SIGINT or SIGTERM stops taking requests and lets those under way finish
  // (at most 5 s, then exit 1); a repeated signal (Ctrl-C reaches the whole process group) changes nothing.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const code = signal === "SIGINT" ? 130 : 143;
    setTimeout(() => {
      console.error("[server] requests still open after 5 s; stopping anyway");
      process.exit(1);
    }, 5_000).unref();
    server.close(() => void app.close().finally(() => process.exit(code)));
    server.closeIdleConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
