"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { NoPolicyYet } from "@/components/empty-state";
import { AdviceForm, type AdviceInput } from "@/components/advice/advice-form";
import { DecisionCard } from "@/components/advice/decision-card";
import { InviteOffer } from "@/components/invite/invite-offer";
import { HistoryPersonFields, readAdvicePrefill, RecordDecision, type HistoryPerson } from "@/components/history/record-decision";
import { Toaster } from "@/components/toaster";
import { useSavedProfile } from "@/lib/client/saved-profile";
import { decide, PLATFORMS, ZConnectionRequest, type Language, type Profile } from "@/lib/engine";

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
  // "We've met" on the history screen opens this screen with the person filled in.
  const [prefill] = useState(() => readAdvicePrefill(window.location.search));
  const [input, setInput] = useState<AdviceInput>(() => ({
    platform: prefill.platform && profile.platforms[prefill.platform].persona !== "absent" ? prefill.platform : firstPlatform(profile),
    relationship: prefill.relationship ?? "client",
    met: prefill.met ?? "in_person",
    rapport: false,
    note: false,
    commonGround: false,
    mutualConnections: "none",
    redFlags: [],
    requesterName: prefill.requesterName ?? "",
    metAt: "",
  }));
  const [person, setPerson] = useState<HistoryPerson>(prefill.person);
  const [copied, setCopied] = useState<{ text: string } | null>(null);
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
  const decision = decide({ ...profile, language: locale }, request, { templateLanguage });

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <div className="space-y-6">
        <AdviceForm profile={profile} value={input} errors={errors} onChange={setInput} />
        <HistoryPersonFields value={person} onChange={setPerson} />
      </div>
      <div className="lg:sticky lg:top-4">
        <DecisionCard
          decision={decision}
          platform={input.platform}
          templateLanguage={templateLanguage}
          onTemplateLanguage={setTemplateLanguage}
          onCopied={(text) => setCopied({ text })}
        />
        <RecordDecision
          decision={decision}
          platform={input.platform}
          relationship={input.relationship}
          met={input.met}
          greetingName={request.requesterName ?? ""}
          person={person}
          copied={copied}
        />
        {decision.verdict === "redirect" ? (
          <InviteOffer relationship={input.relationship} name={request.requesterName} metAt={request.metAt} met={input.met} />
        ) : null}
      </div>
    </div>
  );
}
