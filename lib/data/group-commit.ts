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
 * A group commits or fails whole: if its transaction fails, it is rolled
 * back and every caller in it gets the error (nothing of it was written).
 * The statements are compare-and-set updates of validated input, so what
 * fails a group is the database itself (locked past the busy timeout,
 * unreadable, full), which would fail each of them alone too; running them
 * again one by one would only make each wait out the same failure in turn.
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

  async function drain() {
    while (waiting.length > 0) {
      const group = waiting.splice(0, MAX_GROUP);
      try {
        // One statement alone needs no transaction of its own.
        const results = group.length === 1 ? [await group[0]!.statement()] : await database.$transaction(group.map((job) => job.statement()));
        group.forEach((job, i) => job.resolve(results[i]));
      } catch (error) {
        for (const job of group) job.reject(error);
      }
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
