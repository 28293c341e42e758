"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useId, useState } from "react";
import { toast } from "sonner";
import { z } from "zod";

import { ErrorAlert } from "@/components/auth/form-notices";
import { TextField } from "@/components/ui/text-field";
import { useHistory, type HistoryError } from "@/lib/client/history";
import { lineText, PLATFORM_NAMES, VERDICTS, type Decision, type Met, type Platform, type Relationship, type Verdict } from "@/lib/engine";
import { findPastDecisionsIndexed } from "@/lib/history/match";
import { FULL_NAME_MAX, PROFILE_LINK_MAX, type HistoryRecord } from "@/lib/history/schema";
import { Link } from "@/lib/i18n/locale-links";

// Recording a decision from the advice screen, in components of their own so the
// advice screen only places them: the person's full name and profile link (kept in
// the history, never sent to the engine), "Done — I …" per verdict, the offer after
// Copy, and "You decided before".

export type HistoryPerson = { fullName: string; profileLink: string };

const fullNameCheck = lineText(FULL_NAME_MAX);
const linkCheck = lineText(PROFILE_LINK_MAX);

/**
 * What "We've met" on the history screen hands to the advice screen: the person, kept in this tab's
 * session storage for one read (names never travel in the address; the choices do, see lib/client/advice-url.ts).
 */
const HAND_OVER_KEY = "kindly.advice.person";

export type HandedOverPerson = { requesterName: string; person: HistoryPerson };

export function handOverPerson(entry: Pick<HistoryRecord, "greetingName" | "fullName" | "profileLink">) {
  const value: HandedOverPerson = {
    requesterName: entry.greetingName,
    person: { fullName: entry.fullName, profileLink: entry.profileLink ?? "" },
  };
  try {
    sessionStorage.setItem(HAND_OVER_KEY, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, full): the advice opens without the names.
  }
}

const ZHandedOver = z.object({
  requesterName: lineText(80).catch(""),
  person: z.object({ fullName: fullNameCheck.catch(""), profileLink: linkCheck.catch("") }),
});

/** Forgets what handOverPerson left, once the advice screen has read it. */
export function forgetAdvicePerson() {
  try {
    sessionStorage.removeItem(HAND_OVER_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** Reads what handOverPerson left (empty fields when nothing, or something unreadable, is there). */
export function takeAdvicePerson(): HandedOverPerson {
  const empty = { requesterName: "", person: { fullName: "", profileLink: "" } };
  if (typeof window === "undefined") return empty;
  try {
    const raw = sessionStorage.getItem(HAND_OVER_KEY);
    if (raw === null) return empty;
    const parsed = ZHandedOver.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}

/** The full name, placed beside the greeting name (the profile link is in the advice form, where it also picks the platform). */
export function HistoryNameField({ value, onChange }: { value: HistoryPerson; onChange: (value: HistoryPerson) => void }) {
  const t = useTranslations("history.record");
  const nameOk = fullNameCheck.safeParse(value.fullName).success;
  return (
    <TextField
      name="fullName"
      label={t("fullName")}
      hint={t("fullNameHint")}
      value={value.fullName}
      autoComplete="off"
      maxLength={FULL_NAME_MAX * 2}
      error={nameOk ? null : t("tooLong", { max: FULL_NAME_MAX })}
      onChange={(fullName) => onChange({ ...value, fullName })}
    />
  );
}

/** Whether a typed profile link can be kept in the history (a single line, not too long). */
export function profileLinkOk(link: string) {
  return linkCheck.safeParse(link).success;
}

type Props = {
  decision: Decision;
  platform: Platform;
  relationship: Relationship;
  met: Met;
  greetingName: string;
  person: HistoryPerson;
  /** The reply last copied on this screen (a new object each time), to offer recording it. */
  copied: { text: string } | null;
};

const button =
  "rounded-lg border border-stone-300 px-3 py-2 text-sm font-semibold hover:bg-stone-100 focus-visible:outline focus-visible:outline-3 focus-visible:outline-indigo-500 dark:border-stone-700 dark:hover:bg-stone-800";

/** "Done — I …" for the verdict and its alternatives, the offer after Copy, and "You decided before". */
export function RecordDecision({ decision, platform, relationship, met, greetingName, person, copied }: Props) {
  const t = useTranslations("history.record");
  const history = useHistory();
  const dateId = useId();
  const [meetingDate, setMeetingDate] = useState("");
  const [recorded, setRecorded] = useState<string | null>(null);
  // What went wrong with the last press, said here beside the buttons (a toast alone is easily missed).
  const [failure, setFailure] = useState<HistoryError | null>(null);
  const fullName = fullNameCheck.safeParse(person.fullName);
  const link = linkCheck.safeParse(person.profileLink);
  const verdicts = VERDICTS.filter((v) => v === decision.verdict || decision.alternatives.some((a) => a.verdict === v));
  const waits = decision.actions.includes("wait_until_after_meeting") || met === "meeting_planned";

  const save = async (verdict: Verdict, options: { waiting?: boolean; message?: string } = {}) => {
    const error = await history.record({
      platform,
      relationship,
      fullName: fullName.success ? fullName.data : "",
      greetingName,
      ...(link.success && link.data ? { profileLink: link.data } : {}),
      verdict,
      ...(options.message ? { message: options.message } : {}),
      origin: "advice",
      waiting: options.waiting ?? false,
      ...(options.waiting && /^\d{4}-\d{2}-\d{2}$/.test(meetingDate) ? { meetingDate } : {}),
    });
    announce(error, options.waiting ? "waiting" : verdict);
  };

  const announce = (error: HistoryError | null, what: Verdict | "waiting") => {
    setFailure(error);
    if (error) {
      setRecorded(null);
      return;
    }
    const text = t(`recorded.${what}`);
    setRecorded(text);
    toast.success(text);
  };

  // After Copy: offer to record the reply that was copied, with the verdict it belongs to.
  const offer = useEffectEvent((text: string) => {
    toast(t("offer"), { action: { label: t("offerAction"), onClick: () => void save(decision.verdict, { message: text }) }, duration: 8000 });
  });
  useEffect(() => {
    if (copied) offer(copied.text);
  }, [copied]);

  return (
    <section
      aria-labelledby={`${dateId}-heading`}
      className="mt-4 space-y-3 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <PastDecisions entries={history.entries} person={person} />
      <h2 id={`${dateId}-heading`} className="font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">{history.where === "account" ? t("whereAccount") : t("whereBrowser")}</p>
      <div className="flex flex-wrap gap-2">
        {verdicts.map((verdict) => (
          <button
            key={verdict}
            type="button"
            className={button}
            onClick={() => void save(verdict, { message: verdict === decision.verdict ? copied?.text : undefined })}
          >
            {t(`done.${verdict}`)}
          </button>
        ))}
      </div>
      {waits ? (
        <div className="flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3 dark:border-stone-800">
          <div className="space-y-1">
            <label htmlFor={dateId} className="block text-sm font-semibold">
              {t("meetingDate")}
            </label>
            <input
              id={dateId}
              type="date"
              value={meetingDate}
              onChange={(event) => setMeetingDate(event.target.value)}
              className="rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
            />
          </div>
          <button type="button" className={button} onClick={() => void save(decision.verdict, { waiting: true })}>
            {t("doneWaiting")}
          </button>
        </div>
      ) : null}
      {failure ? <ErrorAlert>{t(`errors.${failure}`)}</ErrorAlert> : null}
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {recorded ? (
          <>
            {recorded}{" "}
            <Link href="/history" className="font-semibold underline">
              {t("open")}
            </Link>
          </>
        ) : null}
      </p>
    </section>
  );
}

/** "You decided before": the newest earlier decision about this person, and the same answer offered. */
export function PastDecisions({ entries, person }: { entries: readonly HistoryRecord[]; person: HistoryPerson }) {
  const t = useTranslations("history.past");
  const format = useFormatter();
  const [answer, setAnswer] = useState<Record<string, "same" | "other">>({});
  const [copyFailed, setCopyFailed] = useState(false);
  // Indexed once per history: a to-do list of hundreds asks once per item.
  const matches = findPastDecisionsIndexed(entries, person);
  const match = matches[0];
  if (!match) return null;
  const { entry, by } = match;
  const key = entry.id;
  const name = entry.greetingName || entry.fullName;
  const sentence = t(entry.origin === "invite" ? "said.invited" : `said.${entry.verdict}`, {
    name,
    platform: PLATFORM_NAMES[entry.platform],
    date: format.dateTime(new Date(entry.decidedAt), { day: "numeric", month: "short" }),
  });
  if (answer[key] === "other") return null;
  const confirmed = by === "link" || answer[key] === "same";

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyFailed(false);
      toast.success(t("copied"));
    } catch {
      setCopyFailed(true);
    }
  };

  return (
    <div className="space-y-2 rounded-lg border border-amber-600 bg-amber-50 p-3 text-sm dark:border-amber-400 dark:bg-amber-950" data-testid="past-decision">
      <p className="font-semibold">{t("heading")}</p>
      <p>{sentence}</p>
      {confirmed ? (
        entry.message ? (
          <>
            <p>{t("sameAnswer")}</p>
            <blockquote className="whitespace-pre-wrap rounded bg-white p-2 dark:bg-stone-900">{entry.message}</blockquote>
            <button type="button" className={button} onClick={() => void copy(entry.message!)}>
              {t("copySame")}
            </button>
            {copyFailed ? <ErrorAlert>{t("copyFailed")}</ErrorAlert> : null}
          </>
        ) : (
          <p>{t(`sameVerdict.${entry.verdict}`)}</p>
        )
      ) : (
        <fieldset className="space-y-2">
          <legend>{t("samePerson")}</legend>
          <div className="flex gap-2">
            <button type="button" className={button} onClick={() => setAnswer({ ...answer, [key]: "same" })}>
              {t("yes")}
            </button>
            <button type="button" className={button} onClick={() => setAnswer({ ...answer, [key]: "other" })}>
              {t("no")}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
