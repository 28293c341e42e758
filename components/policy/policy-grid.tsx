"use client";

import { useLocale, useTranslations } from "next-intl";
import { Fragment, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { toast } from "sonner";

import { NoPolicyYet } from "@/components/empty-state";
import { CellDialog } from "@/components/policy/cell-dialog";
import { Toaster } from "@/components/toaster";
import { VerdictBadge, VerdictIcon } from "@/components/verdict-badge";
import { resetOverrides, setOverride } from "@/lib/client/kindly-store";
import { Link } from "@/lib/i18n/locale-links";
import { nextGridPosition } from "@/lib/client/grid-keys";
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

const NARROW = "(max-width: 639px)";

/** True below 640 px: the grid then shows one platform at a time, chosen with tabs. */
function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

type Spot = { relationship: Relationship; platform: Platform | null };

export function PolicyGrid({ justSaved }: { justSaved: boolean }) {
  const t = useTranslations("policy");
  const tName = usePlatformLabel();
  const tVerdict = useTranslations("verdicts");
  const tFollow = useTranslations("follow");
  const tTeam = useTranslations("teamMarks");
  const tPrinciple = useTranslations("principles.names");
  const baseline = useTeamBaseline();
  const tGrid = useTranslations("policyGrid");
  const locale = useLocale() as Language;
  const saved = useSavedProfile();
  const tRel = useRelationshipLabel(saved !== "loading" && saved ? saved.profile.profession : "none");
  const narrow = useNarrow();
  // The grid's one tab stop (roving tabindex): the cell that keyboard focus is on or comes back to.
  const [active, setActive] = useState<Spot | null>(null);
  // The reason shows by the active cell once the person has moved to a cell (not on arrival).
  const [selected, setSelected] = useState(false);
  const [tab, setTab] = useState<Platform | null>(null);
  // `at` tells each opening apart, so a cell opened again while the last dialog is still closing gets a new one.
  const [open, setOpen] = useState<{ platform: Platform; relationship: Relationship; at: number } | null>(null);
  const announced = useRef(false);
  const gridRef = useRef<HTMLTableElement>(null);
  const tabsRef = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLDivElement>(null);
  // A press in progress: the cell is chosen on click, so the reason's row cannot shift the grid under the pointer.
  const pressing = useRef(false);
  const ids = useId();

  useEffect(() => {
    if (justSaved && !announced.current && saved !== "loading" && saved) {
      announced.current = true;
      toast.success(t("savedNotice"));
    }
  }, [justSaved, saved, t]);

  useEffect(() => {
    const release = () => {
      pressing.current = false;
    };
    window.addEventListener("pointerup", release);
    window.addEventListener("pointercancel", release);
    return () => {
      window.removeEventListener("pointerup", release);
      window.removeEventListener("pointercancel", release);
    };
  }, []);

  // Reasons are shown in the interface language, whatever the reply language.
  const savedProfile = saved !== "loading" && saved ? saved.profile : null;
  const profile = useMemo(() => (savedProfile ? { ...savedProfile, language: locale } : null), [savedProfile, locale]);
  const cells = useMemo(() => (profile ? policyMatrix(profile, baseline) : []), [profile, baseline]);

  const platforms = profile ? PLATFORMS.filter((p) => profile.platforms[p].persona !== "absent") : [];
  // The new relationships only where the person's duty of care concerns them (contract v2).
  const relationships = profile ? relationshipsFor(profile.profession) : [];
  // On a phone, the platform chosen in the tabs; until then the one of the cell last used, or the first.
  const shown = [tab, active?.platform].find((p): p is Platform => p != null && platforms.includes(p)) ?? platforms[0];
  const columns = narrow && shown ? [shown] : platforms;
  // Position in the grid: column 0 is the row's link to advice, then one column per platform shown.
  const row = Math.max(0, active ? relationships.indexOf(active.relationship) : 0);
  const col = active?.platform === null ? 0 : Math.max(0, active ? columns.indexOf(active.platform) : 0) + 1;
  const hereRelationship = relationships[row];
  const herePlatform = col === 0 ? null : columns[col - 1];
  const here: Spot | null = hereRelationship && herePlatform !== undefined ? { relationship: hereRelationship, platform: herePlatform } : null;
  const reasonShown = selected && here?.platform ? { platform: here.platform, relationship: here.relationship } : null;
  const reasonKey = reasonShown ? `${reasonShown.platform}:${reasonShown.relationship}` : "";

  // The reason comes into view with its cell (the browser already scrolls the cell there).
  useEffect(() => {
    if (reasonKey) reasonRef.current?.scrollIntoView({ block: "nearest" });
  }, [reasonKey]);

  if (saved === "loading") return <div className="min-h-[36rem]" aria-busy="true" />;
  if (!saved || !profile || !shown || !here) return <NoPolicyYet />;

  // A public X or Instagram has followers, not requests: its cells read "They follow you: keep / remove".
  const followed = (platform: Platform) => PLATFORM_FACTS[platform].requestKind[profile.platforms[platform].visibility] === "follow";
  const answer = (cell: PolicyCell) => (cell.requestKind === "follow" ? tFollow(`answers.${cell.verdict}`) : tVerdict(cell.verdict));
  const answerText = (cell: PolicyCell) => (cell.requestKind === "follow" ? tFollow("cell", { answer: answer(cell) }) : answer(cell));
  const cellFor = (platform: Platform, relationship: Relationship) => cells.find((c) => c.platform === platform && c.relationship === relationship)!;
  const reasonFor = (platform: Platform, relationship: Relationship) => decide(profile, defaultRequest(platform, relationship), { baseline }).reasons;
  const cellLabel = (cell: PolicyCell) =>
    `${tName(cell.platform)}, ${tRel(cell.relationship)}: ${answerText(cell)}${cell.source === "override" ? `, ${t("changed")}` : ""}${teamNote(cell)}`;
  // "Your team suggests": marked on every cell the team's baseline names, whatever decides it now.
  const teamNote = (cell: PolicyCell) => (cell.teamVerdict === undefined ? "" : `. ${tTeam("suggestsCell", { answer: tVerdict(cell.teamVerdict) })}`);
  const teamSuggests = cells.some((c) => c.teamVerdict !== undefined);
  const changedCount = cells.filter((c) => c.source === "override").length;
  const reasonCell = reasonShown ? cellFor(reasonShown.platform, reasonShown.relationship) : null;
  const openCell = open ? cellFor(open.platform, open.relationship) : null;
  const reasonId = `${ids}-reason`;
  const panelId = `${ids}-panel`;
  const tabId = (platform: Platform) => `${ids}-tab-${platform}`;
  const isHere = (relationship: Relationship, platform: Platform | null) => here.relationship === relationship && here.platform === platform;

  const choose = (spot: Spot) => {
    setActive(spot);
    setSelected(true);
  };

  // Arrow keys, Home/End, Ctrl+Home/End and Page Up/Down move focus between cells (WAI-ARIA grid pattern).
  const onGridKey = (event: KeyboardEvent<HTMLTableElement>) => {
    const from = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>("[data-grid-pos]")?.dataset.gridPos : undefined;
    if (!from || event.altKey || event.shiftKey) return;
    const [r = 0, c = 0] = from.split(":").map(Number);
    const next = nextGridPosition({ row: r, col: c }, event, relationships.length, columns.length + 1);
    if (!next) return;
    event.preventDefault();
    gridRef.current?.querySelector<HTMLElement>(`[data-grid-pos="${next.row}:${next.col}"]`)?.focus();
  };

  // The platform tabs on a phone: arrows move round them and show that platform at once (WAI-ARIA tabs pattern).
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = platforms.indexOf(shown);
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: platforms.length - 1 };
    const move = moves[event.key];
    const next = move === undefined ? undefined : platforms[(move + platforms.length) % platforms.length];
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabsRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(next))}`)?.focus();
  };

  const table = (
    <table
      ref={gridRef}
      role="grid"
      aria-labelledby={`${ids}-caption`}
      onKeyDown={onGridKey}
      onPointerDown={() => {
        pressing.current = true;
      }}
      className="w-full border-collapse text-sm"
    >
      <caption id={`${ids}-caption`} className="sr-only">
        {t("caption")}
      </caption>
      <thead>
        <tr className="border-b border-stone-200 dark:border-stone-800">
          <th scope="col" className="p-2 text-left font-semibold md:p-3">
            {t("requester")}
          </th>
          {columns.map((platform) => (
            <th key={platform} scope="col" className="p-2 text-center text-sm font-semibold md:p-3">
              {tName(platform)}
              {followed(platform) ? <span className="block text-xs font-normal text-stone-700 dark:text-stone-300">{tFollow("column")}</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {relationships.map((relationship, r) => (
          <Fragment key={relationship}>
            <tr className="border-b border-stone-100 last:border-0 dark:border-stone-800">
              <th scope="row" aria-label={tRel(relationship)} className="p-1 text-left font-medium md:p-2">
                {/* Each row leads to advice for a request from this kind of person. */}
                <Link
                  href={`/advice?who=${relationship}`}
                  aria-label={tGrid("rowAdvice", { who: tRel(relationship) })}
                  data-grid-pos={`${r}:0`}
                  tabIndex={isHere(relationship, null) ? 0 : -1}
                  onFocus={() => choose({ relationship, platform: null })}
                  className="inline-flex min-h-11 min-w-11 items-center px-1 [overflow-wrap:break-word] hyphens-auto sm:[overflow-wrap:anywhere] underline decoration-stone-400 underline-offset-2 hover:decoration-stone-900"
                >
                  {tRel(relationship)}
                </Link>
              </th>
              {columns.map((platform, c) => {
                const cell = cellFor(platform, relationship);
                const current = isHere(relationship, platform);
                const explained = current && reasonShown !== null;
                return (
                  <td key={platform} className="relative p-1 text-center md:p-2">
                    <button
                      type="button"
                      data-cell={`${platform}:${relationship}`}
                      data-grid-pos={`${r}:${c + 1}`}
                      tabIndex={current ? 0 : -1}
                      aria-label={cellLabel(cell)}
                      aria-describedby={explained ? reasonId : undefined}
                      aria-haspopup="dialog"
                      onFocus={() => {
                        if (!pressing.current) choose({ relationship, platform });
                      }}
                      onClick={() => {
                        choose({ relationship, platform });
                        setOpen({ platform, relationship, at: performance.now() });
                      }}
                      className={`relative flex min-h-11 w-full flex-wrap items-center justify-center gap-x-2 gap-y-1 rounded-md border px-1 py-1.5 font-semibold md:px-2 ${CELL_STYLES[cell.verdict]} ${explained ? "ring-2 ring-stone-900 ring-offset-2 dark:ring-stone-100 dark:ring-offset-stone-900" : ""}`}
                    >
                      <span className="inline-flex items-center gap-1.5">
                        <VerdictIcon verdict={cell.verdict} />
                        <span>{answer(cell)}</span>
                      </span>
                      {/* A space between the verdict and the mark, as the cell's name has ("Accept (changed by you)"). */}
                      {cell.source === "override" ? (
                        <>
                          {" "}
                          <ChangedBadge />
                        </>
                      ) : null}
                      {cell.teamVerdict !== undefined ? (
                        <span className="absolute -left-1 -top-1" data-team-suggests={cell.teamVerdict}>
                          <TeamMark />
                        </span>
                      ) : null}
                    </button>
                    {explained ? (
                      // Points from the cell to its reason just below.
                      <span
                        aria-hidden="true"
                        className="absolute -bottom-2 left-1/2 z-10 size-3.5 -translate-x-1/2 rotate-45 border-l border-t border-stone-400 bg-stone-100 dark:border-stone-600 dark:bg-stone-800"
                      />
                    ) : null}
                  </td>
                );
              })}
            </tr>
            {reasonCell && reasonCell.relationship === relationship ? (
              <tr data-reason-row>
                <td colSpan={columns.length + 1} className="px-1 pb-2 sm:px-2">
                  <div
                    ref={reasonRef}
                    id={reasonId}
                    data-testid="cell-reason"
                    className="scroll-my-4 space-y-1 rounded-lg border border-stone-400 bg-stone-100 p-3 text-left dark:border-stone-600 dark:bg-stone-800"
                  >
                    <p className="font-semibold">
                      {tName(reasonCell.platform)} · {tRel(reasonCell.relationship)}: {answerText(reasonCell)}
                      {reasonCell.source === "override" ? ` (${t("changed")})` : ""}
                    </p>
                    {reasonCell.teamVerdict !== undefined ? <p>{tTeam("suggestsCell", { answer: tVerdict(reasonCell.teamVerdict) })}</p> : null}
                    <ul className="space-y-1">
                      {reasonFor(reasonCell.platform, reasonCell.relationship).map((reason, i) => (
                        <li key={i}>
                          <span className="font-semibold">{tPrinciple(reason.principle)}</span>: {reason.text}
                        </li>
                      ))}
                    </ul>
                  </div>
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );

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
          <ChangedBadge />
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
      {/* No keyboard talk on a touch screen: each gets the hint for how it is used. */}
      <p className="text-sm text-stone-700 pointer-coarse:hidden dark:text-stone-300">{t("focusHint")}</p>
      <p className="hidden text-sm text-stone-700 pointer-coarse:block dark:text-stone-300">{tGrid("touchHint")}</p>

      {/* The same elements in both layouts, so a change of width (a phone turned) keeps focus where it is. */}
      <div className="space-y-3">
        {narrow ? (
          <div
            ref={tabsRef}
            role="tablist"
            aria-label={tGrid("platformTabs")}
            onKeyDown={onTabKey}
            className="flex flex-wrap gap-1 rounded-xl bg-stone-200 p-1 dark:bg-stone-800"
          >
            {platforms.map((platform) => (
              <button
                key={platform}
                type="button"
                role="tab"
                id={tabId(platform)}
                aria-selected={platform === shown}
                aria-controls={panelId}
                tabIndex={platform === shown ? 0 : -1}
                onClick={() => setTab(platform)}
                className="min-h-11 min-w-[calc(50%-0.25rem)] flex-1 rounded-lg px-2 text-sm font-semibold text-stone-800 aria-selected:bg-white aria-selected:text-stone-950 aria-selected:shadow min-[420px]:min-w-0 dark:text-stone-200 dark:aria-selected:bg-stone-950 dark:aria-selected:text-white"
              >
                {tName(platform)}
              </button>
            ))}
          </div>
        ) : null}
        <div
          role={narrow ? "tabpanel" : undefined}
          id={panelId}
          aria-labelledby={narrow ? tabId(shown) : undefined}
          className="rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900"
        >
          {table}
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-stone-700 dark:text-stone-300">{t("changedCount", { count: changedCount })}</p>
        {changedCount > 0 ? (
          <button
            type="button"
            onClick={() => resetOverrides(saved.state, saved.profile)}
            className="min-h-11 rounded-md border border-stone-400 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            {tGrid("resetAll")}
          </button>
        ) : null}
      </div>

      {openCell ? (
        <CellDialog
          key={open?.at}
          cell={openCell}
          profession={profile.profession}
          reasons={reasonFor(openCell.platform, openCell.relationship)}
          hasLinkedin={profile.platforms.linkedin.persona !== "absent"}
          onChange={(verdict) => setOverride(saved.state, saved.profile, openCell.platform, openCell.relationship, verdict)}
          onClose={() => {
            const target = gridRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${openCell.platform}:${openCell.relationship}"]`);
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

/** A changed cell's mark: a pencil and a word, not a colour alone. */
function ChangedBadge() {
  const t = useTranslations("policy");
  return (
    <span
      data-changed
      className="inline-flex items-center gap-1 rounded-full border border-amber-700 bg-amber-100 px-1.5 py-px text-xs font-semibold text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
    >
      {/* A pencil, drawn: no character in the text, so the cell's visible words stay its name's words. */}
      <svg viewBox="0 0 12 12" className="size-3" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
        <path d="M8 1.8l2.2 2.2L4 10.2 1.5 10.5 1.8 8z" strokeLinejoin="round" />
        <path d="M6.8 3l2.2 2.2" />
      </svg>
      {/* The same words as the cell's accessible name, so what is seen is what is heard. */}
      <span className="inline-block first-letter:uppercase">{t("changed")}</span>
    </span>
  );
}
