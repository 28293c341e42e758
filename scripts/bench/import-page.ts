/** The page side of `npm run bench:import`: the screen's own path into the importer, a dropped File read by random access. */
import { parseExportBlobs } from "@/lib/import/zip-blob";

declare global {
  var benchImportFile: (input: HTMLInputElement) => Promise<{ ms: number; requests: number; problems: string[] }>;
}

globalThis.benchImportFile = async (input) => {
  const started = performance.now();
  const files = [...(input.files ?? [])].map((file) => ({ name: file.name, blob: file }));
  const result = await parseExportBlobs(files);
  return { ms: performance.now() - started, requests: result.requests.length, problems: result.problems.map((p) => p.code) };
};
