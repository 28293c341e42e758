"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

import { AlternativeList } from "@/components/alternative-list";
import { CopyButton } from "@/components/advice/copy-button";
import { PrincipleLink } from "@/components/principle-link";
import { VerdictBadge } from "@/components/verdict-badge";
import type { Reply } from "@/lib/client/use-reply";
import { LANGUAGES, type Decision, type Language, type Platform } from "@/lib/engine";

/** The one-line answer: what to do, in follower terms on a public account (contract v2). */
export function useVerdictSummary(decision: Decision) {
  const t = useTranslations("advice.result");
  const follow = decision.requestKind === "follow";
  if (decision.actions.includes("report_or_block")) return t("summaryNoReply");
  if (decision.actions.includes("ignore_quietly")) return t("summaryQuiet");
  if (follow && decision.verdict !== "redirect")
    return t(`followSummary.${decision.verdict === "decline" && decision.actions.includes("remove_follower_quietly") ? "remove" : decision.verdict}`);
  return t(`summary.${decision.verdict}`);
}

export function DecisionCard({
  decision,
  platform,
  templateLanguage,
  onTemplateLanguage,
  reply,
}: {
  decision: Decision;
  platform: Platform;
  templateLanguage: Language;
  onTemplateLanguage: (language: Language) => void;
  reply: Reply;
}) {
  const t = useTranslations("advice.result");
  const tActions = useTranslations("actions");
  const tTeam = useTranslations("teamMarks");
  const tLang = useTranslations("languages");
  const tTone = useTranslations("tones");
  const tFollow = useTranslations("follow");
  const tReply = useTranslations("replyBox");
  const languageId = useId();
  const replyId = useId();
  const { tones, activeTone, template } = reply;

  // A public account's follower did not ask for anything: the answer is said in follower terms (contract v2).
  const follow = decision.requestKind === "follow";
  const noReply = decision.actions.includes("report_or_block");
  const summary = useVerdictSummary(decision);

  return (
    <section aria-labelledby="verdict-heading" className="space-y-5 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
      <div aria-live="polite" className="space-y-2">
        <h2 id="verdict-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
          {t("heading")}
        </h2>
        <p className="flex flex-wrap items-center gap-3">
          <VerdictBadge verdict={decision.verdict} size="lg" label={follow ? tFollow(`answers.${decision.verdict}`) : undefined} />
          <span className="text-stone-800 dark:text-stone-200" data-testid="verdict-summary">
            {summary}
          </span>
        </p>
        <p className="text-sm text-stone-700 dark:text-stone-300" data-testid="request-kind">
          {t(`kind.${decision.requestKind}`, { platform })}
        </p>
        {decision.source === "override" ? <p className="text-sm text-stone-700 dark:text-stone-300">{t("fromOverride")}</p> : null}
        {decision.source === "team" ? (
          <p className="text-sm text-stone-700 dark:text-stone-300" data-testid="from-team">
            {tTeam("fromTeam")}
          </p>
        ) : null}
        <AlternativeList alternatives={decision.alternatives} requestKind={decision.requestKind} />
      </div>

      <div>
        <h3 className="font-semibold">{t("why")}</h3>
        <ul className="mt-2 space-y-2 text-sm">
          {decision.reasons.map((reason, i) => (
            <li key={i} data-testid="reason">
              <PrincipleLink principle={reason.principle} />: {reason.text}
            </li>
          ))}
        </ul>
      </div>

      {decision.actions.length ? (
        <div>
          <h3 className="font-semibold">{t("actions")}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="actions">
            {decision.actions.map((action) => (
              <li key={action}>{tActions(action)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="space-y-3 border-t border-stone-200 pt-4 dark:border-stone-800">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h3 className="font-semibold">{t("reply")}</h3>
          {template ? (
            <div className="flex items-center gap-2 text-sm">
              <label htmlFor={languageId}>{t("replyLanguage")}</label>
              <select
                id={languageId}
                value={templateLanguage}
                onChange={(event) => onTemplateLanguage(event.target.value as Language)}
                className="rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
              >
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {tLang(l)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        {template ? (
          <>
            {tones.length > 1 ? (
              <fieldset>
                <legend className="mb-1 text-sm text-stone-700 dark:text-stone-300">{tReply("choose")}</legend>
                <div className="inline-flex flex-wrap rounded-lg border border-stone-300 p-0.5 dark:border-stone-700">
                  {tones.map((value, index) => (
                    <label
                      key={value}
                      className="cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium has-[:checked]:bg-stone-900 has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-indigo-500 dark:has-[:checked]:bg-stone-100 dark:has-[:checked]:text-stone-900"
                    >
                      <input type="radio" name="tone" value={value} checked={activeTone === value} onChange={() => reply.setTone(value)} className="sr-only" />
                      {index === 0 ? tReply("recommended", { tone: tTone(value) }) : tTone(value)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
            <div className="space-y-1">
              <label htmlFor={replyId} className="block text-sm font-semibold">
                {tReply("label")}
              </label>
              <textarea
                id={replyId}
                lang={template.language}
                data-testid="template-text"
                value={reply.text}
                onChange={(event) => reply.setText(event.target.value)}
                rows={Math.min(10, Math.max(4, reply.text.split("\n").length + 2))}
                maxLength={2000}
                className="w-full rounded-lg border border-stone-300 bg-stone-50 p-3 text-sm leading-relaxed text-stone-900 dark:border-stone-700 dark:bg-stone-800 dark:text-stone-100"
              />
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <CopyButton reply={reply} label={t("copy")} />
              {reply.edited ? (
                <button type="button" onClick={reply.restore} className="text-sm font-semibold underline underline-offset-2">
                  {tReply("restore")}
                </button>
              ) : null}
            </div>
            {/* The decision history's "Record this decision" belongs here, under the reply (issue: decision history). */}
          </>
        ) : (
          <p className="text-sm text-stone-700 dark:text-stone-300">{noReply ? t("noReplySafety") : follow ? t("noReplyFollow") : t("noReply")}</p>
        )}
      </div>
    </section>
  );
}
