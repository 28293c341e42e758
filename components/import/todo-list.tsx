"use client";

import { useTranslations } from "next-intl";
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { toast } from "sonner";

import { PastDecisions } from "@/components/history/record-decision";
import { newClientId, type HistoryApi } from "@/lib/client/history";
import { PLATFORMS, VERDICTS, type Platform, type Relationship, type Verdict } from "@/lib/engine";
import { FULL_NAME_MAX, MESSAGE_MAX, PROFILE_LINK_MAX, type HistoryRecord } from "@/lib/history/schema";
import { Link } from "@/lib/i18n/locale-links";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import type { PendingRequest } from "@/lib/import/schemas";
import { choiceOf, confirmedKeys, EMPTY_QUEUE, type Frozen, type QueueAction, type QueueState } from "@/lib/import/triage";

import { decideChoice, freeze, secondaryButton } from "./triage-queue";
import { useProgressiveCount } from "./use-progressive-count";
import type { TriagePolicy } from "./use-triage-policy";

type Item = { key: string; request: PendingRequest; decision: Frozen; reply: string; greetingName: string };

/**
 * The result of the queue: per platform, who to accept, who to ignore or decline and who to point
 * elsewhere, each with the reply to copy. Checking an item off records it in the history (the account
 * when signed in, this browser otherwise), once, with origin "import".
 */
export function TodoList({
  requests,
  keys,
  queue,
  policy,
  history,
  past,
  dispatch,
}: {
  requests: PendingRequest[];
  keys: readonly string[];
  queue: QueueState;
  /** Only for an item confirmed before decisions were frozen (a queue kept by an earlier version). */
  policy: TriagePolicy;
  history: HistoryApi;
  /** The history without the entries this import recorded, for "decided before". */
  past: HistoryRecord[];
  dispatch: (action: QueueAction) => void;
}) {
  const t = useTranslations("triage.todo");
  const platformLabel = usePlatformLabel();
  const { confirmed: steps, frozen, choices } = queue;
  // Each item shows what it was decided at its confirm (frozen), so a later policy change moves nothing checked off.
  // The same items while what they show is the same: a check-off renders again only the item checked.
  const items = useMemo(() => {
    const confirmed = confirmedKeys({ confirmed: steps });
    return requests.flatMap((request, i): Item[] => {
      const key = keys[i]!;
      if (!confirmed.has(key)) return [];
      const choice = choices[key] ?? choiceOf(EMPTY_QUEUE, key, request);
      const live = frozen[key] ? null : decideChoice(policy, request, choice);
      const decision = frozen[key] ?? (live ? freeze(live) : null);
      if (!decision) return [];
      return [{ key, request, decision, reply: decision.reply, greetingName: choice.greetingName.trim() }];
    });
  }, [requests, keys, steps, frozen, choices, policy]);
  // The history's record and where it is, for the items; one function for their whole life, so they stay memoised.
  const historyNow = useRef(history);
  useEffect(() => {
    historyNow.current = history;
  });
  const record = useCallback((draft: RecordDraft) => historyNow.current.record(draft), []);
  const doneSet = new Set(queue.done);
  const recordedSet = new Set(queue.recorded);
  const done = items.filter((item) => doneSet.has(item.key)).length;
  // A batch confirms hundreds at once: the list grows a batch per frame (use-progressive-count.ts), group by group.
  let budget = useProgressiveCount(items.length);
  const groups: { platform: Platform; verdicts: { verdict: Verdict; count: number; shown: Item[] }[] }[] = [];
  for (const platform of PLATFORMS) {
    const mine = items.filter((item) => item.request.platform === platform);
    if (mine.length === 0) continue;
    const verdicts: (typeof groups)[number]["verdicts"] = [];
    for (const verdict of VERDICTS) {
      const group = mine.filter((item) => item.decision.verdict === verdict);
      if (group.length === 0) continue;
      const shown = group.slice(0, Math.max(0, budget));
      budget -= shown.length;
      verdicts.push({ verdict, count: group.length, shown });
    }
    groups.push({ platform, verdicts });
  }
  return (
    <section aria-labelledby="triage-todo" className="space-y-4" data-testid="triage-todo">
      <h2 id="triage-todo" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {items.length === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">{t("empty")}</p>
      ) : (
        <p className="text-stone-700 dark:text-stone-300">{t("count", { done, total: items.length })}</p>
      )}
      {groups.map(({ platform, verdicts }) => (
        <section key={platform} aria-labelledby={`todo-${platform}`} className="space-y-3" data-platform={platform}>
          <h3 id={`todo-${platform}`} className="text-lg font-semibold">
            {platformLabel(platform)}
          </h3>
          {verdicts.map(({ verdict, count, shown }) => (
            <section key={verdict} aria-labelledby={`todo-${platform}-${verdict}`} className="space-y-2" data-verdict={verdict}>
              <h4 id={`todo-${platform}-${verdict}`} className="font-semibold">
                {t(`groups.${verdict}`, { count })}
              </h4>
              <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
                {shown.map((item) => (
                  <TodoItem
                    key={item.key}
                    item={item}
                    verdict={verdict}
                    relationship={choices[item.key]?.relationship ?? null}
                    clientId={queue.clientIds[item.key] ?? null}
                    checked={doneSet.has(item.key)}
                    recorded={recordedSet.has(item.key)}
                    where={history.where}
                    record={record}
                    past={past}
                    dispatch={dispatch}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </section>
  );
}

type RecordDraft = Parameters<HistoryApi["record"]>[0];

const TodoItem = memo(function TodoItem({
  item,
  verdict,
  relationship,
  clientId: keptClientId,
  checked,
  recorded,
  where,
  record,
  past,
  dispatch,
}: {
  item: Item;
  verdict: Verdict;
  relationship: Relationship | null;
  clientId: string | null;
  checked: boolean;
  recorded: boolean;
  where: HistoryApi["where"];
  record: HistoryApi["record"];
  past: HistoryRecord[];
  dispatch: (action: QueueAction) => void;
}) {
  const t = useTranslations("triage.todo");
  const tActions = useTranslations("actions");
  const tErrors = useTranslations("triage.errors");
  const id = useId();
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const [failed, setFailed] = useState<string | null>(null);
  // While the entry is being written the box cannot be changed: one check-off, one entry.
  const [saving, setSaving] = useState(false);
  const { request, decision, reply } = item;

  const check = async (next: boolean) => {
    if (saving) return;
    dispatch({ type: "done", key: item.key, done: next });
    setFailed(null);
    if (!next || recorded || !relationship) return;
    const link = request.profileUrl ?? (request.handle ? `@${request.handle}` : undefined);
    // The same id on every try, kept with the queue: a retry after a lost answer stores the entry once.
    const clientId = keptClientId ?? newClientId();
    if (!keptClientId) dispatch({ type: "clientId", key: item.key, clientId });
    setSaving(true);
    const error = await record({
      clientId,
      platform: request.platform,
      relationship,
      fullName: request.name.slice(0, FULL_NAME_MAX),
      greetingName: item.greetingName,
      ...(link && link.length <= PROFILE_LINK_MAX ? { profileLink: link } : {}),
      verdict: decision.verdict,
      ...(reply ? { message: reply.slice(0, MESSAGE_MAX) } : {}),
      origin: "import",
      waiting: false,
    });
    setSaving(false);
    if (error) {
      // Said beside the item (and as a notice): what happened and what to do. The check stays off, so trying again records it.
      dispatch({ type: "done", key: item.key, done: false });
      setFailed(tErrors(error));
      toast.error(tErrors(error));
      return;
    }
    dispatch({ type: "recorded", key: item.key });
  };

  const copyReply = async () => {
    try {
      await navigator.clipboard.writeText(reply);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  return (
    <li className="space-y-2 p-3" data-testid="todo-item">
      <label htmlFor={`${id}-done`} className="flex min-h-11 cursor-pointer items-center gap-3">
        <input
          id={`${id}-done`}
          type="checkbox"
          checked={checked}
          disabled={saving}
          aria-busy={saving}
          onChange={(event) => void check(event.target.checked)}
          className="size-6 shrink-0 accent-stone-900 dark:accent-stone-100"
        />
        <span className={`font-medium break-words ${checked ? "line-through" : ""}`}>{t(`done.${verdict}`, { name: request.name })}</span>
      </label>
      {decision.actions.length > 0 ? (
        <ul className="list-disc space-y-1 pl-12 text-sm text-stone-700 dark:text-stone-300">
          {decision.actions
            .filter((action) => action !== "reply_with_template")
            .map((action) => (
              <li key={action}>{tActions(action)}</li>
            ))}
        </ul>
      ) : null}
      <div className="pl-9">
        <PastDecisions entries={past} person={{ fullName: request.name, profileLink: request.profileUrl ?? request.handle ?? "" }} />
      </div>
      {reply ? (
        <div className="space-y-2 pl-9">
          <blockquote className="rounded bg-stone-50 p-3 text-sm break-words whitespace-pre-wrap dark:bg-stone-950">{reply}</blockquote>
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" className={secondaryButton} onClick={() => void copyReply()} aria-label={t("copyFor", { name: request.name })}>
              {t("copy")}
            </button>
            <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
              {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : null}
            </p>
          </div>
        </div>
      ) : null}
      {failed ? (
        <p role="alert" className="pl-9 text-sm font-medium text-red-700 dark:text-red-400">
          {failed}
        </p>
      ) : null}
      {recorded ? (
        <p className="pl-9 text-sm text-stone-700 dark:text-stone-300">
          {where === "account" ? t("recordedAccount") : t("recordedBrowser")}{" "}
          <Link href="/history" className="font-semibold underline">
            {t("openHistory")}
          </Link>
        </p>
      ) : null}
    </li>
  );
});
