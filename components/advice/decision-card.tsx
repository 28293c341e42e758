"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";

import { AlternativeList } from "@/components/alternative-list";
import { VerdictBadge } from "@/components/verdict-badge";
import { LANGUAGES, PLATFORM_NAMES, type Decision, type Language, type Platform, type Tone } from "@/lib/engine";

export function DecisionCard({
  decision,
  platform,
  templateLanguage,
  onTemplateLanguage,
  onCopied,
}: {
  decision: Decision;
  platform: Platform;
  templateLanguage: Language;
  onTemplateLanguage: (language: Language) => void;
  /** Called after a reply was copied (the history offers to record it). */
  onCopied?: (text: string) => void;
}) {
  const t = useTranslations("advice.result");
  const tActions = useTranslations("actions");
  const tLang = useTranslations("languages");
  const tTone = useTranslations("tones");
  const tFollow = useTranslations("follow");
  const languageId = useId();
  const [tone, setTone] = useState<Tone>("warm");

  const tones = [...new Set(decision.templates.map((tpl) => tpl.tone))];
  const activeTone = tones.includes(tone) ? tone : tones[0];
  const template = decision.templates.find((tpl) => tpl.tone === activeTone);

  // A public account's follower did not ask for anything: the answer is said in follower terms (contract v2).
  const follow = decision.requestKind === "follow";
  const noReply = decision.actions.includes("report_or_block");
  const summary = noReply
    ? t("summaryNoReply")
    : decision.actions.includes("ignore_quietly")
      ? t("summaryQuiet")
      : follow && decision.verdict !== "redirect"
        ? t(`followSummary.${decision.verdict === "decline" && decision.actions.includes("remove_follower_quietly") ? "remove" : decision.verdict}`)
        : t(`summary.${decision.verdict}`);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      toast.success(t("copied"));
      onCopied?.(text);
    } catch {
      toast.error(t("copyFailed"));
    }
  };

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
          {t(`kind.${decision.requestKind}`, { platform: PLATFORM_NAMES[platform] })}
        </p>
        {decision.source === "override" ? <p className="text-sm text-stone-700 dark:text-stone-300">{t("fromOverride")}</p> : null}
        <AlternativeList alternatives={decision.alternatives} requestKind={decision.requestKind} />
      </div>

      <div>
        <h3 className="font-semibold">{t("why")}</h3>
        <ul className="mt-2 space-y-2 text-sm">
          {decision.reasons.map((reason, i) => (
            <li key={i} className="flex gap-2">
              <span className="mt-0.5 shrink-0 rounded bg-stone-200 px-1.5 font-mono text-xs font-semibold text-stone-800 dark:bg-stone-800 dark:text-stone-200">
                {reason.principle}
              </span>
              <span>{reason.text}</span>
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
                <legend className="sr-only">{t("tone")}</legend>
                <div className="inline-flex rounded-lg border border-stone-300 p-0.5 dark:border-stone-700">
                  {tones.map((value) => (
                    <label
                      key={value}
                      className="cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium has-[:checked]:bg-stone-900 has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-indigo-500 dark:has-[:checked]:bg-stone-100 dark:has-[:checked]:text-stone-900"
                    >
                      <input type="radio" name="tone" value={value} checked={activeTone === value} onChange={() => setTone(value)} className="sr-only" />
                      {tTone(value)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
            <blockquote
              lang={template.language}
              data-testid="template-text"
              className="whitespace-pre-wrap rounded-lg bg-stone-100 p-4 text-sm leading-relaxed dark:bg-stone-800"
            >
              {template.text}
            </blockquote>
            <button
              type="button"
              onClick={() => copy(template.text)}
              className="rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
            >
              {t("copy")}
            </button>
          </>
        ) : (
          <p className="text-sm text-stone-700 dark:text-stone-300">{noReply ? t("noReplySafety") : follow ? t("noReplyFollow") : t("noReply")}</p>
        )}
      </div>
    </section>
  );
}
