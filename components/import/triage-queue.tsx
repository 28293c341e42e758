"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";

import { PastDecisions } from "@/components/history/record-decision";
import { decide, type Decision, type Relationship, type Verdict } from "@/lib/engine";
import type { HistoryRecord } from "@/lib/history/schema";
import { Link } from "@/lib/i18n/locale-links";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { useRelationshipLabel } from "@/lib/i18n/relationship-label";
import type { PendingRequest } from "@/lib/import/schemas";
import {
  choiceOf,
  COMMON_RELATIONSHIPS,
  isConfirmed,
  isRecorded,
  otherRelationships,
  SIGNAL_KEYS,
  toConnectionRequest,
  undoableStep,
  type Frozen,
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

/** What a confirm keeps of a decision: the to-do list shows this, whatever the policy says later. */
export function freeze(decision: Decision): Frozen {
  return { verdict: decision.verdict, reply: (decision.templates[0]?.text ?? "").slice(0, 4000), actions: decision.actions };
}

// After Confirm, Undo, Previous, Next or a batch the next card (or the all-done note) takes the focus;
// not on the first load, where the page's own heading comes first.
let focusOnMount = false;
export function focusNextCard() {
  focusOnMount = true;
}
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!focusOnMount || !ref.current) return;
    focusOnMount = false;
    ref.current.focus({ preventScroll: true });
    ref.current.scrollIntoView?.({ block: "start" });
  }, []);
  return ref;
}

/**
 * Whether a key press is the queue's: not while typing, not when something else handled it, not inside a
 * dialog, not with Ctrl, Alt or Cmd, and held keys repeat only the arrows.
 */
export function isQueueKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.repeat && event.key !== "ArrowLeft" && event.key !== "ArrowRight") return false;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target?.isContentEditable || target?.closest("input, textarea, select, [role=dialog], dialog")) return false;
  // U on a focused button would undo when the person meant that button.
  if (event.key.toLowerCase() === "u" && target?.closest("button, a, summary")) return false;
  return true;
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
  /** What the policy gives any stranger on this platform, whatever else is true (null: it depends). */
  strangerVerdict: Verdict | null;
  /** "3 of 10 decided", said with each confirm and undo (one announcement, not two). */
  progress: (confirmedChange: number) => string;
};

/** One request at a time: who, where, when and their note; who they are, what is true, the verdict and its reply. */
export function QueueCard({ request, requestKey: key, order, queue, policy, history, dispatch, announce, nameOf, strangerVerdict, progress }: Props) {
  const t = useTranslations("triage");
  const tVerdict = useTranslations("verdicts");
  const tStatus = useTranslations("import.results.status");
  const format = useFormatter();
  const platformLabel = usePlatformLabel();
  const relLabel = useRelationshipLabel(policy.profile.profession);
  const root = useRef<HTMLElement>(null);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const id = useId();
  const choice = choiceOf(queue, key, request);
  const decision = decideChoice(policy, request, choice);
  const reply = decision?.templates[0]?.text ?? "";
  const confirmed = isConfirmed(queue, key);
  const recorded = isRecorded(queue, key);
  const undoable = undoableStep(queue);
  const position = order.indexOf(key) + 1;
  const others = otherRelationships(policy.profile);
  const [search, setSearch] = useState(() => (choice.relationship && others.includes(choice.relationship) ? relLabel(choice.relationship) : ""));
  const [hint, setHint] = useState<string | null>(null);

  const choose = (relationship: Relationship) => {
    if (recorded) return announce(t("inHistory"));
    dispatch({ type: "choose", key, item: request, relationship });
    const next = decideChoice(policy, request, { ...choice, relationship });
    announce(t("announce.chosen", { relationship: relLabel(relationship), verdict: next ? tVerdict(next.verdict) : "" }));
    setHint(null);
  };
  const toggle = (signal: Signal) => {
    if (recorded) return announce(t("inHistory"));
    dispatch({ type: "toggle", key, item: request, signal });
    announce(t(choice.signals[signal] ? "announce.signalOff" : "announce.signalOn", { signal: t(SIGNAL_LABEL[signal]) }));
  };
  const confirm = () => {
    if (recorded) return announce(t("inHistory"));
    if (!choice.relationship || !decision) {
      setHint(t("chooseFirst"));
      announce(t("chooseFirst"));
      return;
    }
    focusNextCard();
    dispatch({ type: "confirm", key, order, frozen: freeze(decision) });
    announce(`${t("announce.confirmed", { name: request.name, verdict: tVerdict(decision.verdict) })} ${progress(confirmed ? 0 : 1)}`);
  };
  const undo = () => {
    if (!undoable) return;
    focusNextCard();
    dispatch({ type: "undo" });
    announce(`${t("announce.undone", { count: undoable.length, name: nameOf(undoable[0]!) })} ${progress(-undoable.length)}`);
  };
  const move = (delta: 1 | -1) => {
    const next = order[Math.min(order.length - 1, Math.max(0, order.indexOf(key) + delta))];
    if (!next || next === key) return;
    focusNextCard();
    dispatch({ type: "move", delta, order });
    announce(t("announce.showing", { name: nameOf(next), position: order.indexOf(next) + 1, total: order.length }));
  };

  // The keys work anywhere on the page but never while typing, and Enter on a button stays that button's.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!isQueueKey(event)) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target && target !== document.body && !root.current?.contains(target)) return;
    const letter = event.key.toLowerCase();
    const signal = SIGNAL_KEYS.find((s) => s.key === letter)?.signal;
    if (/^[1-9]$/.test(event.key)) {
      choose(COMMON_RELATIONSHIPS[Number(event.key) - 1]!);
      setSearch("");
    } else if (signal) toggle(signal);
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

  // In the name and search fields Enter confirms (once they are chosen) and Escape leaves the field, so the keys work again.
  const fieldKeys = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === "Escape") {
      event.preventDefault();
      event.currentTarget.blur();
    } else if (event.key === "Enter" && choice.relationship) {
      event.preventDefault();
      confirm();
    }
  };

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
        <h3 id={`${id}-name`} ref={heading} tabIndex={-1} className="scroll-mt-4 text-xl font-semibold break-words focus:outline-none">
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
      {recorded ? (
        <p className="rounded-lg border border-stone-300 bg-stone-50 p-3 text-sm dark:border-stone-700 dark:bg-stone-950" data-testid="triage-in-history">
          {t("inHistory")}{" "}
          <Link href="/history" className="font-semibold underline underline-offset-2">
            {t("todo.openHistory")}
          </Link>
        </p>
      ) : null}
      <PastDecisions entries={history} person={{ fullName: request.name, profileLink: request.profileUrl ?? request.handle ?? "" }} />
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
          disabled={recorded}
          onKeyDown={fieldKeys}
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
              disabled={recorded}
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
            disabled={recorded}
            onKeyDown={fieldKeys}
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
              disabled={recorded}
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
          <>
            {strangerVerdict ? (
              <p className="font-semibold" data-testid="triage-if-stranger">
                {t("ifStranger", { verdict: tVerdict(strangerVerdict) })}
              </p>
            ) : null}
            <p className="text-sm">{t("waiting")}</p>
          </>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primaryButton} onClick={confirm} disabled={recorded} aria-keyshortcuts="Enter">
          {t("confirm")}
        </button>
        <button type="button" className={secondaryButton} onClick={undo} disabled={!undoable} aria-keyshortcuts="U">
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
