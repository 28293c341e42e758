"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";

import { AdviceForm, type AdviceInput } from "@/components/advice/advice-form";
import { DecisionCard } from "@/components/advice/decision-card";
import { InviteOffer } from "@/components/invite/invite-offer";
import { PhoneSummary } from "@/components/advice/phone-summary";
import {
  forgetAdvicePerson,
  HistoryNameField,
  profileLinkOk,
  RecordDecision,
  takeAdvicePerson,
  type HistoryPerson,
} from "@/components/history/record-decision";
import { SaveStatus } from "@/components/save-status";
import { Toaster } from "@/components/toaster";
import { choicesFromSearch, choicesToSearch, type AdviceChoices } from "@/lib/client/advice-url";
import { emptyDraft, useStoredState, type StoredState } from "@/lib/client/kindly-store";
import { platformFromLink } from "@/lib/client/profile-links";
import { profileFromDraft } from "@/lib/client/quick-answers";
import { parseSavedProfile } from "@/lib/client/saved-profile";
import { keepAdviceOffline } from "@/lib/client/offline";
import { useReply } from "@/lib/client/use-reply";
import { decide, ZConnectionRequest, type Language, type Profile } from "@/lib/engine";
import { PROFILE_LINK_MAX } from "@/lib/history/schema";
import { Link } from "@/lib/i18n/locale-links";
import { useTeamBaseline } from "@/lib/client/team-baseline";

// What a phone's share sheet sends to the share target (app/manifest.ts): read once for the platform, then
// dropped from the address, since a shared title or text may carry a name.
const SHARE_PARAMS = ["url", "text", "title"] as const;

function initialChoices(params: URLSearchParams): AdviceChoices {
  const choices = choicesFromSearch(params);
  const shared = SHARE_PARAMS.map((key) => params.get(key) ?? "").join(" ");
  const platform = choices.platform ?? platformFromLink(shared);
  return { ...choices, platform };
}

export function Advice() {
  const stored = useStoredState();
  const locale = useLocale() as Language;
  if (stored === "loading") return <div className="min-h-[40rem]" aria-busy="true" />;
  // Advice first: without a saved policy the screen asks what this request needs and starts one.
  const state: StoredState = stored ?? { draft: emptyDraft(locale), step: 0, profile: null };
  return <AdviceScreen state={state} saved={parseSavedProfile(state.profile)} />;
}

function AdviceScreen({ state, saved }: { state: StoredState; saved: Profile | null }) {
  const locale = useLocale() as Language;
  const t = useTranslations("advice");
  const tQuick = useTranslations("quickAdvice");
  const profile = saved ?? profileFromDraft(state.draft);
  // Read through Next's router: right after an in-app navigation the window's address is still the last page's.
  const searchParams = useSearchParams();
  const [choices, setChoices] = useState<AdviceChoices>(() => initialChoices(new URLSearchParams(searchParams.toString())));
  // "We've met" on the history screen hands over the person through this tab's session storage, never the address.
  const [handedOver] = useState(takeAdvicePerson);
  const [names, setNames] = useState({ requesterName: handedOver.requesterName, metAt: "" });
  // A profile link shared from a phone's social app fills the one profile link field (kept in the page, not the address).
  const [person, setPerson] = useState<HistoryPerson>(() => {
    const shared = (searchParams.get("url") ?? "").trim();
    const usable = !handedOver.person.profileLink && platformFromLink(shared) !== null && profileLinkOk(shared);
    return usable ? { ...handedOver.person, profileLink: shared } : handedOver.person;
  });
  useEffect(forgetAdvicePerson, []);
  const baseline = useTeamBaseline();
  const [templateLanguage, setTemplateLanguage] = useState<Language>(profile.language);

  // Once opened, the advice screen works offline too (public/sw.js).
  useEffect(() => {
    void keepAdviceOffline();
  }, []);

  // The choices live in the address (never the name or the place), so a reload or a language switch keeps them.
  useEffect(() => {
    const url = `${window.location.pathname}${choicesToSearch(choices)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, "", url);
  }, [choices]);

  // Names are validated with the engine's schema; a bad one is flagged and left out, never sent through.
  const nameCheck = ZConnectionRequest.shape.requesterName.safeParse(names.requesterName || undefined);
  const metAtCheck = ZConnectionRequest.shape.metAt.safeParse(names.metAt || undefined);
  const errors = {
    requesterName: nameCheck.success ? null : t("errors.tooLong", { max: 80 }),
    metAt: metAtCheck.success ? null : t("errors.tooLong", { max: 120 }),
  };
  // "Where you met" only when you have met or are about to (issue 18): otherwise a place would turn a
  // decline to a stranger into "nice to meet you".
  const metInPerson = choices.met === "in_person" || choices.met === "meeting_planned";
  const { platform, relationship } = choices;
  const ready = platform !== null && relationship !== null && profile.platforms[platform].persona !== "absent";
  // The same engine as the server, run here on every change: no round trip.
  const decision = ready
    ? decide(
        { ...profile, language: locale },
        {
          platform,
          relationship,
          met: choices.met,
          rapport: choices.rapport,
          note: choices.note,
          commonGround: choices.commonGround,
          mutualConnections: choices.mutualConnections,
          redFlags: choices.redFlags,
          ...(nameCheck.success && nameCheck.data ? { requesterName: nameCheck.data } : {}),
          ...(metInPerson && metAtCheck.success && metAtCheck.data ? { metAt: metAtCheck.data } : {}),
        },
        { templateLanguage, baseline },
      )
    : null;
  const reply = useReply(decision);
  // A copy offers to record the reply in the history (a new object per copy, so each copy offers again).
  const copied = useMemo(() => (reply.copyStatus === "copied" ? { text: reply.text } : null), [reply.copyStatus, reply.text]);
  const input: AdviceInput = { ...choices, ...names };
  const questionnaireHref = `/questionnaire?from=${encodeURIComponent(`/advice${choicesToSearch(choices)}`)}`;

  return (
    <div className="space-y-4 pb-28 sm:pb-0">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <SaveStatus />
        <Link href={questionnaireHref} className="font-semibold underline underline-offset-2">
          {saved ? tQuick("editPolicy") : tQuick("wholeQuestionnaire")}
        </Link>
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
        <div className="space-y-6">
          <AdviceForm
            profile={profile}
            state={state}
            saved={saved}
            value={input}
            errors={errors}
            showMetAt={metInPerson}
            profileLink={person.profileLink}
            profileLinkError={profileLinkOk(person.profileLink) ? null : t("errors.tooLong", { max: PROFILE_LINK_MAX })}
            onProfileLink={(profileLink) => setPerson({ ...person, profileLink })}
            onChange={(next) => {
              const { requesterName, metAt, ...rest } = next;
              setNames({ requesterName, metAt });
              setChoices(rest);
            }}
          />
          <HistoryNameField value={person} onChange={setPerson} />
        </div>
        <div className="lg:sticky lg:top-4" id="advice-result">
          {decision && platform && relationship ? (
            <>
              <DecisionCard
                decision={decision}
                platform={platform}
                templateLanguage={templateLanguage}
                onTemplateLanguage={setTemplateLanguage}
                reply={reply}
              />
              <RecordDecision
                decision={decision}
                platform={platform}
                relationship={relationship}
                met={choices.met}
                greetingName={nameCheck.success ? (nameCheck.data ?? "") : ""}
                person={person}
                copied={copied}
              />
              {decision.verdict === "redirect" ? (
                <InviteOffer
                  relationship={relationship}
                  name={nameCheck.success ? nameCheck.data : undefined}
                  metAt={metInPerson && metAtCheck.success ? metAtCheck.data : undefined}
                  met={choices.met}
                />
              ) : null}
            </>
          ) : (
            <section
              aria-labelledby="verdict-heading"
              className="rounded-xl border border-dashed border-stone-400 bg-white p-5 dark:border-stone-600 dark:bg-stone-900"
            >
              <h2 id="verdict-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
                {t("result.heading")}
              </h2>
              <p className="mt-2 text-stone-800 dark:text-stone-200" data-testid="advice-waiting">
                {platform === null ? tQuick("waitingPlatform") : relationship === null ? tQuick("waitingWho") : tQuick("waitingPersona")}
              </p>
            </section>
          )}
        </div>
      </div>
      {decision ? <PhoneSummary decision={decision} reply={reply} /> : null}
      {/* Above the page, so a notice never covers the phone's Copy bar at the bottom. */}
      <Toaster position="top-center" />
    </div>
  );
}
