/**
 * The worker of `npm run bench:import`: parses the dropped files and decides
 * every request off the main thread, then reports the times.
 */
import { decide, ZProfile } from "@/lib/engine";
import { parseExport } from "@/lib/import/parse-export";
import type { ImportFile } from "@/lib/import/schemas";

/** The questionnaire's defaults for someone on LinkedIn as a professional: a default policy. */
const PROFILE = ZProfile.parse({ displayName: "Aino", language: "en", platforms: { linkedin: { persona: "professional" } } });

self.onmessage = (event: MessageEvent<{ files: ImportFile[] }>) => {
  const started = performance.now();
  const result = parseExport(event.data.files);
  const parsed = performance.now();
  let accepted = 0;
  for (const request of result.requests) {
    const decision = decide(PROFILE, {
      platform: request.platform,
      relationship: "stranger",
      met: "never",
      rapport: false,
      note: request.message !== undefined,
      mutualConnections: "none",
      commonGround: false,
      redFlags: [],
      requesterName: request.name.split(/[\s,]+/)[0]!.slice(0, 80),
    });
    if (decision.verdict === "accept") accepted++;
  }
  const decided = performance.now();
  postMessage({
    parseMs: parsed - started,
    decideMs: decided - parsed,
    requests: result.requests.length,
    accepted,
    problems: result.problems.map((p) => p.code),
  });
};
