"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { AboutStep } from "@/components/questionnaire/about-step";
import { PlatformStep } from "@/components/questionnaire/platform-step";
import { ReviewStep } from "@/components/questionnaire/review-step";
import { ProgressBar } from "@/components/ui/progress-bar";
import { emptyDraft, saveProfile, useStoredState, writeState, type Draft, type StoredState } from "@/lib/client/kindly-store";
import type { Language } from "@/lib/engine/vocabulary";
import { useRouter } from "@/lib/i18n/locale-links";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { draftToProfile, isPlatformStep, returnPath, stepFromSearch, STEPS, validateAbout, type AboutErrors, type ReviewError } from "@/lib/questionnaire";

/** The address of a step, keeping the rest of the query (where to return after saving). */
function stepHref(index: number) {
  const params = new URLSearchParams(window.location.search);
  params.set("step", STEPS[index]!);
  return `${window.location.pathname}?${params.toString()}`;
}

export function Questionnaire() {
  const t = useTranslations("questionnaire");
  const platformLabel = usePlatformLabel();
  const locale = useLocale() as Language;
  const stored = useStoredState();
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [aboutErrors, setAboutErrors] = useState<AboutErrors>({});
  const [reviewError, setReviewError] = useState<ReviewError | null>(null);
  const [moved, setMoved] = useState(false);
  // Each step has its own address (?step=facebook), so the browser's back and forward move between steps.
  const [urlStep, setUrlStep] = useState<number | null>(null);
  useEffect(() => {
    const read = () => setUrlStep(stepFromSearch(window.location.search));
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);

  // Until the storage is read, the first step of a fresh questionnaire is rendered (and, in the server's
  // HTML, shown to a browser without a draft), so nothing changes on screen when the storage turns out empty.
  // It stays inert until then: nothing typed or clicked can be lost, or written over a stored draft.
  const loading = stored === "loading";
  const stepIndex = loading ? 0 : Math.min(Math.max(urlStep ?? stored?.step ?? 0, 0), STEPS.length - 1);
  // The first address names the step shown, so that going back to it later shows the same step.
  useEffect(() => {
    if (!loading && urlStep === null) window.history.replaceState(window.history.state, "", stepHref(stepIndex));
  }, [loading, urlStep, stepIndex]);
  // Focus the new step's heading after Back/Next, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (moved) headingRef.current?.focus();
  }, [stepIndex, moved]);

  const state: StoredState = (loading ? null : stored) ?? { draft: emptyDraft(locale), step: 0, profile: null };
  const step = STEPS[stepIndex]!;

  const update = (draft: Draft) => {
    writeState({ ...state, draft });
    if (step === "about" && Object.keys(aboutErrors).length) void validateAbout(draft).then(setAboutErrors);
    setReviewError(null);
  };
  const goTo = (index: number) => {
    setMoved(true);
    writeState({ ...state, step: index });
    window.history.pushState(window.history.state, "", stepHref(index));
    setUrlStep(index);
  };
  const next = async () => {
    if (step === "about") {
      const errors = await validateAbout(state.draft);
      setAboutErrors(errors);
      if (Object.keys(errors).length) return;
    }
    goTo(stepIndex + 1);
  };
  const save = async () => {
    const result = await draftToProfile(state.draft, state.profile);
    if (!result.ok) return setReviewError(result.error);
    saveProfile(state, result.profile, { step: 0 });
    // Back where the person came from (the advice they were after), or to the new policy.
    router.push(returnPath(window.location.search));
  };

  return (
    <>
      {loading && <div className="questionnaire-pending min-h-[32rem]" aria-busy="true" />}
      <div className={loading ? "questionnaire-fresh space-y-6" : "space-y-6"} inert={loading}>
        <ProgressBar value={stepIndex + 1} max={STEPS.length} label={t("progress", { current: stepIndex + 1, total: STEPS.length })} />
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void (step === "review" ? save() : next());
          }}
          className="space-y-6"
        >
          <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
            {step === "about" || step === "review" ? t(`${step}.title`) : t("platform.title", { platform: platformLabel(step) })}
          </h2>

          {step === "about" ? <AboutStep draft={state.draft} errors={aboutErrors} onChange={update} /> : null}
          {isPlatformStep(step) ? <PlatformStep platform={step} draft={state.draft} onChange={update} /> : null}
          {step === "review" ? <ReviewStep draft={state.draft} error={reviewError} onEdit={goTo} onChange={update} /> : null}

          <div className="flex flex-wrap items-center justify-between gap-3 border-t border-stone-200 pt-5 dark:border-stone-800">
            <button
              type="button"
              onClick={() => goTo(stepIndex - 1)}
              disabled={stepIndex === 0}
              className="rounded-lg border border-stone-300 px-5 py-2.5 font-semibold hover:bg-stone-100 disabled:invisible dark:border-stone-700 dark:hover:bg-stone-800"
            >
              {t("back")}
            </button>
            <button
              type="submit"
              className="rounded-lg bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
            >
              {step === "review" ? t("save") : t("next")}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
