// Next.js calls register() once when a server process starts (not per request).
// Kindly starts the decision history's expiry timer here, so expired entries are
// deleted whether or not anyone visits (lib/history/expiry.ts).

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startHistoryExpiry }, { db }] = await Promise.all([import("@/lib/history/expiry"), import("@/lib/db")]);
  const globals = globalThis as { kindlyHistoryExpiry?: () => void };
  globals.kindlyHistoryExpiry ??= startHistoryExpiry(db);
}
