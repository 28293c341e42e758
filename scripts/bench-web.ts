import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import { CHROMIUM_ARGS } from "../playwright.config.ts";
import { ensureChromium } from "./ensure-chromium.ts";
import { benchPorts, buildBoth, KINDLY_SCREENS, loadAverage, runHeader, median, startStack } from "./lib/bench-stack.ts";
import { cleanUpAll, onCleanup } from "./lib/cleanups.ts";
import { ensureNginx } from "./lib/nginx-proxy.ts";

// `npm run bench:web`: Lighthouse (mobile preset, Debian Chromium) on every
// screen of Kindly and on a bare Next.js page, Kindly under `npm start`, the page under `next start`, behind
// the same nginx (deploy/nginx/kindly.conf), built in the same run.
//   --no-build   measure the existing builds
//   --runs N     Lighthouse runs per page (default 9)
//   --screens /en,/en/advice   measure only these of Kindly's screens
//
// Lighthouse's simulated throttling moves scores by several points from run
// to run, and the machine's speed drifts, so the pages take turns: run i
// measures the bare page, then each screen. Medians are reported with ranges.

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Math.max(1, Number(option("--runs") ?? 9) || 1);
const SCREENS = option("--screens")?.split(",") ?? KINDLY_SCREENS;

const TARGET_PERF_BELOW_BARE = 3;
const TARGET_JS_ABOVE_BARE_KIB = 15;

type Run = { perf: number; a11y: number; bestPractices: number; seo: number; lcpMs: number; tbtMs: number; jsKiB: number; benchmarkIndex: number };
type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function figures(lhr: LighthouseResult): Run {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const items = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  return {
    perf: score("performance"),
    a11y: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? 0,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? 0,
    jsKiB: (items.find((i) => i.resourceType === "script")?.transferSize ?? 0) / 1024,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

async function measure(url: string, chromePort: number): Promise<{ run: Run; failing: string[] }> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port: chromePort,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    // Lighthouse sometimes loses the trace (e.g. NO_NAVSTART); such a run has no scores and is run again.
    if (lhr.runtimeError) {
      if (attempt >= 4) throw new Error(`Lighthouse failed ${attempt} times on ${url}: ${lhr.runtimeError.message}`);
      console.log(`  ${url}: Lighthouse run failed (${lhr.runtimeError.code}); running it again`);
      continue;
    }
    const failing = Object.values(lhr.categories).flatMap((c) =>
      c.id === "performance" ? [] : c.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c.id}:${ref.id}`),
    );
    return { run: figures(lhr), failing };
  }
}

const range = (values: number[], digits = 0) => {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(digits);
  return sorted[0] === sorted[sorted.length - 1] ? f(sorted[0]!) : `${f(median(values))} (${f(sorted[0]!)}–${f(sorted[sorted.length - 1]!)})`;
};

async function main() {
  ensureChromium();
  ensureNginx();
  const loadStart = loadAverage();
  const ports = await benchPorts();
  if (!args.includes("--no-build")) buildBoth(ports);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-bench-web-"));
  onCleanup("temporary folder", () => fs.rmSync(dir, { recursive: true, force: true }));
  const databaseUrl = `file:${path.join(dir, "kindly.db")}`;
  const stack = await startStack({ ports, databaseUrl, dir });
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROMIUM_ARGS });
  onCleanup("Chromium", () => chrome.kill());

  const BARE = "bare page /";
  const pages = [{ name: BARE, url: `${stack.bare.origin}/` }, ...SCREENS.map((s) => ({ name: s, url: `${stack.kindly.origin}${s}` }))];
  const runs = new Map<string, Run[]>(pages.map((p) => [p.name, []]));
  const failing = new Map<string, Set<string>>(pages.map((p) => [p.name, new Set()]));
  const started = Date.now();
  for (let i = 1; i <= RUNS; i++) {
    for (const page of pages) {
      const result = await measure(page.url, chrome.port);
      runs.get(page.name)!.push(result.run);
      for (const f of result.failing) failing.get(page.name)!.add(f);
    }
    const line = pages.map((p) => `${p.name} ${runs.get(p.name)!.at(-1)!.perf}`).join(", ");
    console.log(`run ${i}/${RUNS} (${((Date.now() - started) / 60_000).toFixed(1)} min): performance ${line}`);
  }
  await cleanUpAll();
  const loadEnd = loadAverage();

  const bare = runs.get(BARE)!;
  const barePerf = median(bare.map((r) => r.perf));
  const bareJs = median(bare.map((r) => r.jsKiB));
  const header = ["page", "perf", "a11y", "best practices", "SEO", "LCP (s)", "TBT (ms)", "JS (KiB, transferred)", "target"];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`];
  let allMet = true;
  for (const page of pages) {
    const r = runs.get(page.name)!;
    const col = (pick: (run: Run) => number, digits = 0) => range(r.map(pick), digits);
    let verdict = "floor";
    if (page.name !== BARE) {
      const misses = [
        median(r.map((x) => x.perf)) < barePerf - TARGET_PERF_BELOW_BARE && `perf < ${barePerf - TARGET_PERF_BELOW_BARE}`,
        median(r.map((x) => x.jsKiB)) > bareJs + TARGET_JS_ABOVE_BARE_KIB && `JS > ${(bareJs + TARGET_JS_ABOVE_BARE_KIB).toFixed(1)} KiB`,
        median(r.map((x) => x.a11y)) < 100 && "a11y < 100",
        median(r.map((x) => x.bestPractices)) < 100 && "best practices < 100",
        median(r.map((x) => x.seo)) < 90 && "SEO < 90",
      ].filter(Boolean);
      if (misses.length) allMet = false;
      verdict = misses.length ? `✗ ${misses.join(", ")}` : "✓";
    }
    lines.push(
      `| ${page.name} | ${col((x) => x.perf)} | ${col((x) => x.a11y)} | ${col((x) => x.bestPractices)} | ${col((x) => x.seo)} | ${col((x) => x.lcpMs / 1000, 2)} | ${col((x) => x.tbtMs)} | ${col((x) => x.jsKiB, 1)} | ${verdict} |`,
    );
  }
  const indexes = [...runs.values()].flat().map((r) => r.benchmarkIndex);
  console.log(`\n${runHeader()}`);
  console.log(
    `${RUNS} Lighthouse run(s) per page (mobile preset, simulated throttling), pages interleaved run by run; medians, with the range when the runs differ.`,
  );
  console.log(`Load average (1/5/15 min): ${loadStart} at the start, ${loadEnd} at the end.`);
  console.log(
    `Lighthouse benchmarkIndex: median ${Math.round(median(indexes))}, range ${Math.round(Math.min(...indexes))}–${Math.round(Math.max(...indexes))} (higher is faster).`,
  );
  console.log(
    `Targets for each screen: perf median ≥ bare page's − ${TARGET_PERF_BELOW_BARE} (≥ ${barePerf - TARGET_PERF_BELOW_BARE}), JS ≤ bare page's + ${TARGET_JS_ABOVE_BARE_KIB} KiB (≤ ${(bareJs + TARGET_JS_ABOVE_BARE_KIB).toFixed(1)} KiB), a11y and best practices 100, SEO ≥ 90.\n`,
  );
  console.log(lines.join("\n"));
  for (const [name, audits] of failing) if (audits.size) console.log(`\n${name}: audits below 100 in some run (not performance): ${[...audits].join(", ")}`);
  console.log(`\n${allMet ? "All targets met." : "Some targets missed (✗ above)."}`);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await cleanUpAll();
  process.exit(1);
});
