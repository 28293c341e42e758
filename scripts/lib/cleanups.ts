// What a script started (servers, a proxy, a database cluster, a temporary
// folder), undone in reverse order: on success, on failure and on SIGINT/SIGTERM.

type Cleanup = { name: string; run: () => Promise<void> | void };
const cleanups: Cleanup[] = [];
let interrupted = false;

/** Registers `run`; the function returned runs it now (once) and unregisters it. */
export function onCleanup(name: string, run: () => Promise<void> | void): () => Promise<void> {
  const entry = { name, run };
  cleanups.push(entry);
  return async () => {
    const i = cleanups.indexOf(entry);
    if (i < 0) return;
    cleanups.splice(i, 1);
    await run();
  };
}

export async function cleanUpAll() {
  while (cleanups.length) {
    const { name, run } = cleanups.pop()!;
    try {
      await run();
    } catch (error) {
      console.error(`clean-up "${name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export const wasInterrupted = () => interrupted;

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: cleaning up…`);
    void cleanUpAll().finally(() => process.exit(130));
  });
}
