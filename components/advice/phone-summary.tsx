"use client";

import { useTranslations } from "next-intl";

import { CopyButton } from "@/components/advice/copy-button";
import { useVerdictSummary } from "@/components/advice/decision-card";
import { VerdictBadge } from "@/components/verdict-badge";
import type { Reply } from "@/lib/client/use-reply";
import type { Decision } from "@/lib/engine";

/**
 * Below 640 px the verdict and the reply's Copy button stay in view while the person answers (issue 19):
 * a bar fixed to the bottom of the screen. Wider screens keep the whole card beside the form instead.
 */
export function PhoneSummary({ decision, reply }: { decision: Decision; reply: Reply }) {
  const t = useTranslations("quickAdvice");
  const tFollow = useTranslations("follow");
  const summary = useVerdictSummary(decision);
  const follow = decision.requestKind === "follow";
  return (
    <aside
      aria-label={t("summaryLabel")}
      data-testid="phone-summary"
      className="fixed inset-x-0 bottom-0 z-20 border-t border-stone-300 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] backdrop-blur sm:hidden dark:border-stone-700 dark:bg-stone-900/95"
    >
      <div className="flex items-center justify-between gap-3">
        <div className="min-w-0 space-y-0.5">
          <VerdictBadge verdict={decision.verdict} label={follow ? tFollow(`answers.${decision.verdict}`) : undefined} />
          <p className="truncate text-sm text-stone-800 dark:text-stone-200">{summary}</p>
        </div>
        {reply.template ? (
          <CopyButton reply={reply} label={t("copyShort")} compact />
        ) : (
          <a href="#advice-result" className="shrink-0 text-sm font-semibold underline underline-offset-2">
            {t("seeWhy")}
          </a>
        )}
      </div>
    </aside>
  );
}
