import http from "node:http";
import path from "node:path";

import { brotliAssetHandler } from "./lib/brotli-assets.ts";

// The production server: Next's request handler, behind which the built
// scripts and styles go out brotli-compressed (scripts/lib/brotli-assets.ts).
// Started by scripts/start.ts with the same options `next start` takes:
//   --port N   --hostname H

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const port = Number(option("--port", process.env.PORT ?? "3000"));
const hostname = option("--hostname", "0.0.0.0");

async function main() {
  // Set before Next is loaded: parts of it read NODE_ENV when they load.
  (process.env as Record<string, string>).NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const serveAsset = brotliAssetHandler(path.join(process.cwd(), ".next"), { https: (process.env.SITE_URL ?? "").startsWith("https:") });

  const server = http.createServer((request, response) => {
    if (serveAsset(request, response)) return;
    handle(request, response).catch((error: unknown) => {
      console.error(`[server] ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Something went wrong on our side.");
    });
  });
  server.listen(port, hostname, () => console.log(`▲ Next.js ready on http://${hostname}:${port}`));

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Connections still busy after 5 s are cut off.
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
