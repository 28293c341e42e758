/**
 * Engine throughput on one core: verdicts/s (decideVerdict), full
 * decisions/s with rendered templates (decide), and p99 latency of a single
 * full decide, measured in batches. Prints figures; asserts nothing.
 *
 *   npx tsx scripts/bench-engine.ts
 */
import {
  decide,
  decideVerdict,
  LANGUAGES,
  MET_VALUES,
  MUTUAL_LEVELS,
  NETWORKING_STYLES,
  PERSONAS,
  PLATFORMS,
  RED_FLAGS,
  RELATIONSHIPS,
  VERDICTS,
  VISIBILITIES,
  ZConnectionRequest,
  ZProfile,
  type ConnectionRequest,
  type Profile,
  type RedFlag,
} from "../lib/engine/index";

/** Small deterministic PRNG (mulberry32) so every run uses the same inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(20240611);
function pick<T>(values: readonly T[]): T {
  return values[Math.floor(rand() * values.length)]!;
}

const NAMES = ["Jussi", "Ola", "Aino", "Kari Nordmann", "Lee"];
const PLACES = ["the design week", "Slush", "Arendalsuka", "the team workshop"];

function makeProfile(): Profile {
  const platforms: Record<string, unknown> = {};
  for (const p of PLATFORMS) {
    const overrides: Record<string, string> = {};
    if (rand() < 0.2) overrides[pick(RELATIONSHIPS)] = pick(VERDICTS);
    platforms[p] = { persona: pick(PERSONAS), visibility: pick(VISIBILITIES), overrides };
  }
  return ZProfile.parse({
    displayName: rand() < 0.8 ? pick(NAMES) : "",
    language: pick(LANGUAGES),
    creativeField: rand() < 0.3,
    jobSeeking: rand() < 0.3,
    networkingStyle: pick(NETWORKING_STYLES),
    ...(rand() < 0.7 ? { linkedinUrl: "https://www.linkedin.com/in/bench-example" } : {}),
    platforms,
  });
}

function makeRequest(): ConnectionRequest {
  const redFlags: RedFlag[] = [];
  for (const f of RED_FLAGS) if (rand() < 0.08) redFlags.push(f);
  return ZConnectionRequest.parse({
    platform: pick(PLATFORMS),
    relationship: pick(RELATIONSHIPS),
    met: pick(MET_VALUES),
    rapport: rand() < 0.4,
    note: rand() < 0.4,
    mutualConnections: pick(MUTUAL_LEVELS),
    commonGround: rand() < 0.4,
    redFlags,
    ...(rand() < 0.6 ? { requesterName: pick(NAMES) } : {}),
    ...(rand() < 0.4 ? { metAt: pick(PLACES) } : {}),
  });
}

const INPUTS = 4096;
const profiles: Profile[] = [];
const requests: ConnectionRequest[] = [];
for (let i = 0; i < INPUTS; i++) {
  profiles.push(makeProfile());
  requests.push(makeRequest());
}

// Keeps results observable so the JIT cannot drop the work.
let sink = 0;

function runVerdicts(n: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const k = i & (INPUTS - 1);
    if (decideVerdict(profiles[k]!, requests[k]!).verdict === "accept") sink++;
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function runDecisions(n: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const k = i & (INPUTS - 1);
    sink += decide(profiles[k]!, requests[k]!).templates.length;
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

// Warm-up so the figures measure optimised code.
runVerdicts(2_000_000);
runDecisions(300_000);

const VERDICT_N = 10_000_000;
const DECIDE_N = 2_000_000;
const rounds = 3;
let bestVerdict = 0;
let bestDecide = 0;
for (let r = 0; r < rounds; r++) {
  bestVerdict = Math.max(bestVerdict, VERDICT_N / runVerdicts(VERDICT_N));
  bestDecide = Math.max(bestDecide, DECIDE_N / runDecisions(DECIDE_N));
}

// p99 of a single full decide: time batches of 100 calls (a single call is
// below the timer's resolution) and take per-call time of each batch.
const BATCH = 100;
const SAMPLES = 20_000;
const perCall: number[] = [];
for (let s = 0; s < SAMPLES; s++) {
  const offset = (s * BATCH) & (INPUTS - 1);
  const start = process.hrtime.bigint();
  for (let i = 0; i < BATCH; i++) {
    const k = (offset + i) & (INPUTS - 1);
    sink += decide(profiles[k]!, requests[k]!).reasons.length;
  }
  perCall.push(Number(process.hrtime.bigint() - start) / BATCH);
}
perCall.sort((a, b) => a - b);
const p50 = perCall[Math.floor(SAMPLES * 0.5)]!;
const p99 = perCall[Math.floor(SAMPLES * 0.99)]!;
const max = perCall[SAMPLES - 1]!;

console.log("Kindly engine benchmark (one core, best of %d rounds, %d varied inputs)", rounds, INPUTS);
console.log(`  node ${process.version}`);
console.log(`  decideVerdict: ${fmt(bestVerdict)} verdicts/s   (target ≥ 1,000,000)`);
console.log(`  decide:        ${fmt(bestDecide)} decisions/s (target ≥ 200,000; reasons, actions and rendered templates)`);
console.log(
  `  decide latency per call, batches of ${BATCH}: p50 ${(p50 / 1000).toFixed(2)} µs, p99 ${(p99 / 1000).toFixed(2)} µs, max ${(max / 1000).toFixed(2)} µs`,
);
if (sink === -1) console.log("unreachable");
