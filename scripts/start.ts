import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

import { env } from "../lib/env.ts";
import { deploy } from "./lib/migrate.ts";

// `npm start`: build the app, create or migrate the database, serve it.
//   --no-build   serve the existing build (used by the end-to-end tests)
//   --port N     listen on N (default: PORT or 3000)

const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 3000);
const bin = (name: string) => path.join(process.cwd(), "node_modules/.bin", name);

async function main() {
  const { DATABASE_URL } = env();
  if (!args.includes("--no-build")) {
    const build = spawnSync(bin("next"), ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  await deploy(DATABASE_URL);
  const server = spawn(bin("next"), ["start", "--port", String(port), "--hostname", "0.0.0.0"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  console.log(`\nKindly is running at http://localhost:${port}  (database: ${DATABASE_URL.startsWith("file:") ? DATABASE_URL : "PostgreSQL"})\n`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
