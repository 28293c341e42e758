"use client";

import { useFormatter, useTranslations } from "next-intl";
import { memo, useId, useRef, useState, type DragEvent } from "react";

import { PLATFORMS, type Platform } from "@/lib/engine/platforms";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { parseManualEntry } from "@/lib/import/manual-entry";
import type { ImportProblem, PendingRequest } from "@/lib/import/schemas";
import { policyForImport, useExportReader } from "./read-export";
import { Triage } from "./triage";
import { useImportedRequests } from "./use-imported-requests";
import { useProgressiveCount } from "./use-progressive-count";

const button =
  "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold focus-visible:outline focus-visible:outline-3 focus-visible:outline-indigo-500";
const primary = `${button} bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300`;
const secondary = `${button} border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`;

/**
 * The import screen: drop an export (or pick files), see who is waiting per
 * platform and what could not be read, add names by hand. Everything is read
 * in this tab; nothing is sent. The triage queue and its to-do list start from `requests`.
 */
export function ImportScreen() {
  const imported = useImportedRequests();
  return (
    <div className="space-y-8">
      <ExportDrop onRead={(found) => imported.add(found)} />
      <ProblemList problems={imported.problems} />
      {imported.loaded ? <Triage requests={imported.requests} queue={imported.queue} kept={imported.kept} onClear={imported.clear} /> : null}
      <PendingList requests={imported.requests} onClear={imported.clear} />
      <ManualEntry onAdd={(requests) => imported.add({ requests, problems: [] }, { keepProblems: true })} />
      <HowToExport />
    </div>
  );
}

function ExportDrop({ onRead }: { onRead: (found: { requests: PendingRequest[]; problems: ImportProblem[] }) => void }) {
  const t = useTranslations("import.drop");
  const inputId = useId();
  const hintId = useId();
  const tProblems = useTranslations("import.problems");
  const [reading, setReading] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  // How many requests the last drop found and decided (the verdicts go to the triage queue).
  const [decided, setDecided] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const reader = useExportReader();

  async function read(files: File[]) {
    if (files.length === 0) return;
    const names = files.map((file) => file.name).join(", ");
    setReading(names);
    setFailed(null);
    try {
      // Read in a Worker, archives by slicing, never whole: the page stays responsive meanwhile.
      const found = await reader.read(files, policyForImport());
      onRead(found);
      setDecided(found.verdicts?.length ?? 0);
    } catch {
      // The browser could not read the file (moved, deleted, no permission): the parser itself never throws.
      setFailed(names);
    } finally {
      setReading(null);
      if (input.current) input.current.value = "";
    }
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    void read([...event.dataTransfer.files]);
  }

  return (
    <section
      aria-labelledby={inputId + "-label"}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="import-drop"
      data-decided={decided ?? undefined}
      className={`rounded-xl border-2 border-dashed p-6 text-center ${over ? "border-indigo-500 bg-indigo-50 dark:bg-indigo-950" : "border-stone-300 dark:border-stone-700"}`}
    >
      <h2 id={inputId + "-label"} className="text-lg font-semibold">
        {t("label")}
      </h2>
      <p id={hintId} className="mx-auto mt-1 max-w-prose text-sm text-stone-700 dark:text-stone-300">
        {t("hint")}
      </p>
      <div className="mt-4 flex flex-wrap items-center justify-center gap-3">
        <label
          htmlFor={inputId}
          className={`${primary} cursor-pointer has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-indigo-500`}
        >
          {t("choose")}
          <input
            ref={input}
            id={inputId}
            type="file"
            multiple
            accept=".zip,.csv,.json,.html,.htm,.js,.txt"
            aria-describedby={hintId}
            className="sr-only"
            onChange={(event) => void read([...(event.target.files ?? [])])}
          />
        </label>
        <span className="text-sm text-stone-600 dark:text-stone-400">{t("dropHere")}</span>
      </div>
      <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">{t("privacy")}</p>
      <p aria-live="polite" className="mt-2 text-sm font-medium">
        {reading ? t("reading", { name: reading }) : failed ? tProblems("readFailed", { file: failed }) : ""}
      </p>
    </section>
  );
}

function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const t = useTranslations("import.problems");
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="import-problems" className="space-y-2">
      <h2 id="import-problems" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <ul className="space-y-2">
        {problems.map((problem, i) => (
          <li
            key={`${problem.code}-${problem.file}-${i}`}
            data-problem={problem.code}
            className={`rounded-lg border p-3 text-sm ${
              problem.severity === "error"
                ? "border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950"
                : "border-stone-300 bg-stone-50 dark:border-stone-700 dark:bg-stone-900"
            }`}
          >
            {t(problem.code, problem.params)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Each platform's requests in PLATFORMS order, the first `shown` of them all rendered. */
function shownByPlatform(requests: readonly PendingRequest[], shown: number) {
  let budget = shown;
  return PLATFORMS.flatMap((platform) => {
    const all = requests.filter((request) => request.platform === platform);
    if (all.length === 0) return [];
    const mine = all.slice(0, Math.max(0, budget));
    budget -= mine.length;
    return [{ platform, count: all.length, mine }];
  });
}

/**
 * One request in the list. Memoised: a long list grows a batch at a time, and
 * the rows already there are not rendered again. Rows off screen skip layout
 * and paint (content-visibility), so a list of 1,666 stays light.
 */
const RequestItem = memo(function RequestItem({ request }: { request: PendingRequest }) {
  const t = useTranslations("import.results");
  const format = useFormatter();
  return (
    <li className="space-y-1 p-3 [contain-intrinsic-size:auto_5rem] [content-visibility:auto]">
      <p className="font-medium break-words">
        {request.profileUrl ? (
          <a
            href={request.profileUrl}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="underline underline-offset-2"
            aria-label={t("profile", { name: request.name })}
          >
            {request.name}
          </a>
        ) : (
          request.name
        )}
        {request.handle && request.handle !== request.name ? <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">@{request.handle}</span> : null}
      </p>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {t(`status.${request.status}`)}
        {request.sentAt ? ` · ${t("sentAt", { date: format.dateTime(new Date(request.sentAt), { dateStyle: "medium" }) })}` : null}
      </p>
      {request.message ? <p className="text-sm break-words whitespace-pre-line">{t("note", { message: request.message })}</p> : null}
    </li>
  );
});

function PendingList({ requests, onClear }: { requests: PendingRequest[]; onClear: () => void }) {
  const t = useTranslations("import.results");
  const platformLabel = usePlatformLabel();
  const withNote = requests.filter((request) => request.message).length;
  // Long lists are rendered a batch per frame (see use-progressive-count.ts), platform by platform.
  const groups = shownByPlatform(requests, useProgressiveCount(requests.length));
  return (
    <section aria-labelledby="import-results" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="import-results" className="text-xl font-semibold">
          {t("heading")}
        </h2>
        {requests.length > 0 ? (
          <button type="button" className={secondary} onClick={onClear}>
            {t("clear")}
          </button>
        ) : null}
      </div>
      {requests.length === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">{t("none")}</p>
      ) : (
        <p className="text-stone-700 dark:text-stone-300" data-testid="import-count">
          {t("count", { count: requests.length })} · {t("withNote", { count: withNote })}
        </p>
      )}
      {groups.map(({ platform, count, mine }) => {
        return (
          <section key={platform} aria-labelledby={`import-${platform}`} data-platform={platform} className="space-y-2">
            <h3 id={`import-${platform}`} className="font-semibold">
              {t("platformHeading", { platform: platformLabel(platform), count })}
            </h3>
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
              {mine.map((request) => (
                <RequestItem key={`${request.profileUrl ?? request.handle ?? request.name}|${request.sentAt ?? ""}|${request.source}`} request={request} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function ManualEntry({ onAdd }: { onAdd: (requests: PendingRequest[]) => number }) {
  const t = useTranslations("import.manual");
  const platformLabel = usePlatformLabel();
  const [platform, setPlatform] = useState<Platform>("x");
  const [names, setNames] = useState("");
  const [added, setAdded] = useState<number | null>(null);
  const platformId = useId();
  const namesId = useId();
  return (
    <section aria-labelledby="import-manual" className="space-y-3">
      <h2 id="import-manual" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("lead")}</p>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          setAdded(onAdd(parseManualEntry(platform, names)));
          setNames("");
        }}
      >
        <div className="space-y-1">
          <label htmlFor={platformId} className="block text-sm font-medium">
            {t("platform")}
          </label>
          <select
            id={platformId}
            value={platform}
            onChange={(event) => setPlatform(event.target.value as Platform)}
            className="min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 sm:w-64 dark:border-stone-700 dark:bg-stone-900"
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformLabel(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={namesId} className="block text-sm font-medium">
            {t("names")}
          </label>
          <textarea
            id={namesId}
            rows={5}
            value={names}
            onChange={(event) => setNames(event.target.value)}
            className="w-full rounded-md border border-stone-300 bg-white p-3 dark:border-stone-700 dark:bg-stone-900"
          />
        </div>
        <button type="submit" className={primary}>
          {t("add")}
        </button>
        <p aria-live="polite" className="text-sm">
          {added === null ? "" : t("added", { count: added })}
        </p>
      </form>
    </section>
  );
}

function HowToExport() {
  const t = useTranslations("import.howTo");
  return (
    <section aria-labelledby="import-howto" className="space-y-2 text-sm text-stone-700 dark:text-stone-300">
      <h2 id="import-howto" className="text-lg font-semibold text-stone-900 dark:text-stone-100">
        {t("heading")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t("linkedin")}</li>
        <li>{t("facebook")}</li>
        <li>{t("instagram")}</li>
        <li>{t("x")}</li>
      </ul>
    </section>
  );
}
