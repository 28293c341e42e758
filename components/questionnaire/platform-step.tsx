"use client";

import { useTranslations } from "next-intl";

import { ChoiceGroup } from "@/components/ui/choice-group";
import type { Draft } from "@/lib/client/kindly-store";
import type { Persona, Platform } from "@/lib/engine/vocabulary";

type UsedPersona = Exclude<Persona, "absent">;
const PERSONA_CHOICES: UsedPersona[] = ["civilian", "professional", "mixed"];
// Public or private matters where the platform lets anyone follow a public account.
const ASKS_VISIBILITY: Record<Platform, boolean> = { linkedin: false, x: true, facebook: false, instagram: true };
const DEFAULT_PERSONA: Record<Platform, UsedPersona> = { linkedin: "professional", x: "civilian", facebook: "civilian", instagram: "civilian" };

export function PlatformStep({ platform, draft, onChange }: { platform: Platform; draft: Draft; onChange: (draft: Draft) => void }) {
  const t = useTranslations("questionnaire.platform");
  const tName = useTranslations("questionnaire.platformNames");
  const settings = draft.platforms[platform];
  const onIt = settings.persona !== "absent";
  const name = tName(platform);
  const set = (patch: Partial<typeof settings>) =>
    onChange({ ...draft, platforms: { ...draft.platforms, [platform]: { ...settings, ...patch } } });

  return (
    <div className="space-y-6">
      <ChoiceGroup
        name={`${platform}-used`}
        legend={t("onIt", { platform: name })}
        columns={2}
        value={onIt ? "yes" : "no"}
        onChange={(value) => set({ persona: value === "yes" ? DEFAULT_PERSONA[platform] : "absent" })}
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
      {onIt && ASKS_VISIBILITY[platform] ? (
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
