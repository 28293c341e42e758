// Concurrent writers on one saved policy, for tests/integration/policy-concurrency.test.ts.
// Also run as a separate process (tests/support/policy-writer-process.ts) so that
// several OS processes write one SQLite file at the same time.

import { policyStore } from "../../lib/data/policy.ts";
import { ZProfile, type Profile } from "../../lib/engine/index.ts";
import type { Db } from "../../lib/db-client.ts";

/** One save attempt and what came of it, in a form that survives JSON (across processes). */
export type Attempt = {
  writer: string;
  round: number;
  /** The version the writer read just before saving. */
  baseVersion: number;
  /** What the writer tried to save (its profile's displayName). */
  displayName: string;
  /** Set when savePolicy threw (or rejected) instead of answering. */
  error?: string;
  ok?: boolean;
  reason?: string;
  /** Accepted: the saved policy's version and displayName. Refused: the current policy's. */
  version?: number | null;
  resultDisplayName?: string | null;
};

export function writerProfile(displayName: string): Profile {
  return ZProfile.parse({ displayName, language: "fi", platforms: { linkedin: { persona: "professional" } } });
}

/** Yields to the event loop 0–2 times, so writers on different clients interleave differently each round. */
async function jitter() {
  const turns = Math.floor(Math.random() * 3);
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * `writers` async writers × `rounds`, spread round-robin over `clients`. Each
 * round a writer reads the current version, then saves a profile naming
 * itself and the round, based on the version it read.
 */
export async function runWriters(clients: Db[], ownerId: string, writers: number, rounds: number, label = "p0"): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  const stores = clients.map((c) => policyStore(c));
  const writer = async (index: number) => {
    const clientIndex = index % stores.length;
    const store = stores[clientIndex]!;
    const name = `${label}c${clientIndex}w${index}`;
    for (let round = 0; round < rounds; round++) {
      const displayName = `${name}-r${round}`;
      let baseVersion = -1;
      try {
        const read = await store.getOwnPolicy(ownerId);
        baseVersion = read?.version ?? 0;
        await jitter();
        const result = await store.savePolicy(ownerId, { profile: writerProfile(displayName), baseVersion });
        const policy = result.ok ? result.data : result.current;
        attempts.push({
          writer: name,
          round,
          baseVersion,
          displayName,
          ok: result.ok,
          reason: result.ok ? undefined : result.code,
          version: policy?.version ?? null,
          resultDisplayName: policy?.profile.displayName ?? null,
        });
      } catch (error) {
        attempts.push({ writer: name, round, baseVersion, displayName, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, i) => writer(i)));
  return attempts;
}
