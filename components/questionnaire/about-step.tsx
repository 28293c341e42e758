"use client";

import { useTranslations } from "next-intl";

import { CheckField } from "@/components/ui/check-field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { hasDutyOfCare, withLinkedinUrl, withProfession, type Draft } from "@/lib/client/kindly-store";
import { LANGUAGES, NETWORKING_STYLES, PROFESSIONS } from "@/lib/engine/vocabulary";
import type { AboutErrors } from "@/lib/questionnaire";

export function AboutStep({ draft, errors, onChange }: { draft: Draft; errors: AboutErrors; onChange: (draft: Draft) => void }) {
  const t = useTranslations("questionnaire.about");
  const tLang = useTranslations("languages");
  const tErr = useTranslations("questionnaire.errors");

  return (
    <div className="space-y-6">
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <TextField
        name="displayName"
        label={t("displayName")}
        hint={t("displayNameHint")}
        value={draft.displayName}
        autoComplete="given-name"
        maxLength={80}
        error={errors.displayName ? tErr(errors.displayName) : null}
        onChange={(displayName) => onChange({ ...draft, displayName })}
      />
      <ChoiceGroup
        name="language"
        legend={t("language")}
        description={t("languageHint")}
        columns={3}
        value={draft.language}
        onChange={(language) => onChange({ ...draft, language })}
        choices={LANGUAGES.map((value) => ({ value, label: tLang(value) }))}
      />
      <section aria-labelledby="your-work" className="space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
        <h3 id="your-work" className="text-lg font-semibold">
          {t("work.title")}
        </h3>
        <ChoiceGroup
          name="profession"
          legend={t("work.profession")}
          description={t("work.professionHint")}
          columns={2}
          value={draft.profession}
          onChange={(profession) => onChange(withProfession(draft, profession))}
          choices={PROFESSIONS.map((value) => ({ value, label: t(`work.professions.${value}.label`), hint: t(`work.professions.${value}.hint`) }))}
        />
        {hasDutyOfCare(draft.profession) ? (
          <TextField
            name="practiceUrl"
            type="url"
            label={t("work.practiceUrl")}
            hint={t("work.practiceUrlHint")}
            placeholder="https://…"
            value={draft.practiceUrl}
            autoComplete="url"
            maxLength={300}
            error={errors.practiceUrl ? tErr(errors.practiceUrl) : null}
            onChange={(practiceUrl) => onChange({ ...draft, practiceUrl })}
          />
        ) : null}
      </section>
      <ChoiceGroup
        name="networkingStyle"
        legend={t("networkingStyle")}
        columns={2}
        value={draft.networkingStyle}
        onChange={(networkingStyle) => onChange({ ...draft, networkingStyle })}
        choices={NETWORKING_STYLES.map((value) => ({ value, label: t(`styles.${value}.label`), hint: t(`styles.${value}.hint`) }))}
      />
      <div className="grid gap-2 sm:grid-cols-2">
        <CheckField
          name="creativeField"
          label={t("creativeField")}
          hint={t("creativeFieldHint")}
          checked={draft.creativeField}
          onChange={(creativeField) => onChange({ ...draft, creativeField })}
        />
        <CheckField
          name="jobSeeking"
          label={t("jobSeeking")}
          hint={t("jobSeekingHint")}
          checked={draft.jobSeeking}
          onChange={(jobSeeking) => onChange({ ...draft, jobSeeking })}
        />
      </div>
      <TextField
        name="linkedinUrl"
        type="url"
        label={t("linkedinUrl")}
        hint={t("linkedinUrlHint")}
        placeholder="https://www.linkedin.com/in/…"
        value={draft.linkedinUrl}
        autoComplete="url"
        // Longer than the profile address itself may be: a pasted link's tracking query is dropped when it is normalised.
        maxLength={300}
        error={errors.linkedinUrl ? tErr(errors.linkedinUrl) : null}
        onChange={(linkedinUrl) => onChange(withLinkedinUrl(draft, linkedinUrl))}
      />
    </div>
  );
}
