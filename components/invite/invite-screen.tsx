"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";

import { CheckField } from "@/components/ui/check-field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { forgetInviteNames, readInviteNames } from "@/components/invite/invite-offer";
import { ErrorAlert } from "@/components/auth/form-notices";
import { Toaster } from "@/components/toaster";
import { useHistory } from "@/lib/client/history";
import { useSavedProfile } from "@/lib/client/saved-profile";
import {
  composeInvitation,
  MET_VALUES,
  PLATFORMS,
  relationshipsFor,
  ZInvitationTarget,
  ZProfile,
  type Invitation,
  type InvitationNote,
  type Language,
  type LinkedinAccount,
  type Met,
  type Platform,
  type Profile,
  type Relationship,
  RELATIONSHIPS,
} from "@/lib/engine";
import { usePlatformLabel } from "@/lib/i18n/platform-label";
import { useRelationshipLabel } from "@/lib/i18n/relationship-label";
import { Link } from "@/lib/i18n/locale-links";

type Form = {
  platform: Platform;
  relationship: Relationship;
  name: string;
  met: Met;
  metAt: string;
  rapport: boolean;
  commonGround: string;
  why: string;
  account: LinkedinAccount;
};

/** What the advice screen's offer hands over, checked: who they are (query string), name and where you met (session storage). */
export function readInvitePrefill(search: string, names: { name?: unknown; metAt?: unknown }): Partial<Form> {
  const params = new URLSearchParams(search);
  const pick = <T extends string>(key: string, values: readonly T[]) => {
    const value = params.get(key);
    return values.includes(value as T) ? (value as T) : undefined;
  };
  const text = (key: "name" | "metAt") => {
    const parsed = ZInvitationTarget.shape[key].safeParse(names[key] || undefined);
    return parsed.success && parsed.data ? parsed.data : undefined;
  };
  const out: Partial<Form> = {};
  const platform = pick("platform", PLATFORMS);
  const relationship = pick("relationship", RELATIONSHIPS);
  const met = pick("met", MET_VALUES);
  const name = text("name");
  const metAt = text("metAt");
  if (platform) out.platform = platform;
  if (relationship) out.relationship = relationship;
  if (met) out.met = met;
  if (name) out.name = name;
  if (metAt) out.metAt = metAt;
  return out;
}

export function InviteScreen() {
  const saved = useSavedProfile();
  if (saved === "loading") return <div className="min-h-[40rem]" aria-busy="true" />;
  // Without a saved policy the composer still writes: a profile with the defaults.
  return (
    <>
      <InviteWithProfile profile={saved ? saved.profile : ZProfile.parse({})} />
      <Toaster />
    </>
  );
}

const fieldClass = "w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900";
const button =
  "rounded-lg border border-stone-300 px-3 py-2 text-sm font-semibold hover:bg-stone-100 focus-visible:outline focus-visible:outline-3 focus-visible:outline-indigo-500 dark:border-stone-700 dark:hover:bg-stone-800";

function InviteWithProfile({ profile }: { profile: Profile }) {
  const locale = useLocale() as Language;
  const t = useTranslations("invite");
  const tRel = useRelationshipLabel(profile.profession);
  const tName = usePlatformLabel();
  const relationshipId = useId();
  // Read through Next's router: right after an in-app navigation the window's address is still the last page's.
  const searchParams = useSearchParams();
  const [form, setForm] = useState<Form>(() => ({
    platform: "linkedin",
    relationship: "work_acquaintance",
    name: "",
    met: "in_person",
    metAt: "",
    rapport: false,
    commonGround: "",
    why: "",
    account: profile.linkedinAccount ?? "free",
    ...readInvitePrefill(searchParams.toString(), readInviteNames()),
  }));
  // The handed-over names were read above; they are not kept for a later visit.
  useEffect(forgetInviteNames, []);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const relationships = relationshipsFor(profile.profession);

  // Each field is checked with the engine's schema; a bad one is flagged and left out.
  const shape = ZInvitationTarget.shape;
  const check = (key: "name" | "metAt" | "commonGround" | "why", max: number) => {
    const parsed = shape[key].safeParse(form[key] || undefined);
    return { value: parsed.success ? parsed.data : undefined, error: parsed.success ? null : t("errors.tooLong", { max }) };
  };
  const name = check("name", 80);
  const metAt = check("metAt", 120);
  const ground = check("commonGround", 120);
  const why = check("why", 200);
  const invitation = composeInvitation(
    { ...profile, language: locale, linkedinAccount: form.account },
    {
      platform: form.platform,
      relationship: form.relationship,
      met: form.met,
      rapport: form.rapport,
      ...(name.value ? { name: name.value } : {}),
      ...(metAt.value ? { metAt: metAt.value } : {}),
      ...(ground.value ? { commonGround: ground.value } : {}),
      ...(why.value ? { why: why.value } : {}),
    },
  );

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <form className="space-y-6" onSubmit={(event) => event.preventDefault()} aria-label={t("form.label")}>
        <ChoiceGroup
          name="platform"
          legend={t("form.platform")}
          columns={4}
          value={form.platform}
          onChange={(platform) => set({ platform })}
          choices={PLATFORMS.map((p) => ({ value: p, label: tName(p) }))}
        />
        <div className="space-y-1">
          <label htmlFor={relationshipId} className="block font-semibold">
            {t("form.relationship")}
          </label>
          <select
            id={relationshipId}
            name="relationship"
            value={form.relationship}
            onChange={(event) => set({ relationship: event.target.value as Relationship })}
            className={fieldClass}
          >
            {relationships.map((r) => (
              <option key={r} value={r}>
                {tRel(r)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          name="name"
          label={t("form.name")}
          hint={t("form.nameHint")}
          value={form.name}
          autoComplete="off"
          maxLength={200}
          error={name.error}
          onChange={(v) => set({ name: v })}
        />
        <ChoiceGroup
          name="met"
          legend={t("form.met")}
          columns={2}
          value={form.met}
          onChange={(met) => set({ met })}
          choices={MET_VALUES.map((m) => ({ value: m, label: t(`form.metValues.${m}`) }))}
        />
        <TextField
          name="metAt"
          label={t("form.metAt")}
          hint={t("form.metAtHint")}
          value={form.metAt}
          autoComplete="off"
          maxLength={300}
          error={metAt.error}
          onChange={(v) => set({ metAt: v })}
        />
        <CheckField name="rapport" label={t("form.rapport")} checked={form.rapport} onChange={(rapport) => set({ rapport })} />
        <TextField
          name="commonGround"
          label={t("form.commonGround")}
          hint={t("form.commonGroundHint")}
          value={form.commonGround}
          autoComplete="off"
          maxLength={300}
          error={ground.error}
          onChange={(v) => set({ commonGround: v })}
        />
        <TextField
          name="why"
          label={t("form.why")}
          hint={t("form.whyHint")}
          value={form.why}
          autoComplete="off"
          maxLength={500}
          error={why.error}
          onChange={(v) => set({ why: v })}
        />
        <ChoiceGroup
          name="account"
          legend={t("form.account")}
          columns={2}
          value={form.account}
          onChange={(account) => set({ account })}
          choices={(["free", "premium"] as const).map((a) => ({ value: a, label: t(`form.accountValues.${a}`) }))}
        />
      </form>
      <div className="lg:sticky lg:top-4">
        <InvitationCard invitation={invitation} form={form} greetingName={name.value ?? ""} />
      </div>
    </div>
  );
}

function InvitationCard({ invitation, form, greetingName }: { invitation: Invitation; form: Form; greetingName: string }) {
  const t = useTranslations("invite.result");
  const tName = usePlatformLabel();
  return (
    <section aria-labelledby="invitation-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
      <h2 id="invitation-heading" className="text-xl font-semibold" data-testid="invitation-heading">
        {invitation.refused ? t("refused") : invitation.timing === "after_meeting" ? t("afterMeeting") : t("sendOn", { platform: tName(invitation.platform!) })}
      </h2>
      <ul className="space-y-2 text-sm text-stone-700 dark:text-stone-300">
        {invitation.reasons.map((reason) => (
          <li key={reason.principle + reason.text}>
            <span className="font-semibold">{reason.principle}</span> {reason.text}
          </li>
        ))}
      </ul>
      {invitation.notes.map((note) => (
        // A new box when the composed text changes, so an edit is kept only while the inputs stay the same.
        <NoteBox key={`${note.tone}:${note.text}`} note={note} invitation={invitation} form={form} greetingName={greetingName} />
      ))}
    </section>
  );
}

function NoteBox({ note, invitation, form, greetingName }: { note: InvitationNote; invitation: Invitation; form: Form; greetingName: string }) {
  const t = useTranslations("invite.result");
  const id = useId();
  const history = useHistory();
  const [text, setText] = useState(note.text);
  const limit = invitation.limit!;
  const left = limit - text.length;
  const waiting = invitation.timing === "after_meeting";
  const tRecord = useTranslations("history.record");
  // What went wrong with the last press, said here under the buttons (a toast alone is easily missed).
  const [failure, setFailure] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setFailure(null);
      toast.success(t("copied"));
    } catch {
      setFailure(t("copyFailed"));
    }
  };

  const record = async () => {
    const error = await history.record({
      platform: invitation.platform!,
      relationship: form.relationship,
      greetingName,
      verdict: "accept",
      message: text,
      origin: "invite",
      waiting,
    });
    setFailure(error ? tRecord(`errors.${error}`) : null);
    if (!error) toast.success(waiting ? t("recordedWaiting") : t("recorded"));
  };

  return (
    <div className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800">
      <label htmlFor={id} className="block font-semibold">
        {t(invitation.kind === "note" ? "noteLabel" : "messageLabel", { tone: t(`tones.${note.tone}`) })}
      </label>
      <textarea
        id={id}
        value={text}
        rows={5}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-count`}
        className={fieldClass}
        data-testid={`note-${note.tone}`}
      />
      <p
        id={`${id}-count`}
        aria-live="polite"
        className={`text-sm ${left < 0 ? "font-semibold text-red-700 dark:text-red-400" : "text-stone-700 dark:text-stone-300"}`}
      >
        {left >= 0 ? t("left", { count: left, limit }) : t("over", { count: -left, limit })}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => void copy()}>
          {t("copy")}
        </button>
        <button type="button" className={button} onClick={() => void record()}>
          {waiting ? t("recordWaiting") : t("record")}
        </button>
        <Link href="/history" className="self-center text-sm font-semibold underline">
          {t("openHistory")}
        </Link>
      </div>
      {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
    </div>
  );
}
