"use client";

import { useTranslations } from "next-intl";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { hasDutyOfCare, type Draft } from "@/lib/client/kindly-store";
import { normaliseLinkedinUrl } from "@/lib/client/profile-links";
import { PLATFORM_FACTS, PLATFORMS } from "@/lib/engine/platforms";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { STEPS, type ReviewError } from "@/lib/questionnaire";

export function ReviewStep({
  draft,
  error,
  onEdit,
  onChange,
}: {
  draft: Draft;
  error: ReviewError | null;
  onEdit: (step: number) => void;
  onChange: (draft: Draft) => void;
}) {
  const tAsk = useTranslations("questionnaireSteps");
  const t = useTranslations("questionnaire.review");
  const tAbout = useTranslations("questionnaire.about");
  const tPlatform = useTranslations("questionnaire.platform");
  const tName = usePlatformLabel();
  const tLang = useTranslations("languages");

  const editButton = (step: number, what: string) => (
    <button type="button" onClick={() => onEdit(step)} className="text-sm font-semibold underline underline-offset-2">
      {t("edit")}
      <span className="sr-only"> {what}</span>
    </button>
  );

  return (
    <div className="space-y-5">
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      {error ? (
        <p
          role="alert"
          className="rounded-lg border border-red-700 bg-red-50 p-3 font-medium text-red-800 dark:border-red-400 dark:bg-red-950 dark:text-red-200"
        >
          {t(`errors.${error}`)}
        </p>
      ) : null}
      <section className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
        <div className="flex items-center justify-between gap-3">
          <h3 className="font-semibold">{t("aboutYou")}</h3>
          {editButton(STEPS.indexOf("about"), t("aboutYou"))}
        </div>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <Row term={tAbout("displayName")} value={draft.displayName.trim() || t("notGiven")} />
          <Row term={tAbout("language")} value={tLang(draft.language)} />
          <Row term={tAbout("networkingStyle")} value={tAbout(`styles.${draft.networkingStyle}.label`)} />
          <Row term={tAbout("creativeField")} value={draft.creativeField ? t("yes") : t("no")} />
          <Row term={tAbout("jobSeeking")} value={draft.jobSeeking ? t("yes") : t("no")} />
          <Row term={tAbout("linkedinUrl")} value={draft.linkedinUrl.trim() ? normaliseLinkedinUrl(draft.linkedinUrl) : t("notGiven")} />
          <Row term={tAbout("work.profession")} value={tAbout(`work.professions.${draft.profession}.label`)} />
          {hasDutyOfCare(draft.profession) ? <Row term={tAbout("work.practiceUrl")} value={draft.practiceUrl.trim() || t("notGiven")} /> : null}
        </dl>
      </section>
      <section className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
        <h3 className="font-semibold">{t("platforms")}</h3>
        <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-800">
          {PLATFORMS.map((platform) => {
            const settings = draft.platforms[platform];
            // Not answered yet: asked here, so nothing is saved as "not used" that the person never said.
            if (settings.persona === null) {
              return (
                <li key={platform} className="py-2 text-sm">
                  <ChoiceGroup
                    name={`${platform}-review-used`}
                    legend={tPlatform("onIt", { platform })}
                    description={tAsk("unanswered")}
                    columns={2}
                    value={null}
                    onChange={(value) =>
                      onChange({
                        ...draft,
                        platforms: {
                          ...draft.platforms,
                          [platform]: { ...settings, persona: value === "yes" ? PLATFORM_FACTS[platform].defaultPersona : "absent" },
                        },
                      })
                    }
                    choices={[
                      { value: "yes", label: tPlatform("yes") },
                      { value: "no", label: tPlatform("no") },
                    ]}
                  />
                </li>
              );
            }
            const summary =
              settings.persona === "absent"
                ? t("notUsed")
                : PLATFORM_FACTS[platform].asksVisibility
                  ? `${tPlatform(`personas.${settings.persona}.label`)} · ${tPlatform(`visibilities.${settings.visibility}.label`)}`
                  : tPlatform(`personas.${settings.persona}.label`);
            return (
              <li key={platform} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span>
                  <span className="font-medium">{tName(platform)}</span>: {summary}
                </span>
                {editButton(STEPS.indexOf(platform), tName(platform))}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-stone-600 dark:text-stone-400">{term}</dt>
      <dd className="break-words font-medium">{value}</dd>
    </div>
  );
}
