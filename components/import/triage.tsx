"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useEffectEvent, useMemo, useState } from "react";

import { Toaster } from "@/components/toaster";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useHistory } from "@/lib/client/history";
import { importNotKeptReason, updateImportState } from "@/lib/client/import-store";
import { PLATFORMS, type Platform, type Relationship, type Verdict } from "@/lib/engine";
import { Link } from "@/lib/i18n/locale-links";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import type { PendingRequest } from "@/lib/import/schemas";
import {
  batchFor,
  batchRule,
  choiceOf,
  confirmedKeys,
  currentKey,
  queueReducer,
  requestKey,
  undoableStep,
  type BatchRule,
  type Frozen,
  type QueueAction,
  type QueueState,
} from "@/lib/import/triage";

import { TodoList } from "./todo-list";
import { decideChoice, focusNextCard, freeze, isQueueKey, primaryButton, QueueCard, secondaryButton, useFocusOnMount } from "./triage-queue";
import { useTriagePolicy, type TriagePolicy } from "./use-triage-policy";

function dispatchToStore(action: QueueAction) {
  updateImportState((state) => ({ ...state, queue: queueReducer(state.queue, action) }));
}

/**
 * The triage queue and its to-do list (issue 21, points 4 and 5), from the imported requests. The
 * requests and the choices stay in this browser (lib/client/import-store.ts), so a reload resumes.
 */
export function Triage({ requests, queue, kept, onClear }: { requests: PendingRequest[]; queue: QueueState; kept: boolean; onClear: () => void }) {
  const t = useTranslations("triage");
  const platforms = useMemo(() => PLATFORMS.filter((p) => requests.some((r) => r.platform === p)), [requests]);
  const policy = useTriagePolicy(platforms);
  const history = useHistory();
  const [announcement, setAnnouncement] = useState("");
  const [clearing, setClearing] = useState(false);
  // Emptied first, so the same words said twice ("Undone: Kari") are read again.
  const announce = useCallback((text: string) => {
    setAnnouncement("");
    window.setTimeout(() => setAnnouncement(text), 50);
  }, []);
  const keys = useMemo(() => requests.map(requestKey), [requests]);
  const byKey = useMemo(() => new Map(requests.map((r, i) => [keys[i]!, r])), [requests, keys]);
  const nameOf = useCallback((key: string) => byKey.get(key)?.name ?? "", [byKey]);
  // Asked of the engine once per policy, not on every key press, and only for the platforms imported.
  const rules = useMemo(() => new Map(policy ? platforms.map((p) => [p, batchRule(policy.profile, p, policy.baseline)] as const) : []), [policy, platforms]);

  // "Decided before" is about earlier decisions, never the entry this import just recorded. The same array
  // while neither changes, so "decided before" is indexed once (lib/history/match.ts), not per render.
  // Keyed on this import's entries actually in the history, so an id made before its entry is written changes nothing.
  const ownIds = new Set(Object.values(queue.clientIds));
  const ownInHistory = history.entries.flatMap((entry) => (entry.clientId && ownIds.has(entry.clientId) ? [entry.clientId] : [])).join(",");
  const past = useMemo(() => {
    const own = new Set(ownInHistory.split(","));
    return ownInHistory === "" ? history.entries : history.entries.filter((entry) => !own.has(entry.clientId ?? ""));
  }, [history.entries, ownInHistory]);

  if (requests.length === 0) {
    return (
      <section aria-labelledby="triage-heading" className="space-y-2">
        <h2 id="triage-heading" className="text-xl font-semibold">
          {t("heading")}
        </h2>
        <p className="text-stone-700 dark:text-stone-300" data-testid="triage-empty">
          {t("empty")}
        </p>
      </section>
    );
  }
  if (!policy) return <div className="min-h-96" aria-busy="true" />;

  const current = currentKey(queue, keys);
  const currentRequest = current ? byKey.get(current) : undefined;
  const confirmedSet = confirmedKeys(queue);
  const confirmedCount = keys.filter((key) => confirmedSet.has(key)).length;
  const progress = (change: number) => t("progress", { done: confirmedCount + change, total: keys.length });

  return (
    <>
      <section aria-labelledby="triage-heading" className="space-y-4" data-testid="triage">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="triage-heading" className="text-xl font-semibold">
            {t("heading")}
          </h2>
          <button type="button" className={secondaryButton} onClick={() => setClearing(true)} aria-expanded={clearing}>
            {t("clear")}
          </button>
        </div>
        {clearing ? (
          <div role="group" aria-labelledby="triage-clear-ask" className="space-y-2 rounded-lg border border-stone-300 p-4 dark:border-stone-700">
            <p id="triage-clear-ask" className="font-semibold">
              {t("clearAsk", { count: keys.length })}
            </p>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className={primaryButton}
                onClick={() => {
                  setClearing(false);
                  onClear();
                }}
              >
                {t("clearYes")}
              </button>
              <button type="button" className={secondaryButton} onClick={() => setClearing(false)}>
                {t("batch.cancel")}
              </button>
            </div>
          </div>
        ) : null}
        <p className="text-sm text-stone-700 dark:text-stone-300">
          {kept ? (history.where === "account" ? t("keptAccount") : t("kept")) : importNotKeptReason() === "tooLarge" ? t("tooLarge") : t("notKept")}
        </p>
        <PolicyNote policy={policy} />
        {/* Not a live region: each confirm and undo says the progress in its one announcement. */}
        <ProgressBar value={confirmedCount} max={keys.length} label={progress(0)} announce={false} />
        <p className="hidden text-sm text-stone-700 [@media(hover:hover)_and_(pointer:fine)]:block dark:text-stone-300" data-testid="triage-keys">
          {t("keys")}
        </p>
        {current && currentRequest ? (
          <QueueCard
            key={current}
            request={currentRequest}
            requestKey={current}
            order={keys}
            queue={queue}
            policy={policy}
            history={past}
            dispatch={dispatchToStore}
            announce={announce}
            nameOf={nameOf}
            strangerVerdict={rules.get(currentRequest.platform)?.strangers ?? null}
            progress={progress}
          />
        ) : (
          <AllDone queue={queue} nameOf={nameOf} announce={announce} progress={progress} />
        )}
        <BatchOffers requests={requests} keys={keys} byKey={byKey} queue={queue} policy={policy} rules={rules} announce={announce} progress={progress} />
        <p role="status" className="sr-only" data-testid="triage-announcement">
          {announcement}
        </p>
      </section>
      <TodoList requests={requests} keys={keys} queue={queue} policy={policy} history={history} past={past} dispatch={dispatchToStore} />
      <Toaster position="top-center" />
    </>
  );
}

function PolicyNote({ policy }: { policy: TriagePolicy }) {
  const t = useTranslations("triage");
  const platformLabel = usePlatformLabel();
  if (policy.saved && policy.assumed.length === 0) return null;
  const platforms = policy.assumed.map(platformLabel).join(", ");
  return (
    <p className="rounded-lg border border-stone-300 bg-stone-50 p-3 text-sm dark:border-stone-700 dark:bg-stone-950">
      {policy.saved ? t("assumed", { platforms }) : t("partialPolicy")}{" "}
      <Link href={`/questionnaire?from=${encodeURIComponent("/import")}`} className="font-semibold underline underline-offset-2">
        {policy.saved ? t("editPolicy") : t("setUpPolicy")}
      </Link>
    </p>
  );
}

/** Every request confirmed: say so, and keep U working. */
function AllDone({
  queue,
  nameOf,
  announce,
  progress,
}: {
  queue: QueueState;
  nameOf: (key: string) => string;
  announce: (text: string) => void;
  progress: (change: number) => string;
}) {
  const t = useTranslations("triage");
  const heading = useFocusOnMount<HTMLParagraphElement>();
  const undoable = undoableStep(queue);
  const undo = () => {
    if (!undoable) return;
    focusNextCard();
    dispatchToStore({ type: "undo" });
    announce(`${t("announce.undone", { count: undoable.length, name: nameOf(undoable[0]!) })} ${progress(-undoable.length)}`);
  };
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!isQueueKey(event)) return;
    if (event.key.toLowerCase() !== "u") return;
    event.preventDefault();
    undo();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
  return (
    <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900" data-testid="triage-all-done">
      <p ref={heading} tabIndex={-1} className="scroll-mt-4 font-semibold focus:outline-none">
        {t("allDone")}
      </p>
      <button type="button" className={secondaryButton} onClick={undo} disabled={!undoable} aria-keyshortcuts="U">
        {t("undo")}
      </button>
    </div>
  );
}

/** "These the policy decides anyway": one offer per platform, with a count and a confirm step. */
function BatchOffers({
  requests,
  keys,
  byKey,
  queue,
  policy,
  rules,
  announce,
  progress,
}: {
  requests: PendingRequest[];
  keys: readonly string[];
  byKey: ReadonlyMap<string, PendingRequest>;
  queue: QueueState;
  policy: TriagePolicy;
  rules: ReadonlyMap<Platform, BatchRule>;
  announce: (text: string) => void;
  progress: (change: number) => string;
}) {
  const t = useTranslations("triage.batch");
  const platformLabel = usePlatformLabel();
  const [asking, setAsking] = useState<Platform | null>(null);
  // One pass over the requests for every platform's open ones.
  const open = new Map<Platform, { key: string; relationship: Relationship | null }[]>();
  const confirmed = confirmedKeys(queue);
  requests.forEach((request, i) => {
    const key = keys[i]!;
    if (!rules.has(request.platform) || confirmed.has(key)) return;
    let mine = open.get(request.platform);
    if (!mine) open.set(request.platform, (mine = []));
    mine.push({ key, relationship: queue.choices[key]?.relationship ?? null });
  });
  const offers = PLATFORMS.flatMap((platform) => {
    const rule = rules.get(platform);
    if (!rule) return [];
    const batch = batchFor(rule, open.get(platform) ?? []);
    return batch ? [{ platform, ...batch }] : [];
  });
  if (offers.length === 0) return null;

  const run = (offer: (typeof offers)[number]) => {
    const items = Object.fromEntries(offer.keys.map((key) => [key, byKey.get(key)!]));
    // Each decision frozen as it is now, with the person's own signals and greeting name.
    const frozen: Record<string, Frozen> = {};
    for (const key of offer.keys) {
      const request = items[key]!;
      const decision = decideChoice(policy, request, { ...choiceOf(queue, key, request), relationship: "stranger" });
      if (decision) frozen[key] = freeze(decision);
    }
    // The card moves on only when the one on screen was in the batch; then its successor takes the focus.
    const current = currentKey(queue, keys);
    if (current && offer.keys.includes(current)) focusNextCard();
    else
      requestAnimationFrame(() => {
        // The same card stays: its heading takes the focus the Yes button had.
        const heading = document.querySelector<HTMLElement>('[data-testid="triage-card"] h3[tabindex="-1"]');
        heading?.focus({ preventScroll: true });
        heading?.scrollIntoView({ block: "start" });
      });
    dispatchToStore({ type: "batch", keys: offer.keys, items, relationship: "stranger", order: keys, frozen });
    setAsking(null);
    announce(`${t("done", { count: offer.keys.length, verdict: offer.verdict, platform: platformLabel(offer.platform) })} ${progress(offer.keys.length)}`);
  };
  // The verdict goes into the sentences as its id: each language words it in its own grammar (ICU select).
  const verdictWord = (verdict: Verdict) => verdict;

  return (
    <section aria-labelledby="triage-batch" className="space-y-3">
      <h3 id="triage-batch" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      <ul className="space-y-3">
        {offers.map((offer) => (
          <li
            key={offer.platform}
            className="space-y-2 rounded-lg border border-stone-300 p-4 dark:border-stone-700"
            data-testid="triage-batch"
            data-platform={offer.platform}
          >
            <p className="text-sm">
              {t("strangers", {
                count: offer.keys.length,
                platform: platformLabel(offer.platform),
                verdict: verdictWord(offer.verdict),
              })}
            </p>
            <p className="text-sm break-words text-stone-700 dark:text-stone-300">{offer.keys.map((key) => byKey.get(key)?.name).join(", ")}</p>
            {asking === offer.platform ? (
              <div className="space-y-2" role="group" aria-labelledby={`batch-ask-${offer.platform}`}>
                <p id={`batch-ask-${offer.platform}`} className="font-semibold">
                  {t("askStrangers", {
                    count: offer.keys.length,
                    platform: platformLabel(offer.platform),
                    verdict: verdictWord(offer.verdict),
                  })}
                </p>
                <div className="flex flex-wrap gap-2">
                  <button type="button" className={primaryButton} onClick={() => run(offer)}>
                    {t("yes", { count: offer.keys.length, verdict: verdictWord(offer.verdict) })}
                  </button>
                  <button type="button" className={secondaryButton} onClick={() => setAsking(null)}>
                    {t("cancel")}
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className={secondaryButton} onClick={() => setAsking(offer.platform)}>
                {t("offer", { count: offer.keys.length, verdict: verdictWord(offer.verdict) })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
