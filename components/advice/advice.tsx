"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { NoPolicyYet } from "@/components/empty-state";
import { AdviceForm, type AdviceInput } from "@/components/advice/advice-form";
import { DecisionCard } from "@/components/advice/decision-card";
import { Toaster } from "@/components/toaster";
import { useSavedProfile } from "@/lib/client/saved-profile";
import { decide, PLATFORMS, ZConnectionRequest, type Language, type Profile } from "@/lib/engine";
import { useTeamBaseline } from "@/lib/client/team-baseline";

function firstPlatform(profile: Profile) {
  return PLATFORMS.find((p) => profile.platforms[p].persona !== "absent") ?? "linkedin";
}

export function Advice() {
  const saved = useSavedProfile();
  if (saved === "loading") return <div className="min-h-[40rem]" aria-busy="true" />;
  if (!saved) return <NoPolicyYet />;
  return (
    <>
      <AdviceWithProfile profile={saved.profile} />
      <Toaster />
    </>
  );
}

function AdviceWithProfile({ profile }: { profile: Profile }) {
  const locale = useLocale() as Language;
  const t = useTranslations("advice");
  const baseline = useTeamBaseline();
  const [input, setInput] = useState<AdviceInput>(() => ({
    platform: firstPlatform(profile),
    relationship: "client",
    met: "in_person",
    rapport: false,
    note: false,
    commonGround: false,
    mutualConnections: "none",
    redFlags: [],
    requesterName: "",
    metAt: "",
  }));
  const [templateLanguage, setTemplateLanguage] = useState<Language>(profile.language);

  // Names are validated with the engine's schema; a bad one is flagged and left out, never sent through.
  const nameCheck = ZConnectionRequest.shape.requesterName.safeParse(input.requesterName || undefined);
  const metAtCheck = ZConnectionRequest.shape.metAt.safeParse(input.metAt || undefined);
  const errors = {
    requesterName: nameCheck.success ? null : t("errors.tooLong", { max: 80 }),
    metAt: metAtCheck.success ? null : t("errors.tooLong", { max: 120 }),
  };
  const request = {
    platform: input.platform,
    relationship: input.relationship,
    met: input.met,
    rapport: input.rapport,
    note: input.note,
    commonGround: input.commonGround,
    mutualConnections: input.mutualConnections,
    redFlags: input.redFlags,
    ...(nameCheck.success && nameCheck.data ? { requesterName: nameCheck.data } : {}),
    ...(metAtCheck.success && metAtCheck.data ? { metAt: metAtCheck.data } : {}),
  };
  // The same engine as the server, run here on every change: no round trip.
  const decision = decide({ ...profile, language: locale }, request, { templateLanguage, baseline });

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <AdviceForm profile={profile} value={input} errors={errors} onChange={setInput} />
      <div className="lg:sticky lg:top-4">
        <DecisionCard decision={decision} platform={input.platform} templateLanguage={templateLanguage} onTemplateLanguage={setTemplateLanguage} />
      </div>
    </div>
  );
}
