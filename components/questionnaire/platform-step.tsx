"use client";

import { useTranslations } from "next-intl";

import { ChoiceGroup } from "@/components/ui/choice-group";
import type { Draft } from "@/lib/client/kindly-store";
import { PLATFORM_FACTS, type Platform } from "@/lib/engine/platforms";
import type { Persona } from "@/lib/engine/vocabulary";
import { usePlatformLabel } from "@/lib/i18n/platform-label";

type UsedPersona = Exclude<Persona, "absent">;
const PERSONA_CHOICES: UsedPersona[] = ["civilian", "professional", "mixed"];

export function PlatformStep({ platform, draft, onChange }: { platform: Platform; draft: Draft; onChange: (draft: Draft) => void }) {
  const t = useTranslations("questionnaire.platform");
  const tName = usePlatformLabel();
  // Which persona is preselected, and whether to ask public or private, are the platform's facts.
  const { asksVisibility, defaultPersona } = PLATFORM_FACTS[platform];
  const settings = draft.platforms[platform];
  // Unanswered (null) until the person chooses: nothing is preset to "No".
  const onIt = settings.persona !== "absent" && settings.persona !== null;
  const name = tName(platform);
  const set = (patch: Partial<typeof settings>) => onChange({ ...draft, platforms: { ...draft.platforms, [platform]: { ...settings, ...patch } } });

  return (
    <div className="space-y-6">
      <ChoiceGroup
        name={`${platform}-used`}
        legend={t("onIt", { platform })}
        columns={2}
        value={settings.persona === null ? null : onIt ? "yes" : "no"}
        onChange={(value) => set({ persona: value === "yes" ? defaultPersona : "absent" })}
        choices={[
          { value: "yes", label: t("yes") },
          { value: "no", label: t("no") },
        ]}
      />
      {onIt ? (
        <ChoiceGroup
          name={`${platform}-persona`}
          legend={t("persona", { platform: name })}
          value={settings.persona as UsedPersona}
          onChange={(persona) => set({ persona })}
          choices={PERSONA_CHOICES.map((value) => ({ value, label: t(`personas.${value}.label`), hint: t(`personas.${value}.hint`) }))}
        />
      ) : null}
      {onIt && asksVisibility ? (
        <ChoiceGroup
          name={`${platform}-visibility`}
          legend={t("visibility")}
          columns={2}
          value={settings.visibility}
          onChange={(visibility) => set({ visibility })}
          choices={(["public", "private"] as const).map((value) => ({ value, label: t(`visibilities.${value}.label`), hint: t(`visibilities.${value}.hint`) }))}
        />
      ) : null}
    </div>
  );
}
