"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useId, useRef, useState } from "react";

import { PastDecisions } from "@/components/history/record-decision";
import { decide, type Decision, type Relationship } from "@/lib/engine";
import type { HistoryRecord } from "@/lib/history/schema";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { useRelationshipLabel } from "@/lib/i18n/relationship-label";
import type { PendingRequest } from "@/lib/import/schemas";
import {
  choiceOf,
  COMMON_RELATIONSHIPS,
  isConfirmed,
  otherRelationships,
  SIGNAL_KEYS,
  toConnectionRequest,
  type QueueAction,
  type QueueState,
  type Signal,
} from "@/lib/import/triage";

import type { TriagePolicy } from "./use-triage-policy";

export const choiceButton =
  "flex min-h-11 w-full items-center gap-2 rounded-lg border px-3 py-2 text-left text-sm font-medium focus-visible:outline focus-visible:outline-3 focus-visible:outline-indigo-500";
const pressed = "border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900";
const unpressed = "border-stone-300 bg-white hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800";
const kbd = "inline-flex min-w-6 justify-center rounded border border-current px-1 font-mono text-xs";
export const actionButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold focus-visible:outline focus-visible:outline-3 focus-visible:outline-indigo-500";
export const primaryButton = `${actionButton} bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300`;
export const secondaryButton = `${actionButton} border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`;

/** Each signal's label (written out, so the message tests see every key used). */
const SIGNAL_LABEL = {
  note: "signals.note",
  metInPerson: "signals.metInPerson",
  rapport: "signals.rapport",
  commonGround: "signals.commonGround",
  manyMutual: "signals.manyMutual",
  fake_profile: "signals.fake_profile",
  sales_pitch: "signals.sales_pitch",
  harassment: "signals.harassment",
} as const satisfies Record<Signal, string>;

/** The person's own time zone, for the dates an export gives in UTC. */
function ownTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The decision for a request's choices, or null until a relationship is chosen. */
export function decideChoice(policy: TriagePolicy, request: PendingRequest, choice: ReturnType<typeof choiceOf>): Decision | null {
  if (!choice.relationship) return null;
  const name = choice.greetingName.trim();
  return decide(policy.profile, toConnectionRequest(request.platform, choice.relationship, choice.signals, name || undefined), {
    templateLanguage: policy.profile.language,
    baseline: policy.baseline,
  });
}

type Props = {
  request: PendingRequest;
  requestKey: string;
  order: readonly string[];
  queue: QueueState;
  policy: TriagePolicy;
  history: readonly HistoryRecord[];
  dispatch: (action: QueueAction) => void;
  announce: (text: string) => void;
  /** Names by key, for saying which request is shown after a move. */
  nameOf: (key: string) => string;
};

/** One request at a time: who, where, when and their note; who they are, what is true, the verdict and its reply. */
export function QueueCard({ request, requestKey: key, order, queue, policy, history, dispatch, announce, nameOf }: Props) {
  const t = useTranslations("triage");
  const tVerdict = useTranslations("verdicts");
  const tStatus = useTranslations("import.results.status");
  const format = useFormatter();
  const platformLabel = usePlatformLabel();
  const relLabel = useRelationshipLabel(policy.profile.profession);
  const root = useRef<HTMLElement>(null);
  const id = useId();
  const choice = choiceOf(queue, key, request);
  const decision = decideChoice(policy, request, choice);
  const reply = decision?.templates[0]?.text ?? "";
  const confirmed = isConfirmed(queue, key);
  const position = order.indexOf(key) + 1;
  const others = otherRelationships(policy.profile);
  const [search, setSearch] = useState(() => (choice.relationship && others.includes(choice.relationship) ? relLabel(choice.relationship) : ""));
  const [hint, setHint] = useState<string | null>(null);

  const choose = (relationship: Relationship) => {
    dispatch({ type: "choose", key, item: request, relationship });
    const next = decideChoice(policy, request, { ...choice, relationship });
    announce(t("announce.chosen", { relationship: relLabel(relationship), verdict: next ? tVerdict(next.verdict) : "" }));
    setHint(null);
  };
  const toggle = (signal: Signal) => {
    dispatch({ type: "toggle", key, item: request, signal });
    announce(t(choice.signals[signal] ? "announce.signalOff" : "announce.signalOn", { signal: t(SIGNAL_LABEL[signal]) }));
  };
  const confirm = () => {
    if (!choice.relationship || !decision) {
      setHint(t("chooseFirst"));
      announce(t("chooseFirst"));
      return;
    }
    dispatch({ type: "confirm", key, order });
    announce(t("announce.confirmed", { name: request.name, verdict: tVerdict(decision.verdict) }));
  };
  const undo = () => {
    const last = queue.confirmed.at(-1);
    if (!last) return;
    dispatch({ type: "undo" });
    announce(t("announce.undone", { count: last.length, name: nameOf(last[0]!) }));
  };
  const move = (delta: 1 | -1) => {
    const next = order[Math.min(order.length - 1, Math.max(0, order.indexOf(key) + delta))];
    if (!next || next === key) return;
    dispatch({ type: "move", delta, order });
    announce(t("announce.showing", { name: nameOf(next), position: order.indexOf(next) + 1, total: order.length }));
  };

  // The keys work anywhere on the page but never while typing, and Enter on a button stays that button's.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target?.isContentEditable || target?.closest("input, textarea, select, [role=dialog]")) return;
    if (target && target !== document.body && !root.current?.contains(target)) return;
    const letter = event.key.toLowerCase();
    const signal = SIGNAL_KEYS.find((s) => s.key === letter)?.signal;
    if (/^[1-9]$/.test(event.key)) choose(COMMON_RELATIONSHIPS[Number(event.key) - 1]!);
    else if (signal) toggle(signal);
    else if (letter === "u") undo();
    else if (event.key === "ArrowRight") move(1);
    else if (event.key === "ArrowLeft") move(-1);
    else if (event.key === "Enter" && !target?.closest("button, a, summary")) confirm();
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const timeZone = ownTimeZone();
  return (
    <section
      ref={root}
      aria-labelledby={`${id}-name`}
      data-testid="triage-card"
      className="space-y-5 rounded-xl border border-stone-200 bg-white p-4 sm:p-6 dark:border-stone-800 dark:bg-stone-900"
    >
      <header className="space-y-1">
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {t("position", { position, total: order.length })} · {platformLabel(request.platform)}
          {confirmed ? ` · ${t("alreadyConfirmed")}` : ""}
        </p>
        <h3 id={`${id}-name`} className="text-xl font-semibold break-words">
          {request.profileUrl ? (
            <a href={request.profileUrl} target="_blank" rel="noopener noreferrer nofollow" className="underline underline-offset-2">
              {request.name}
            </a>
          ) : (
            request.name
          )}
        </h3>
        {request.handle && request.handle !== request.name ? <p className="text-sm break-all text-stone-600 dark:text-stone-400">@{request.handle}</p> : null}
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {tStatus(request.status)}
          {request.sentAt
            ? ` · ${t("sentAt", { date: format.dateTime(new Date(request.sentAt), { dateStyle: "medium", timeStyle: "short", ...(timeZone ? { timeZone } : {}) }) })}`
            : null}
        </p>
      </header>
      {request.message ? (
        <figure className="space-y-1">
          <figcaption className="text-sm font-semibold">{t("theirNote")}</figcaption>
          <blockquote className="rounded-lg border-l-4 border-stone-400 bg-stone-50 p-3 text-sm break-words whitespace-pre-line dark:bg-stone-950">
            {request.message}
          </blockquote>
        </figure>
      ) : null}
      <PastDecisions entries={[...history]} person={{ fullName: request.name, profileLink: request.profileUrl ?? request.handle ?? "" }} />
      <div className="space-y-1">
        <label htmlFor={`${id}-greeting`} className="block font-semibold">
          {t("greetingName")}
        </label>
        <p id={`${id}-greeting-hint`} className="text-sm text-stone-600 dark:text-stone-400">
          {t("greetingNameHint")}
        </p>
        <input
          id={`${id}-greeting`}
          value={choice.greetingName}
          maxLength={80}
          autoComplete="off"
          aria-describedby={`${id}-greeting-hint`}
          onChange={(event) => dispatch({ type: "greeting", key, item: request, greetingName: event.target.value })}
          className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 sm:w-72 dark:border-stone-700 dark:bg-stone-900"
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("who")}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {COMMON_RELATIONSHIPS.map((relationship, i) => (
            <button
              key={relationship}
              type="button"
              aria-pressed={choice.relationship === relationship}
              aria-keyshortcuts={String(i + 1)}
              onClick={() => choose(relationship)}
              className={`${choiceButton} ${choice.relationship === relationship ? pressed : unpressed}`}
            >
              <kbd aria-hidden="true" className={kbd}>
                {i + 1}
              </kbd>
              {relLabel(relationship)}
            </button>
          ))}
        </div>
        <div className="space-y-1 pt-1">
          <label htmlFor={`${id}-other`} className="block text-sm font-semibold">
            {t("other")}
          </label>
          <input
            id={`${id}-other`}
            list={`${id}-others`}
            value={search}
            autoComplete="off"
            onChange={(event) => {
              setSearch(event.target.value);
              const typed = event.target.value.trim().toLocaleLowerCase();
              const found = others.find((r) => relLabel(r).toLocaleLowerCase() === typed);
              if (found) choose(found);
            }}
            className={`min-h-11 w-full rounded-lg border bg-white px-3 py-2 sm:w-72 dark:bg-stone-900 ${
              choice.relationship && others.includes(choice.relationship) ? "border-stone-900 dark:border-stone-100" : "border-stone-300 dark:border-stone-700"
            }`}
          />
          <datalist id={`${id}-others`}>
            {others.map((r) => (
              <option key={r} value={relLabel(r)} />
            ))}
          </datalist>
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("whatIsTrue")}</legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {SIGNAL_KEYS.map(({ signal, key: letter }) => (
            <button
              key={signal}
              type="button"
              aria-pressed={choice.signals[signal]}
              aria-keyshortcuts={letter.toUpperCase()}
              onClick={() => toggle(signal)}
              className={`${choiceButton} ${choice.signals[signal] ? pressed : unpressed}`}
            >
              <kbd aria-hidden="true" className={kbd}>
                {letter.toUpperCase()}
              </kbd>
              {t(SIGNAL_LABEL[signal])}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="space-y-3 rounded-lg border border-stone-300 p-4 dark:border-stone-700" data-testid="triage-verdict">
        {decision ? (
          <>
            <p className="text-lg font-semibold">{t("verdict", { verdict: tVerdict(decision.verdict) })}</p>
            {reply ? (
              <div className="space-y-1">
                <p className="text-sm font-semibold">{t("reply")}</p>
                <blockquote className="rounded bg-stone-50 p-3 text-sm break-words whitespace-pre-wrap dark:bg-stone-950">{reply}</blockquote>
              </div>
            ) : (
              <p className="text-sm">{t("noReply")}</p>
            )}
          </>
        ) : (
          <p className="text-sm">{t("waiting")}</p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primaryButton} onClick={confirm} aria-keyshortcuts="Enter">
          {t("confirm")}
        </button>
        <button type="button" className={secondaryButton} onClick={undo} disabled={queue.confirmed.length === 0} aria-keyshortcuts="U">
          {t("undo")}
        </button>
        <button type="button" className={secondaryButton} onClick={() => move(-1)} disabled={position <= 1} aria-keyshortcuts="ArrowLeft">
          {t("previous")}
        </button>
        <button type="button" className={secondaryButton} onClick={() => move(1)} disabled={position >= order.length} aria-keyshortcuts="ArrowRight">
          {t("next")}
        </button>
      </div>
      {hint ? <p className="text-sm font-medium text-amber-800 dark:text-amber-300">{hint}</p> : null}
    </section>
  );
}
