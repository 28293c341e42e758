/** At most this many writes share one commit (SQLite's compound SELECT holds at most 500 terms). */
export const MAX_GROUP = 64;

type Job<I, R> = { item: I; key: string; resolve: (result: R) => void; reject: (error: unknown) => void };

export type GroupCommitOptions<I> = {
  /** Writes with the same key never share a group: the later one waits for the next, in the order they came. */
  key: (item: I) => string;
  max?: number;
};

/**
 * Group commit. SQLite takes one writer at a time and, with every commit
 * flushed to disk (lib/db-client.ts), pays one fsync per commit; two server
 * processes on one file also wait for each other's commits. So writes that
 * arrive while one group is being written wait for it and then go together:
 * `commit` writes a whole group in one statement, one commit and one flush,
 * and answers each item of it.
 *
 * Nothing waits on purpose: a write when nothing else is under way starts
 * on the next turn of the event loop, alone. Each caller's promise settles
 * only once `commit` has, so an answered write is on disk. If `commit`
 * fails, every caller in the group gets its error (a single statement is
 * written whole or not at all); the next group is tried as usual.
 */
export function groupCommit<I, R>(commit: (items: I[]) => Promise<R[]>, { key, max = MAX_GROUP }: GroupCommitOptions<I>) {
  if (!Number.isInteger(max) || max < 1 || max > 500) throw new Error(`group commit: max must be 1–500, not ${max}`);
  let waiting: Job<I, R>[] = [];
  let draining = false;

  /** The next group: the longest-waiting writes, one per key, at most `max`. */
  function nextGroup(): Job<I, R>[] {
    const group: Job<I, R>[] = [];
    const keys = new Set<string>();
    const later: Job<I, R>[] = [];
    for (const job of waiting) {
      if (group.length < max && !keys.has(job.key)) {
        keys.add(job.key);
        group.push(job);
      } else later.push(job);
    }
    waiting = later;
    return group;
  }

  async function drain() {
    while (waiting.length > 0) {
      const group = nextGroup();
      try {
        const results = await commit(group.map((job) => job.item));
        if (results.length !== group.length) throw new Error(`group commit: ${results.length} results for ${group.length} writes`);
        group.forEach((job, i) => job.resolve(results[i] as R));
      } catch (error) {
        for (const job of group) job.reject(error);
      }
    }
    draining = false;
  }

  return function write(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      waiting.push({ item, key: key(item), resolve, reject });
      if (!draining) {
        draining = true;
        setImmediate(() => void drain());
      }
    });
  };
}
