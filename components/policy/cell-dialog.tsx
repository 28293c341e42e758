"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import { AlternativeList } from "@/components/alternative-list";
import { PrincipleLink } from "@/components/principle-link";
import { VerdictBadge } from "@/components/verdict-badge";
import { VERDICTS, type PolicyCell, type Profession, type Reason, type Verdict } from "@/lib/engine";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { useRelationshipLabel } from "@/lib/i18n/relationship-label";

/** Explains one grid cell and lets the person choose their own verdict for it. */
export function CellDialog({
  cell,
  profession,
  reasons,
  hasLinkedin,
  onChange,
  onClose,
}: {
  cell: PolicyCell;
  profession: Profession;
  reasons: Reason[];
  hasLinkedin: boolean;
  onChange: (verdict: Verdict | null) => void;
  onClose: () => void;
}) {
  const t = useTranslations("policy.dialog");
  const tRel = useRelationshipLabel(profession);
  const tName = usePlatformLabel();
  const tVerdicts = useTranslations("verdicts");
  const tFollow = useTranslations("follow");
  // A public account's follower: the choices are said in follower terms ("keep", "remove").
  const follow = cell.requestKind === "follow";
  const tVerdict = (verdict: Verdict) => (follow ? tFollow(`answers.${verdict}`) : tVerdicts(verdict));
  const ref = useRef<HTMLDialogElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);

  // Opened as a modal (focus stays inside, Escape closes it), with focus on "Done".
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    doneRef.current?.focus();
  }, []);

  // Redirecting needs a LinkedIn profile, and a LinkedIn request cannot be sent to LinkedIn.
  const redirectPossible = hasLinkedin && cell.platform !== "linkedin";
  const titleId = `cell-dialog-title`;

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === ref.current) ref.current.close();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-stone-300 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          {tName(cell.platform)} · {tRel(cell.relationship)}
        </h2>
        {follow ? <p className="text-sm">{tFollow("intro", { platform: cell.platform })}</p> : null}
        <div className="flex items-center gap-2">
          <VerdictBadge verdict={cell.verdict} size="lg" label={follow ? tVerdict(cell.verdict) : undefined} />
          <span className="text-sm text-stone-700 dark:text-stone-300">{cell.source === "override" ? t("yourChoice") : t("suggested")}</span>
        </div>
        <section>
          <h3 className="text-sm font-semibold">{t("why")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {reasons.map((reason, i) => (
              <li key={i}>
                <PrincipleLink principle={reason.principle} />: {reason.text}
              </li>
            ))}
          </ul>
        </section>
        <AlternativeList alternatives={cell.alternatives} requestKind={cell.requestKind} />
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">{t("change")}</legend>
          <div className="grid grid-cols-3 gap-2">
            {VERDICTS.map((verdict) => {
              const disabled = verdict === "redirect" && !redirectPossible;
              return (
                <label
                  key={verdict}
                  className={`flex items-center justify-center gap-2 rounded-lg border border-stone-300 p-2 text-sm font-medium has-[:checked]:border-stone-900 has-[:checked]:ring-2 has-[:checked]:ring-stone-900 dark:border-stone-700 dark:has-[:checked]:border-stone-100 dark:has-[:checked]:ring-stone-100 ${disabled ? "opacity-60" : "cursor-pointer"}`}
                >
                  <input
                    type="radio"
                    name="cell-verdict"
                    value={verdict}
                    disabled={disabled}
                    checked={cell.verdict === verdict}
                    onChange={() => onChange(verdict)}
                    className="accent-stone-900 dark:accent-stone-100"
                  />
                  {tVerdict(verdict)}
                </label>
              );
            })}
          </div>
          {!redirectPossible ? (
            <p className="text-xs text-stone-600 dark:text-stone-400">
              {cell.platform === "linkedin" ? t("noRedirectOnLinkedin") : t("noRedirectWithoutLinkedin")}
            </p>
          ) : null}
        </fieldset>
        <div className="flex flex-wrap justify-between gap-2 pt-2">
          <button
            type="button"
            disabled={cell.source !== "override"}
            onClick={() => onChange(null)}
            className="rounded-lg border border-stone-300 px-4 py-2 text-sm font-semibold hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            {t("reset", { verdict: tVerdict(cell.ruleVerdict) })}
          </button>
          <button
            type="button"
            ref={doneRef}
            onClick={() => ref.current?.close()}
            className="rounded-lg bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
          >
            {t("close")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
