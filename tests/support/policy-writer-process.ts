// A separate OS process of policy writers on one database, started by
// tests/integration/policy-concurrency.test.ts with
//   node --conditions=react-server --import tsx tests/support/policy-writer-process.ts <url> <ownerId> <label> <writers> <rounds>
// It opens its own Prisma client (its own SQLite connection), prints "ready",
// waits for a line on stdin (so every process starts writing at once), runs the
// writers and prints their attempts as one JSON line prefixed with "RESULT ".

import readline from "node:readline";

import { createPrismaClient } from "../../lib/db-client.ts";
import { runWriters } from "./policy-writers.ts";

const [url, ownerId, label, writers, rounds] = process.argv.slice(2);
if (!url || !ownerId || !label || !writers || !rounds) {
  console.error("usage: policy-writer-process.ts <url> <ownerId> <label> <writers> <rounds>");
  process.exit(2);
}

const client = createPrismaClient(url);
await client.$connect();
// Touch the database once, so connecting is not part of the race.
await client.policy.count();

const input = readline.createInterface({ input: process.stdin });
process.stdout.write("ready\n");
await new Promise<void>((resolve) => input.once("line", () => resolve()));
input.close();

const attempts = await runWriters([client], ownerId, Number(writers), Number(rounds), label);
await client.$disconnect();
process.stdout.write(`RESULT ${JSON.stringify(attempts)}\n`);
