import "server-only";

import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/sqlite/client";

/** At most this many statements share one transaction. */
export const MAX_GROUP = 64;

type Job = { statement: () => Prisma.PrismaPromise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

const queues = new WeakMap<Db, <T>(statement: () => Prisma.PrismaPromise<T>) => Promise<T>>();

/**
 * Group commit. SQLite takes one writer at a time and, with every commit
 * flushed to disk (lib/db-client.ts), pays one fsync per commit; two server
 * processes on one file also wait for each other's commits. So writes that
 * arrive while one is being committed wait for it and then go together, in
 * one transaction with one flush, each statement with its own result.
 *
 * Nothing waits on purpose: a write when nothing else is under way starts
 * on the next turn of the event loop, alone. Each caller's promise settles
 * only once its transaction has committed, so an answered write is on disk.
 * If the shared transaction fails (it is rolled back whole), its statements
 * run again one at a time, so one bad statement cannot fail the others.
 *
 * `statement` must build a new, not yet awaited Prisma query each time it
 * is called (a Prisma query runs when it is awaited, once).
 */
export function groupCommit<T>(database: Db, statement: () => Prisma.PrismaPromise<T>): Promise<T> {
  let run = queues.get(database);
  if (!run) {
    run = commitQueue(database);
    queues.set(database, run);
  }
  return run(statement);
}

function commitQueue(database: Db) {
  const waiting: Job[] = [];
  let draining = false;

  async function alone(job: Job) {
    try {
      job.resolve(await job.statement());
    } catch (error) {
      job.reject(error);
    }
  }

  async function drain() {
    while (waiting.length > 0) {
      const group = waiting.splice(0, MAX_GROUP);
      if (group.length === 1) {
        await alone(group[0]!);
        continue;
      }
      let results: unknown[];
      try {
        results = await database.$transaction(group.map((job) => job.statement()));
      } catch {
        for (const job of group) await alone(job);
        continue;
      }
      group.forEach((job, i) => job.resolve(results[i]));
    }
    draining = false;
  }

  return function run<T>(statement: () => Prisma.PrismaPromise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      waiting.push({ statement, resolve: resolve as (value: unknown) => void, reject });
      if (!draining) {
        draining = true;
        setImmediate(() => void drain());
      }
    });
  };
}
