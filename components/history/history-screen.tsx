"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";

import { ErrorAlert } from "@/components/auth/form-notices";
import { handOverPerson } from "@/components/history/record-decision";
import { Toaster } from "@/components/toaster";
import { VerdictBadge } from "@/components/verdict-badge";
import { choicesToSearch, DEFAULT_CHOICES } from "@/lib/client/advice-url";
import { useHistory, type HistoryApi, type HistoryError } from "@/lib/client/history";
import { PLATFORM_NAMES, PLATFORMS, VERDICTS, type Platform, type Verdict } from "@/lib/engine";
import { findPastDecisions, normaliseName } from "@/lib/history/match";
import { RETENTIONS, type HistoryRecord, type Retention } from "@/lib/history/schema";
import { Link } from "@/lib/i18n/locale-links";
import { useRelationshipLabel } from "@/lib/i18n/relationship-label";

const UNDO_MS = 5000;
const PERIODS = ["all", "30", "90", "365"] as const;
type Period = (typeof PERIODS)[number];

const KEEP_LABEL = { 3: "keep.options.three", 12: "keep.options.twelve", 0: "keep.options.forever" } as const;
const ORIGIN_LABEL = { advice: "entry.origins.advice", import: "entry.origins.import", invite: "entry.origins.invite" } as const;

const button =
  "rounded-lg border border-stone-300 px-3 py-2 text-sm font-semibold hover:bg-stone-100 focus-visible:outline focus-visible:outline-3 focus-visible:outline-indigo-500 dark:border-stone-700 dark:hover:bg-stone-800";
const select = "w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900";

export function HistoryScreen() {
  const history = useHistory();
  return (
    <>
      <HistoryView history={history} />
      <Toaster />
    </>
  );
}

/** Waiting entries with no later decision about the same person. */
export function stillWaiting(entries: HistoryRecord[]): HistoryRecord[] {
  return entries.filter((entry) => {
    if (!entry.waiting) return false;
    const later = entries.filter((other) => other.id !== entry.id && Date.parse(other.decidedAt) > Date.parse(entry.decidedAt));
    return !findPastDecisions(later, entry).some((m) => m.by === "link" || !entry.profileLink);
  });
}

function HistoryView({ history }: { history: HistoryApi }) {
  const t = useTranslations("history");
  const format = useFormatter();
  const ids = useId();
  const [query, setQuery] = useState("");
  const [platform, setPlatform] = useState<Platform | "all">("all");
  const [verdict, setVerdict] = useState<Verdict | "all">("all");
  const [period, setPeriod] = useState<Period>("all");
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [confirmAll, setConfirmAll] = useState(false);
  // What went wrong with the last change, said in the section it was made in (a toast alone is easily missed).
  const [problem, setProblem] = useState<{ where: "list" | "keep"; error: HistoryError } | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  // "Last 30 days" counts from when the screen opened.
  const [openedAt] = useState(() => Date.now());

  if (history.status === "loading") return <div className="min-h-[20rem]" aria-busy="true" />;
  // The account's history could not be loaded: say so, rather than show an empty history.
  if (history.status === "error") return <LoadFailed />;

  const visible = history.entries.filter((e) => !hidden.has(e.id));
  const needle = normaliseName(query);
  const since = period === "all" ? -Infinity : openedAt - Number(period) * 24 * 60 * 60 * 1000;
  const shown = visible.filter(
    (e) =>
      (!needle || normaliseName(`${e.fullName} ${e.greetingName}`).includes(needle)) &&
      (platform === "all" || e.platform === platform) &&
      (verdict === "all" || e.verdict === verdict) &&
      Date.parse(e.decidedAt) >= since,
  );
  const waiting = stillWaiting(visible);

  // Deleting one: hidden at once, deleted when the undo time is over.
  const remove = (entry: HistoryRecord) => {
    setHidden((h) => new Set(h).add(entry.id));
    const undo = () => {
      clearTimeout(timers.current.get(entry.id));
      timers.current.delete(entry.id);
      setHidden((h) => {
        const next = new Set(h);
        next.delete(entry.id);
        return next;
      });
    };
    timers.current.set(
      entry.id,
      setTimeout(() => {
        timers.current.delete(entry.id);
        void history.remove(entry.id).then((error) => {
          setProblem(error ? { where: "list", error } : null);
          if (error) undo();
        });
      }, UNDO_MS),
    );
    toast(t("deleted", { name: entry.fullName || entry.greetingName || t("noName") }), {
      action: { label: t("undo"), onClick: undo },
      duration: UNDO_MS,
    });
  };

  const removeAll = async () => {
    setConfirmAll(false);
    const error = await history.removeAll();
    setProblem(error ? { where: "keep", error } : null);
    if (!error) toast.success(t("allDeleted"));
  };

  const setRetention = async (retention: Retention) => {
    const error = await history.setRetention(retention);
    setProblem(error ? { where: "keep", error } : null);
    if (!error) toast.success(t("retentionSaved"));
  };

  return (
    <div className="space-y-8">
      <p className="rounded-lg border border-stone-300 bg-stone-50 p-3 text-sm dark:border-stone-700 dark:bg-stone-900" data-testid="history-where">
        {history.where === "account" ? t("whereAccount") : t("whereBrowser")}
      </p>

      {history.guestEntries > 0 ? <GuestOffer history={history} /> : null}

      <section aria-labelledby={`${ids}-waiting`} className="space-y-3">
        <h2 id={`${ids}-waiting`} className="text-xl font-semibold">
          {t("waiting.heading")}
        </h2>
        {waiting.length === 0 ? (
          <p className="text-sm text-stone-700 dark:text-stone-300">{t("waiting.none")}</p>
        ) : (
          <ul className="space-y-2" data-testid="waiting-list">
            {waiting.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-200 p-3 dark:border-stone-800">
                <span>
                  <span className="font-semibold">{entry.fullName || entry.greetingName || t("noName")}</span>
                  {" · "}
                  {PLATFORM_NAMES[entry.platform]}
                  {" · "}
                  {/* A calendar date the person typed, not a moment: the same day in every zone. */}
                  {entry.meetingDate
                    ? t("waiting.meeting", { date: format.dateTime(new Date(`${entry.meetingDate}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) })
                    : t("waiting.noDate")}
                </span>
                <Link href={metHref(entry)} className={button} onClick={() => handOverPerson(entry)}>
                  {t("waiting.met")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${ids}-all`} className="space-y-4">
        <h2 id={`${ids}-all`} className="text-xl font-semibold">
          {t("list.heading")}
        </h2>
        <form role="search" aria-label={t("list.filters")} onSubmit={(event) => event.preventDefault()} className="grid gap-3 sm:grid-cols-4">
          <div className="space-y-1 sm:col-span-4">
            <label htmlFor={`${ids}-q`} className="block text-sm font-semibold">
              {t("list.search")}
            </label>
            <input id={`${ids}-q`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} className={select} autoComplete="off" />
          </div>
          <Filter id={`${ids}-p`} label={t("list.platform")} value={platform} onChange={(v) => setPlatform(v as Platform | "all")}>
            <option value="all">{t("list.any")}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_NAMES[p]}
              </option>
            ))}
          </Filter>
          <Filter id={`${ids}-v`} label={t("list.verdict")} value={verdict} onChange={(v) => setVerdict(v as Verdict | "all")}>
            <option value="all">{t("list.any")}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t(`verdicts.${v}`)}
              </option>
            ))}
          </Filter>
          <Filter id={`${ids}-t`} label={t("list.time")} value={period} onChange={(v) => setPeriod(v as Period)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`list.periods.${p}`)}
              </option>
            ))}
          </Filter>
        </form>
        {problem?.where === "list" ? <ErrorAlert>{t(problemText(problem.error))}</ErrorAlert> : null}
        <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
          {t("list.count", { shown: shown.length, total: visible.length })}
        </p>
        {shown.length ? (
          <ul className="space-y-2" data-testid="history-list">
            {shown.map((entry) => (
              <EntryItem key={entry.id} entry={entry} onDelete={() => remove(entry)} />
            ))}
          </ul>
        ) : (
          <p className="text-stone-700 dark:text-stone-300">{visible.length ? t("list.noMatch") : t("list.empty")}</p>
        )}
      </section>

      <section aria-labelledby={`${ids}-keep`} className="space-y-4 border-t border-stone-200 pt-6 dark:border-stone-800">
        <h2 id={`${ids}-keep`} className="text-xl font-semibold">
          {t("keep.heading")}
        </h2>
        <div className="max-w-sm space-y-1">
          <label htmlFor={`${ids}-r`} className="block text-sm font-semibold">
            {t("keep.label")}
          </label>
          <select id={`${ids}-r`} value={history.retention} onChange={(event) => void setRetention(Number(event.target.value) as Retention)} className={select}>
            {RETENTIONS.map((r) => (
              <option key={r} value={r}>
                {t(KEEP_LABEL[r])}
              </option>
            ))}
          </select>
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("keep.hint")}</p>
        </div>
        {problem?.where === "keep" ? <ErrorAlert>{t(problemText(problem.error))}</ErrorAlert> : null}
        {visible.length ? (
          confirmAll ? (
            <div role="alertdialog" aria-labelledby={`${ids}-confirm`} className="space-y-2 rounded-lg border border-rose-700 p-3 dark:border-rose-400">
              <p id={`${ids}-confirm`} className="font-semibold">
                {t("deleteAll.confirm", { count: visible.length })}
              </p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={`${button} border-rose-700 text-rose-800 dark:text-rose-300`} onClick={() => void removeAll()}>
                  {t("deleteAll.yes")}
                </button>
                <button type="button" className={button} onClick={() => setConfirmAll(false)} autoFocus>
                  {t("deleteAll.cancel")}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className={button} onClick={() => setConfirmAll(true)}>
              {t("deleteAll.button")}
            </button>
          )
        ) : null}
      </section>
    </div>
  );
}

function Filter({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={select}>
        {children}
      </select>
    </div>
  );
}

function EntryItem({ entry, onDelete }: { entry: HistoryRecord; onDelete: () => void }) {
  const t = useTranslations("history");
  const tRel = useRelationshipLabel("none");
  const format = useFormatter();
  const name = entry.fullName || entry.greetingName || t("noName");
  return (
    <li className="rounded-lg border border-stone-200 dark:border-stone-800" data-testid="history-entry">
      <details>
        <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 p-3">
          {/* A note written on "Invite someone" is stored as an accept, but said as what it was. */}
          <VerdictBadge verdict={entry.verdict} label={entry.origin === "invite" ? t("verdicts.invited") : t(`verdicts.${entry.verdict}`)} />
          <span className="font-semibold">{name}</span>
          <span className="text-sm text-stone-700 dark:text-stone-300">
            {PLATFORM_NAMES[entry.platform]} · {format.dateTime(new Date(entry.decidedAt), { dateStyle: "medium" })}
            {entry.origin === "import" ? ` · ${t("entry.imported")}` : null}
          </span>
        </summary>
        <div className="space-y-2 border-t border-stone-200 p-3 text-sm dark:border-stone-800">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {entry.greetingName ? (
              <>
                <dt className="font-semibold">{t("entry.greetingName")}</dt>
                <dd>{entry.greetingName}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("entry.relationship")}</dt>
            <dd>{tRel(entry.relationship)}</dd>
            {entry.profileLink ? (
              <>
                <dt className="font-semibold">{t("entry.profileLink")}</dt>
                <dd className="break-all">{entry.profileLink}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("entry.origin")}</dt>
            <dd>{t(ORIGIN_LABEL[entry.origin])}</dd>
            {entry.note ? (
              <>
                <dt className="font-semibold">{t("entry.note")}</dt>
                <dd>{entry.note}</dd>
              </>
            ) : null}
          </dl>
          <p className="font-semibold">{t("entry.message")}</p>
          {entry.message ? (
            <blockquote className="whitespace-pre-wrap rounded bg-stone-100 p-3 dark:bg-stone-800">{entry.message}</blockquote>
          ) : (
            <p className="text-stone-700 dark:text-stone-300">{t("entry.noMessage")}</p>
          )}
          <button type="button" className={button} onClick={onDelete}>
            {t("entry.delete", { name })}
          </button>
        </div>
      </details>
    </li>
  );
}

/** A change to the history that did not go through: what happened and what to do. */
function problemText(error: HistoryError) {
  return error === "storage" ? "errors.storage" : error === "signedOut" ? "guest.errors.signedOut" : "errors.failed";
}

/** The account's history could not be fetched: nothing is lost, try again. */
function LoadFailed() {
  const t = useTranslations("edges");
  return (
    <div className="space-y-3" data-testid="history-load-failed">
      <ErrorAlert>{t("historyLoadFailed")}</ErrorAlert>
      <button type="button" className={button} onClick={() => window.location.reload()}>
        {t("retry")}
      </button>
    </div>
  );
}

function GuestOffer({ history }: { history: HistoryApi }) {
  const t = useTranslations("history.guest");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<HistoryError | null>(null);
  return (
    <section className="space-y-2 rounded-lg border border-indigo-600 p-3 dark:border-indigo-400" aria-label={t("label")}>
      <p>{t("offer", { count: history.guestEntries })}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const error = await history.bringGuestEntries();
            setBusy(false);
            setFailure(error);
            if (!error) toast.success(t("brought"));
          }}
        >
          {t("bring")}
        </button>
        <button type="button" className={button} disabled={busy} onClick={() => history.discardGuestEntries()}>
          {t("discard")}
        </button>
      </div>
      {failure ? <ErrorAlert>{t(`errors.${failure}`)}</ErrorAlert> : null}
    </section>
  );
}

/** "We've met": the advice again, for the same person, now met in person (the names go by handOverPerson). */
function metHref(entry: HistoryRecord) {
  return `/advice${choicesToSearch({ ...DEFAULT_CHOICES, platform: entry.platform, relationship: entry.relationship, met: "in_person" })}`;
}
