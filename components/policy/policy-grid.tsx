"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";

import { NoPolicyYet } from "@/components/empty-state";
import { CellDialog } from "@/components/policy/cell-dialog";
import { Toaster } from "@/components/toaster";
import { PrincipleLink } from "@/components/principle-link";
import { VerdictBadge, VerdictIcon } from "@/components/verdict-badge";
import { resetOverrides, setOverride } from "@/lib/client/kindly-store";
import { Link } from "@/lib/i18n/locale-links";
import { useSavedProfile } from "@/lib/client/saved-profile";
import { useTeamBaseline } from "@/lib/client/team-baseline";
import {
  decide,
  defaultRequest,
  PLATFORM_FACTS,
  PLATFORMS,
  policyMatrix,
  relationshipsFor,
  VERDICTS,
  type Language,
  type Platform,
  type PolicyCell,
  type Relationship,
  type Verdict,
} from "@/lib/engine";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { useRelationshipLabel } from "@/lib/i18n/relationship-label";

const CELL_STYLES: Record<Verdict, string> = {
  accept: "bg-emerald-50 text-emerald-900 border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100 dark:border-emerald-500",
  decline: "bg-rose-50 text-rose-900 border-rose-700 dark:bg-rose-950 dark:text-rose-100 dark:border-rose-500",
  redirect: "bg-sky-50 text-sky-900 border-sky-700 dark:bg-sky-950 dark:text-sky-100 dark:border-sky-500",
};

export function PolicyGrid({ justSaved }: { justSaved: boolean }) {
  const t = useTranslations("policy");
  const tName = usePlatformLabel();
  const tVerdict = useTranslations("verdicts");
  const tFollow = useTranslations("follow");
  const tTeam = useTranslations("teamMarks");
  const baseline = useTeamBaseline();
  const tGrid = useTranslations("policyGrid");
  const locale = useLocale() as Language;
  const saved = useSavedProfile();
  const tRel = useRelationshipLabel(saved !== "loading" && saved ? saved.profile.profession : "none");
  const [focused, setFocused] = useState<{ platform: Platform; relationship: Relationship } | null>(null);
  const [open, setOpen] = useState<{ platform: Platform; relationship: Relationship } | null>(null);
  const announced = useRef(false);

  useEffect(() => {
    if (justSaved && !announced.current && saved !== "loading" && saved) {
      announced.current = true;
      toast.success(t("savedNotice"));
    }
  }, [justSaved, saved, t]);

  // Reasons are shown in the interface language, whatever the reply language.
  const savedProfile = saved !== "loading" && saved ? saved.profile : null;
  const profile = useMemo(() => (savedProfile ? { ...savedProfile, language: locale } : null), [savedProfile, locale]);
  const cells = useMemo(() => (profile ? policyMatrix(profile, baseline) : []), [profile, baseline]);

  if (saved === "loading") return <div className="min-h-[36rem]" aria-busy="true" />;
  if (!saved || !profile) return <NoPolicyYet />;

  const platforms = PLATFORMS.filter((p) => profile.platforms[p].persona !== "absent");
  if (platforms.length === 0) return <NoPolicyYet />;
  // The new relationships only where the person's duty of care concerns them (contract v2).
  const relationships = relationshipsFor(profile.profession);
  // A public X or Instagram has followers, not requests: its cells read "They follow you: keep / remove".
  const followed = (platform: Platform) => PLATFORM_FACTS[platform].requestKind[profile.platforms[platform].visibility] === "follow";
  const answer = (cell: PolicyCell) => (cell.requestKind === "follow" ? tFollow(`answers.${cell.verdict}`) : tVerdict(cell.verdict));
  const answerText = (cell: PolicyCell) => (cell.requestKind === "follow" ? tFollow("cell", { answer: answer(cell) }) : answer(cell));
  const cellFor = (platform: Platform, relationship: Relationship) => cells.find((c) => c.platform === platform && c.relationship === relationship)!;
  const reasonFor = (platform: Platform, relationship: Relationship) => decide(profile, defaultRequest(platform, relationship), { baseline }).reasons;
  const cellLabel = (cell: PolicyCell) =>
    `${tName(cell.platform)}, ${tRel(cell.relationship)}: ${answerText(cell)}${cell.source === "override" ? ` (${t("changed")})` : ""}${teamNote(cell)}`;
  // "Your team suggests": marked on every cell the team's baseline names, whatever decides it now.
  const teamNote = (cell: PolicyCell) => (cell.teamVerdict === undefined ? "" : `. ${tTeam("suggestsCell", { answer: tVerdict(cell.teamVerdict) })}`);
  const teamSuggests = cells.some((c) => c.teamVerdict !== undefined);
  const changedCount = cells.filter((c) => c.source === "override").length;
  const focusedCell = focused ? cellFor(focused.platform, focused.relationship) : null;
  const openCell = open ? cellFor(open.platform, open.relationship) : null;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" aria-label={t("legend")} role="group">
        <span className="font-semibold">{t("legend")}:</span>
        {VERDICTS.map((verdict) => (
          <span key={verdict} className="inline-flex items-center gap-1.5">
            <VerdictBadge verdict={verdict} />
            <span className="text-stone-700 dark:text-stone-300">{t(`legendText.${verdict}`)}</span>
          </span>
        ))}
        <span className="inline-flex items-center gap-1.5">
          <ChangedMark />
          <span className="text-stone-700 dark:text-stone-300">{t("changedLegend")}</span>
        </span>
        {teamSuggests ? (
          <span className="inline-flex items-center gap-1.5">
            <TeamMark />
            <span className="text-stone-700 dark:text-stone-300">{tTeam("suggests")}</span>
          </span>
        ) : null}
      </div>
      {platforms.some(followed) ? <p className="text-sm text-stone-700 dark:text-stone-300">{tFollow("legend")}</p> : null}

      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-stone-200 dark:border-stone-800">
              <th scope="col" className="p-2 text-left font-semibold sm:p-3">
                {t("requester")}
              </th>
              {platforms.map((platform) => (
                <th key={platform} scope="col" className="p-1 text-center text-xs font-semibold sm:p-3 sm:text-sm">
                  {tName(platform)}
                  {followed(platform) ? <span className="block text-xs font-normal text-stone-700 dark:text-stone-300">{tFollow("column")}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {relationships.map((relationship) => (
              <tr key={relationship} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                <th scope="row" aria-label={tRel(relationship)} className="p-2 text-left font-medium sm:p-3">
                  {/* Each row leads to advice for a request from this kind of person. */}
                  <Link
                    href={`/advice?who=${relationship}`}
                    aria-label={tGrid("rowAdvice", { who: tRel(relationship) })}
                    className="underline decoration-stone-400 underline-offset-2 hover:decoration-stone-900"
                  >
                    {tRel(relationship)}
                  </Link>
                </th>
                {platforms.map((platform) => {
                  const cell = cellFor(platform, relationship);
                  return (
                    <td key={platform} className="p-1 text-center sm:p-2">
                      <button
                        type="button"
                        data-cell={`${platform}:${relationship}`}
                        aria-label={cellLabel(cell)}
                        aria-haspopup="dialog"
                        onFocus={() => setFocused({ platform, relationship })}
                        onMouseEnter={() => setFocused({ platform, relationship })}
                        onClick={() => setOpen({ platform, relationship })}
                        className={`relative inline-flex w-full min-w-14 flex-col items-center justify-center gap-0.5 rounded-md border px-1 py-1.5 font-semibold sm:flex-row sm:gap-1.5 sm:px-2 ${CELL_STYLES[cell.verdict]}`}
                      >
                        <VerdictIcon verdict={cell.verdict} />
                        <span className="text-xs sm:text-sm">{answer(cell)}</span>
                        {cell.source === "override" ? (
                          <span className="absolute -right-1 -top-1">
                            <ChangedMark />
                          </span>
                        ) : null}
                        {cell.teamVerdict !== undefined ? (
                          <span className="absolute -left-1 -top-1" data-team-suggests={cell.teamVerdict}>
                            <TeamMark />
                          </span>
                        ) : null}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div aria-live="polite" className="min-h-24 rounded-xl bg-stone-100 p-4 text-sm dark:bg-stone-900">
        {focusedCell ? (
          <div className="space-y-1">
            <p className="font-semibold">
              {tName(focusedCell.platform)} · {tRel(focusedCell.relationship)}: {answerText(focusedCell)}
              {focusedCell.source === "override" ? ` (${t("changed")})` : ""}
            </p>
            {focusedCell.teamVerdict !== undefined ? <p>{tTeam("suggestsCell", { answer: tVerdict(focusedCell.teamVerdict) })}</p> : null}
            <ul className="space-y-1">
              {reasonFor(focusedCell.platform, focusedCell.relationship).map((reason, i) => (
                <li key={i}>
                  <PrincipleLink principle={reason.principle} />: {reason.text}
                </li>
              ))}
            </ul>
            <p className="text-stone-600 pointer-coarse:hidden dark:text-stone-400">{t("openHint")}</p>
          </div>
        ) : (
          <>
            {/* No keyboard talk on a touch screen: each gets the hint for how it is used. */}
            <p className="text-stone-700 pointer-coarse:hidden dark:text-stone-300">{t("focusHint")}</p>
            <p className="hidden text-stone-700 pointer-coarse:block dark:text-stone-300">{tGrid("touchHint")}</p>
          </>
        )}
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-stone-700 dark:text-stone-300">{t("changedCount", { count: changedCount })}</p>
        {changedCount > 0 ? (
          <button
            type="button"
            onClick={() => resetOverrides(saved.state, saved.profile)}
            className="rounded-md border border-stone-400 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            {tGrid("resetAll")}
          </button>
        ) : null}
      </div>

      {openCell ? (
        <CellDialog
          cell={openCell}
          profession={profile.profession}
          reasons={reasonFor(openCell.platform, openCell.relationship)}
          hasLinkedin={profile.platforms.linkedin.persona !== "absent"}
          onChange={(verdict) => setOverride(saved.state, saved.profile, openCell.platform, openCell.relationship, verdict)}
          onClose={() => {
            const target = document.querySelector<HTMLButtonElement>(`[data-cell="${openCell.platform}:${openCell.relationship}"]`);
            setOpen(null);
            target?.focus();
          }}
        />
      ) : null}
      <Toaster />
    </div>
  );
}

function TeamMark() {
  const t = useTranslations("teamMarks");
  return (
    <span
      title={t("suggests")}
      className="inline-flex size-4 items-center justify-center rounded-full border-2 border-white bg-violet-700 text-white dark:border-stone-900"
      aria-hidden="true"
    >
      {/* Two people: drawn, not a letter, so the cell's visible text stays its verdict. */}
      <svg viewBox="0 0 12 12" className="size-2.5" fill="currentColor">
        <circle cx="4" cy="4" r="2" />
        <circle cx="8.5" cy="4.5" r="1.6" />
        <path d="M0.5 11c0-2.2 1.6-3.8 3.5-3.8S7.5 8.8 7.5 11z" />
        <path d="M7.2 7.6c0.4-0.2 0.8-0.3 1.3-0.3 1.7 0 3 1.5 3 3.7H8.3c0-1.3-0.4-2.5-1.1-3.4z" />
      </svg>
    </span>
  );
}

function ChangedMark() {
  const t = useTranslations("policy");
  return (
    <span
      title={t("changed")}
      className="inline-flex size-4 items-center justify-center rounded-full border-2 border-white bg-amber-500 text-[0.6rem] font-bold text-stone-950 dark:border-stone-900"
      aria-hidden="true"
    >
      ✎
    </span>
  );
}
