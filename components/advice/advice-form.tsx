"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { CheckField } from "@/components/ui/check-field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import type { AdviceChoices } from "@/lib/client/advice-url";
import type { StoredState } from "@/lib/client/kindly-store";
import { platformFromLink } from "@/lib/client/profile-links";
import { PROFILE_LINK_MAX } from "@/lib/history/schema";
import { keepQuickAnswer, validLinkedinUrl } from "@/lib/client/quick-answers";
import {
  MET_VALUES,
  MUTUAL_LEVELS,
  PLATFORM_FACTS,
  PLATFORMS,
  RED_FLAGS,
  relationshipsFor,
  type Persona,
  type Platform,
  type Profile,
  type Relationship,
} from "@/lib/engine";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { useRelationshipLabel } from "@/lib/i18n/relationship-label";

export type AdviceInput = AdviceChoices & { requesterName: string; metAt: string };

type UsedPersona = Exclude<Persona, "absent">;
const PERSONA_CHOICES: UsedPersona[] = ["civilian", "professional", "mixed"];

/** Whether Kindly still needs to hear about the person's own LinkedIn (to point work contacts there). */
function needsLinkedin(state: StoredState, profile: Profile) {
  return state.draft.platforms.linkedin.persona === null || (profile.platforms.linkedin.persona !== "absent" && !profile.linkedinUrl);
}

export function AdviceForm({
  profile,
  state,
  saved,
  value,
  errors,
  showMetAt,
  onChange,
  profileLink,
  profileLinkError,
  onProfileLink,
}: {
  profile: Profile;
  state: StoredState;
  saved: Profile | null;
  value: AdviceInput;
  errors: { requesterName: string | null; metAt: string | null };
  showMetAt: boolean;
  onChange: (value: AdviceInput) => void;
  /** Their profile link: picks the platform here and is what the history records (never in the address). */
  profileLink: string;
  profileLinkError: string | null;
  onProfileLink: (link: string) => void;
}) {
  const t = useTranslations("advice.form");
  const tQuick = useTranslations("quickAdvice");
  const tPlatform = useTranslations("questionnaire.platform");
  const tRel = useRelationshipLabel(profile.profession);
  const tName = usePlatformLabel();
  const relationshipId = useId();
  const set = (patch: Partial<AdviceInput>) => onChange({ ...value, ...patch });
  // The questions about the person themselves stay on screen once asked, so an answer can be changed.
  const [askedPersona, setAskedPersona] = useState<Platform[]>(() =>
    value.platform && profile.platforms[value.platform].persona === "absent" ? [value.platform] : [],
  );
  const [askLinkedin] = useState(() => needsLinkedin(state, profile));
  const [linkedinTyped, setLinkedinTyped] = useState(state.draft.linkedinUrl);
  const [linkedinTouched, setLinkedinTouched] = useState(false);
  const relationships = relationshipsFor(profile.profession);
  const platform = value.platform;
  const follow = platform !== null && PLATFORM_FACTS[platform].requestKind[profile.platforms[platform].visibility] === "follow";
  const choosePlatform = (next: Platform) => {
    if (profile.platforms[next].persona === "absent" && !askedPersona.includes(next)) setAskedPersona([...askedPersona, next]);
    set({ platform: next });
  };
  const linkedinError = linkedinTouched && linkedinTyped.trim() && !validLinkedinUrl(linkedinTyped) ? tQuick("linkedinInvalid") : null;
  // Anything chosen under "More context" opens it, so nothing that counts is hidden.
  const [contextOpen] = useState(
    () => value.met !== "in_person" || value.rapport || value.note || value.commonGround || value.mutualConnections !== "none" || value.redFlags.length > 0,
  );

  return (
    <form className="space-y-6" onSubmit={(event) => event.preventDefault()} aria-label={t("label")}>
      <ChoiceGroup
        name="platform"
        legend={t("platform")}
        columns={2}
        value={platform}
        onChange={choosePlatform}
        choices={PLATFORMS.map((p) => ({ value: p, label: tName(p) }))}
      />
      <TextField
        name="profileLink"
        type="url"
        label={tQuick("profileLink")}
        hint={tQuick("profileLinkHint")}
        value={profileLink}
        autoComplete="off"
        maxLength={PROFILE_LINK_MAX * 2}
        error={profileLinkError}
        onChange={(link) => {
          onProfileLink(link);
          const found = platformFromLink(link);
          if (found && found !== platform) choosePlatform(found);
        }}
      />
      {platform && askedPersona.includes(platform) ? (
        <ChoiceGroup
          name={`${platform}-persona`}
          legend={tQuick("persona", { platform: tName(platform) })}
          description={tQuick("personaHint")}
          value={profile.platforms[platform].persona === "absent" ? null : (profile.platforms[platform].persona as UsedPersona)}
          onChange={(persona) => keepQuickAnswer(state, saved, { kind: "persona", platform, persona })}
          choices={PERSONA_CHOICES.map((p) => ({ value: p, label: tPlatform(`personas.${p}.label`), hint: tPlatform(`personas.${p}.hint`) }))}
        />
      ) : null}
      <div className="space-y-1">
        <label htmlFor={relationshipId} className="block font-semibold">
          {t("relationship")}
        </label>
        <select
          id={relationshipId}
          name="relationship"
          value={value.relationship ?? ""}
          onChange={(event) => set({ relationship: (event.target.value || null) as Relationship | null })}
          className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
        >
          <option value="">{tQuick("chooseWho")}</option>
          {relationships.map((r) => (
            <option key={r} value={r}>
              {tRel(r)}
            </option>
          ))}
        </select>
      </div>
      {askLinkedin && platform !== "linkedin" ? (
        <fieldset className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
          <legend className="px-1 font-semibold">{tQuick("linkedinLegend")}</legend>
          <TextField
            name="linkedinUrl"
            type="url"
            label={tQuick("linkedinUrl")}
            hint={tQuick("linkedinUrlHint")}
            placeholder="linkedin.com/in/…"
            value={linkedinTyped}
            autoComplete="url"
            maxLength={300}
            error={linkedinError}
            onBlur={() => setLinkedinTouched(true)}
            onChange={(url) => {
              setLinkedinTyped(url);
              keepQuickAnswer(state, saved, { kind: "linkedinUrl", url });
            }}
          />
          <CheckField
            name="noLinkedin"
            label={tQuick("noLinkedin")}
            checked={state.draft.platforms.linkedin.persona === "absent"}
            onChange={(checked) => {
              if (checked) {
                setLinkedinTyped("");
                keepQuickAnswer(state, saved, { kind: "noLinkedin" });
              } else keepQuickAnswer(state, saved, { kind: "linkedinUrl", url: linkedinTyped });
            }}
          />
        </fieldset>
      ) : null}

      <details className="group rounded-xl border border-stone-200 p-4 dark:border-stone-800" open={contextOpen}>
        <summary className="cursor-pointer font-semibold">{tQuick("moreContext")}</summary>
        <div className="mt-4 space-y-6">
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
              maxLength={80}
              error={errors.requesterName}
              onChange={(requesterName) => set({ requesterName })}
            />
            {showMetAt ? (
              <TextField
                name="metAt"
                label={t("metAt")}
                hint={t("metAtHint")}
                value={value.metAt}
                autoComplete="off"
                maxLength={120}
                error={errors.metAt}
                onChange={(metAt) => set({ metAt })}
              />
            ) : null}
          </div>
        </div>
      </details>
    </form>
  );
}
