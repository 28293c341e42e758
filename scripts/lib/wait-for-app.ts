import type { ChildProcess } from "node:child_process";

/**
 * Polls `url` until it answers 2xx. Fails as soon as `child` (the app's
 * process) exits, or after `timeoutMs`. Used wherever a script or test starts
 * the app and waits for it.
 */
export async function waitForApp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the app exited with ${child.exitCode ?? child.signalCode} before ${url} answered`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
