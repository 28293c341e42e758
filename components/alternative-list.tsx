"use client";

import { useTranslations } from "next-intl";

import type { Action, Alternative, RequestKind } from "@/lib/engine";

// The platforms' own "accept, but limit" tools: an accept alternative with one reads as one answer.
const LIMIT_TOOLS = ["restrict_facebook", "close_friends_instagram", "hide_connections_linkedin"] as const satisfies readonly Action[];

/**
 * The other reasonable answers of a decision (contract v2 "When two answers
 * are both right"): "Also reasonable: accept and add them to your Restricted
 * list – if your workplace expects it.", with the rest of that answer's steps.
 * On a public account the answer is said in follower terms.
 */
export function AlternativeList({ alternatives, requestKind }: { alternatives: readonly Alternative[]; requestKind: RequestKind }) {
  const t = useTranslations("alternatives");
  const tActions = useTranslations("actions");
  if (alternatives.length === 0) return null;

  return (
    <ul className="space-y-2" data-testid="alternatives">
      {alternatives.map((alternative) => {
        const limit = alternative.verdict === "accept" && requestKind !== "follow" ? LIMIT_TOOLS.find((a) => alternative.actions.includes(a)) : undefined;
        const answer = requestKind === "follow" ? t(`follow.${alternative.verdict}`) : limit ? t(`answer.${limit}`) : t(`answer.${alternative.verdict}`);
        const steps = alternative.actions.filter((a) => a !== limit);
        return (
          <li key={`${alternative.verdict}:${alternative.condition.key}`} className="rounded-lg border border-stone-300 p-3 text-sm dark:border-stone-700">
            <p>
              <span className="font-semibold">{t("title")}</span> {t("line", { answer, condition: alternative.condition.text })}
            </p>
            {steps.length ? (
              <div className="mt-1">
                <p className="text-stone-700 dark:text-stone-300">{t("steps")}</p>
                <ul className="list-disc pl-5">
                  {steps.map((action) => (
                    <li key={action}>{tActions(action)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
