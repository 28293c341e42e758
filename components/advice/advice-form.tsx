"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

import { CheckField } from "@/components/ui/check-field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import {
  MET_VALUES,
  MUTUAL_LEVELS,
  PLATFORM_FACTS,
  PLATFORMS,
  RED_FLAGS,
  relationshipsFor,
  type Met,
  type MutualLevel,
  type Platform,
  type Profile,
  type RedFlag,
  type Relationship,
} from "@/lib/engine";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { useRelationshipLabel } from "@/lib/i18n/relationship-label";

export type AdviceInput = {
  platform: Platform;
  relationship: Relationship;
  met: Met;
  rapport: boolean;
  note: boolean;
  commonGround: boolean;
  mutualConnections: MutualLevel;
  redFlags: RedFlag[];
  requesterName: string;
  metAt: string;
};

export function AdviceForm({
  profile,
  value,
  errors,
  onChange,
}: {
  profile: Profile;
  value: AdviceInput;
  errors: { requesterName: string | null; metAt: string | null };
  onChange: (value: AdviceInput) => void;
}) {
  const t = useTranslations("advice.form");
  const tRel = useRelationshipLabel(profile.profession);
  const tName = usePlatformLabel();
  const relationshipId = useId();
  const set = (patch: Partial<AdviceInput>) => onChange({ ...value, ...patch });
  const used = PLATFORMS.filter((p) => profile.platforms[p].persona !== "absent");
  // The new relationships only where the person's duty of care concerns them (contract v2).
  const relationships = relationshipsFor(profile.profession);
  // On a public X or Instagram nobody asks: they follow you, and a message is just a message.
  const follow = PLATFORM_FACTS[value.platform].requestKind[profile.platforms[value.platform].visibility] === "follow";

  return (
    <form className="space-y-6" onSubmit={(event) => event.preventDefault()} aria-label={t("label")}>
      <ChoiceGroup
        name="platform"
        legend={t("platform")}
        columns={used.length >= 4 ? 4 : used.length === 3 ? 3 : 2}
        value={value.platform}
        onChange={(platform) => set({ platform })}
        choices={used.map((p) => ({ value: p, label: tName(p) }))}
      />
      <div className="space-y-1">
        <label htmlFor={relationshipId} className="block font-semibold">
          {t("relationship")}
        </label>
        <select
          id={relationshipId}
          name="relationship"
          value={value.relationship}
          onChange={(event) => set({ relationship: event.target.value as Relationship })}
          className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
        >
          {relationships.map((r) => (
            <option key={r} value={r}>
              {tRel(r)}
            </option>
          ))}
        </select>
      </div>
      <ChoiceGroup
        name="met"
        legend={t("met")}
        columns={2}
        value={value.met}
        onChange={(met) => set({ met })}
        choices={MET_VALUES.map((m) => ({ value: m, label: t(`metValues.${m}`) }))}
      />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("context")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          <CheckField name="rapport" label={t("rapport")} checked={value.rapport} onChange={(rapport) => set({ rapport })} />
          <CheckField name="note" label={follow ? t("noteFollow") : t("note")} checked={value.note} onChange={(note) => set({ note })} />
          <CheckField name="commonGround" label={t("commonGround")} checked={value.commonGround} onChange={(commonGround) => set({ commonGround })} />
        </div>
      </fieldset>
      <ChoiceGroup
        name="mutualConnections"
        legend={t("mutual")}
        columns={3}
        value={value.mutualConnections}
        onChange={(mutualConnections) => set({ mutualConnections })}
        choices={MUTUAL_LEVELS.map((m) => ({ value: m, label: t(`mutualValues.${m}`) }))}
      />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("redFlags")}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {RED_FLAGS.map((flag) => (
            <CheckField
              key={flag}
              name={`redFlag-${flag}`}
              label={t(`redFlagValues.${flag}`)}
              checked={value.redFlags.includes(flag)}
              onChange={(checked) =>
                set({ redFlags: checked ? RED_FLAGS.filter((f) => f === flag || value.redFlags.includes(f)) : value.redFlags.filter((f) => f !== flag) })
              }
            />
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="requesterName"
          label={t("requesterName")}
          hint={t("requesterNameHint")}
          value={value.requesterName}
          autoComplete="off"
          maxLength={200}
          error={errors.requesterName}
          onChange={(requesterName) => set({ requesterName })}
        />
        <TextField
          name="metAt"
          label={t("metAt")}
          hint={t("metAtHint")}
          value={value.metAt}
          autoComplete="off"
          maxLength={300}
          error={errors.metAt}
          onChange={(metAt) => set({ metAt })}
        />
      </div>
    </form>
  );
}
