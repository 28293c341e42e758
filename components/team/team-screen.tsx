"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

import {
  createInviteAction,
  createTeamAction,
  deleteTeamAction,
  handOverAction,
  leaveTeamAction,
  loadMyTeamAction,
  removeMemberAction,
  revokeInviteAction,
  saveGuidelineAction,
} from "@/app/actions/team";
import { GuidelineSlide } from "@/components/team/guideline-slide";
import { TextField } from "@/components/ui/text-field";
import { forgetTeamBaseline } from "@/lib/client/team-baseline";
import { BASE_RELATIONSHIPS, LANGUAGES, PLATFORM_NAMES, PLATFORMS, VERDICTS, type Baseline, type Language, type Verdict } from "@/lib/engine";
import { Link } from "@/lib/i18n/locale-links";
import {
  DONT_SHARE_ITEM_MAX,
  DONT_SHARE_MAX_ITEMS,
  ENCOURAGEMENT_MAX,
  EXAMPLE_LABEL_MAX,
  EXAMPLES_MAX,
  INVITE_DAYS_DEFAULT,
  TEAM_NAME_MAX,
  URL_MAX,
  ZGuideline,
  type Guideline,
  type TeamView,
} from "@/lib/team";

const buttonClass =
  "rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300";
const quietButton =
  "rounded-lg border border-stone-300 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100 disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800";
const dangerButton = "rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60";

type ErrorKey = "invalid" | "conflict" | "notFound" | "tooManyRequests" | "signedOut" | "unknown";

function errorKey(code: string): ErrorKey {
  return code === "invalid" || code === "conflict" || code === "notFound" || code === "tooManyRequests" || code === "signedOut" ? code : "unknown";
}

function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Alert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
      {message}
    </p>
  );
}

/** The team page: start a team, or the owner's tools, or a member's view of the guideline. */
export function TeamScreen({ initial }: { initial: TeamView | null }) {
  const [team, setTeam] = useState(initial);
  const reload = async () => {
    const result = await loadMyTeamAction();
    if (result.ok) setTeam(result.data);
    forgetTeamBaseline();
  };
  if (!team) return <CreateTeam onCreated={(created) => setTeam(created)} />;
  if (team.role === "owner") return <OwnerView team={team} reload={reload} />;
  return <MemberView team={team} onLeft={() => setTeam(null)} />;
}

function CreateTeam({ onCreated }: { onCreated: (team: TeamView) => void }) {
  const t = useTranslations("team.create");
  const tErr = useTranslations("team.errors");
  const tLang = useTranslations("languages");
  const locale = useLocale() as Language;
  const [name, setName] = useState("");
  const [language, setLanguage] = useState<Language>(locale);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const create = async () => {
    if (!name.trim()) return setError(t("nameRequired"));
    setBusy(true);
    const result = await createTeamAction(JSON.stringify({ name, language }));
    setBusy(false);
    if (!result.ok) return setError(result.code === "conflict" ? t("alreadyInTeam") : tErr(errorKey(result.code)));
    forgetTeamBaseline();
    onCreated(result.data);
  };
  return (
    <Section title={t("title")} id="create-team">
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("text")}</p>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <Alert message={error} />
        <TextField name="teamName" label={t("name")} value={name} onChange={setName} maxLength={TEAM_NAME_MAX} autoComplete="organization" />
        <LanguageSelect label={t("language")} value={language} onChange={setLanguage} tLang={tLang} />
        <button type="submit" disabled={busy} className={buttonClass}>
          {t("button")}
        </button>
      </form>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("joinHint")}</p>
    </Section>
  );
}

function LanguageSelect({
  label,
  value,
  onChange,
  tLang,
}: {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
  tLang: (key: Language) => string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor="guideline-language" className="block font-semibold">
        {label}
      </label>
      <select
        id="guideline-language"
        value={value}
        onChange={(event) => onChange(event.target.value as Language)}
        className="rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {tLang(language)}
          </option>
        ))}
      </select>
    </div>
  );
}

function OwnerView({ team, reload }: { team: TeamView; reload: () => Promise<void> }) {
  const t = useTranslations("team");
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/team/slide" className="font-semibold underline">
          {t("slideLink")}
        </Link>
      </p>
      <GuidelineEditor team={team} reload={reload} />
      <Invites team={team} reload={reload} />
      <Members team={team} reload={reload} />
      <DeleteTeam team={team} reload={reload} />
    </div>
  );
}

function GuidelineEditor({ team, reload }: { team: TeamView; reload: () => Promise<void> }) {
  const t = useTranslations("team.guideline");
  const tErr = useTranslations("team.errors");
  const tLang = useTranslations("languages");
  const [name, setName] = useState(team.name);
  const [guideline, setGuideline] = useState<Guideline>(team.guideline);
  const [baseline, setBaseline] = useState<Baseline>(team.baseline);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<Guideline>) => {
    setNotice(null);
    setGuideline((g) => ({ ...g, ...patch }));
  };
  const save = async () => {
    setError(null);
    const cleaned = {
      ...guideline,
      dontShare: guideline.dontShare.filter((item) => item.trim() !== ""),
      examples: guideline.examples.filter((e) => e.label.trim() !== "" || e.url.trim() !== ""),
    };
    const check = ZGuideline.safeParse(cleaned);
    if (!check.success) return setError(t("invalid", { field: check.error.issues[0]?.path.join(".") ?? "" }));
    setBusy(true);
    const result = await saveGuidelineAction(JSON.stringify({ teamId: team.id, name, guideline: check.data, baseline, baseVersion: team.version }));
    setBusy(false);
    if (!result.ok) return setError(result.code === "conflict" ? t("conflict") : tErr(errorKey(result.code)));
    setNotice(t("saved"));
    await reload();
  };
  return (
    <Section title={t("title")} id="guideline">
      <form
        noValidate
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField name="name" label={t("name")} value={name} onChange={setName} maxLength={TEAM_NAME_MAX} />
        <LanguageSelect label={t("language")} value={guideline.language} onChange={(language) => update({ language })} tLang={tLang} />

        <fieldset className="space-y-2">
          <legend className="font-semibold">{t("dontShare")}</legend>
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("dontShareHint", { max: DONT_SHARE_MAX_ITEMS, length: DONT_SHARE_ITEM_MAX })}</p>
          {guideline.dontShare.map((item, i) => (
            <div key={i} className="flex items-end gap-2">
              <div className="flex-1">
                <TextField
                  name={`dontShare${i}`}
                  label={t("dontShareItem", { n: i + 1 })}
                  value={item}
                  maxLength={DONT_SHARE_ITEM_MAX}
                  onChange={(value) => update({ dontShare: guideline.dontShare.map((old, j) => (j === i ? value : old)) })}
                />
              </div>
              <button
                type="button"
                className={quietButton}
                aria-label={t("removeItem", { n: i + 1 })}
                onClick={() => update({ dontShare: guideline.dontShare.filter((_, j) => j !== i) })}
              >
                {t("remove")}
              </button>
            </div>
          ))}
          {guideline.dontShare.length < DONT_SHARE_MAX_ITEMS ? (
            <button type="button" className={quietButton} onClick={() => update({ dontShare: [...guideline.dontShare, ""] })}>
              {t("add")}
            </button>
          ) : null}
        </fieldset>

        <div className="space-y-1">
          <label htmlFor="encouragement" className="block font-semibold">
            {t("encouragement")}
          </label>
          <p id="encouragement-hint" className="text-sm text-stone-600 dark:text-stone-400">
            {t("encouragementHint", { max: ENCOURAGEMENT_MAX })}
          </p>
          <textarea
            id="encouragement"
            aria-describedby="encouragement-hint"
            rows={4}
            maxLength={ENCOURAGEMENT_MAX}
            value={guideline.encouragement}
            onChange={(event) => update({ encouragement: event.target.value })}
            className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
          />
        </div>

        <fieldset className="space-y-2">
          <legend className="font-semibold">{t("examples")}</legend>
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("examplesHint", { max: EXAMPLES_MAX })}</p>
          {guideline.examples.map((example, i) => (
            <div key={i} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
              <TextField
                name={`exampleLabel${i}`}
                label={t("exampleLabel", { n: i + 1 })}
                value={example.label}
                maxLength={EXAMPLE_LABEL_MAX}
                onChange={(label) => update({ examples: guideline.examples.map((old, j) => (j === i ? { ...old, label } : old)) })}
              />
              <TextField
                name={`exampleUrl${i}`}
                type="url"
                label={t("exampleUrl", { n: i + 1 })}
                value={example.url}
                maxLength={URL_MAX}
                placeholder="https://"
                onChange={(url) => update({ examples: guideline.examples.map((old, j) => (j === i ? { ...old, url } : old)) })}
              />
              <button
                type="button"
                className={quietButton}
                aria-label={t("removeExample", { n: i + 1 })}
                onClick={() => update({ examples: guideline.examples.filter((_, j) => j !== i) })}
              >
                {t("remove")}
              </button>
            </div>
          ))}
          {guideline.examples.length < EXAMPLES_MAX ? (
            <button type="button" className={quietButton} onClick={() => update({ examples: [...guideline.examples, { label: "", url: "" }] })}>
              {t("addExample")}
            </button>
          ) : null}
        </fieldset>

        <TextField
          name="linkedinPage"
          type="url"
          label={t("linkedinPage")}
          value={guideline.linkedinPage}
          maxLength={URL_MAX}
          placeholder="https://www.linkedin.com/company/…"
          onChange={(linkedinPage) => update({ linkedinPage })}
        />

        <BaselineEditor baseline={baseline} onChange={setBaseline} />

        <Alert message={error} />
        {notice ? (
          <p role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
            {notice}
          </p>
        ) : null}
        <button type="submit" disabled={busy} className={buttonClass}>
          {t("save")}
        </button>
      </form>
    </Section>
  );
}

function BaselineEditor({ baseline, onChange }: { baseline: Baseline; onChange: (baseline: Baseline) => void }) {
  const t = useTranslations("team.baseline");
  const tVerdict = useTranslations("verdicts");
  const tRel = useTranslations("relationships");
  const set = (platform: (typeof PLATFORMS)[number], relationship: (typeof BASE_RELATIONSHIPS)[number], value: string) => {
    const cells = { ...baseline[platform] };
    if (value === "") delete cells[relationship];
    else cells[relationship] = value as Verdict;
    const next = { ...baseline, [platform]: cells };
    if (Object.keys(cells).length === 0) delete next[platform];
    onChange(next);
  };
  return (
    <fieldset className="space-y-3">
      <legend className="font-semibold">{t("title")}</legend>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("text")}</p>
      {PLATFORMS.map((platform) => (
        <details key={platform} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800" open={baseline[platform] !== undefined}>
          <summary className="cursor-pointer font-semibold">{PLATFORM_NAMES[platform]}</summary>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            {BASE_RELATIONSHIPS.map((relationship) => {
              const id = `baseline-${platform}-${relationship}`;
              return (
                <div key={relationship} className="flex items-center justify-between gap-2">
                  <label htmlFor={id} className="text-sm">
                    {tRel(relationship)}
                  </label>
                  <select
                    id={id}
                    data-baseline={`${platform}:${relationship}`}
                    value={baseline[platform]?.[relationship] ?? ""}
                    onChange={(event) => set(platform, relationship, event.target.value)}
                    className="rounded-lg border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900"
                  >
                    <option value="">{t("none")}</option>
                    {VERDICTS.map((verdict) => (
                      <option key={verdict} value={verdict}>
                        {tVerdict(verdict)}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
        </details>
      ))}
    </fieldset>
  );
}

function Invites({ team, reload }: { team: TeamView; reload: () => Promise<void> }) {
  const t = useTranslations("team.invites");
  const tErr = useTranslations("team.errors");
  const format = useFormatter();
  const locale = useLocale();
  const [days, setDays] = useState(INVITE_DAYS_DEFAULT);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const linkFor = (token: string) => `${window.location.origin}/${locale}/team/join#${token}`;
  const create = async () => {
    setBusy(true);
    const result = await createInviteAction(JSON.stringify({ teamId: team.id, days }));
    setBusy(false);
    if (!result.ok) return setError(result.code === "conflict" ? t("tooMany") : tErr(errorKey(result.code)));
    setError(null);
    await reload();
  };
  const revoke = async (inviteId: string) => {
    const result = await revokeInviteAction(JSON.stringify({ teamId: team.id, inviteId }));
    if (!result.ok) return setError(tErr(errorKey(result.code)));
    await reload();
  };
  return (
    <Section title={t("title")} id="invites">
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("text")}</p>
      <Alert message={error} />
      {(team.invites ?? []).length === 0 ? <p className="text-sm">{t("none")}</p> : null}
      <ul className="space-y-3">
        {(team.invites ?? []).map((invite, i) => (
          <li key={invite.id} className="space-y-2 rounded-lg border border-stone-200 p-3 dark:border-stone-800">
            <label htmlFor={`invite-${invite.id}`} className="block text-sm font-semibold">
              {t("linkLabel", { n: i + 1 })}
            </label>
            <input
              id={`invite-${invite.id}`}
              readOnly
              value={typeof window === "undefined" ? "" : linkFor(invite.token)}
              data-testid="invite-link"
              className="w-full rounded border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs dark:border-stone-700 dark:bg-stone-950"
              onFocus={(event) => event.currentTarget.select()}
            />
            <p className="text-xs text-stone-600 dark:text-stone-400">
              {t("expires", { date: format.dateTime(new Date(invite.expiresAt), { dateStyle: "long" }) })}
            </p>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className={quietButton}
                onClick={() => {
                  void navigator.clipboard?.writeText(linkFor(invite.token)).then(() => setCopied(invite.id));
                }}
              >
                {copied === invite.id ? t("copied") : t("copy")}
              </button>
              <button type="button" className={quietButton} onClick={() => void revoke(invite.id)}>
                {t("revoke")}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="invite-days" className="block text-sm font-semibold">
            {t("days")}
          </label>
          <select
            id="invite-days"
            value={days}
            onChange={(event) => setDays(Number(event.target.value))}
            className="rounded-lg border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900"
          >
            {[1, 7, 14, 30].map((n) => (
              <option key={n} value={n}>
                {t("daysOption", { count: n })}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={busy} className={buttonClass} onClick={() => void create()}>
          {t("create")}
        </button>
      </div>
    </Section>
  );
}

function Members({ team, reload }: { team: TeamView; reload: () => Promise<void> }) {
  const t = useTranslations("team.members");
  const tErr = useTranslations("team.errors");
  const format = useFormatter();
  const [error, setError] = useState<string | null>(null);
  const act = async (kind: "remove" | "handOver", memberId: string, name: string) => {
    if (!window.confirm(kind === "remove" ? t("confirmRemove", { name }) : t("confirmHandOver", { name }))) return;
    const json = JSON.stringify({ teamId: team.id, memberId });
    const result = kind === "remove" ? await removeMemberAction(json) : await handOverAction(json);
    if (!result.ok) return setError(tErr(errorKey(result.code)));
    await reload();
  };
  return (
    <Section title={t("title")} id="members">
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("text")}</p>
      <Alert message={error} />
      <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="members">
        {(team.members ?? []).map((member) => (
          <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-semibold">{member.name}</span>{" "}
              <span className="text-sm text-stone-600 dark:text-stone-400">
                {member.role === "owner" ? t("owner") : t("joined", { date: format.dateTime(new Date(member.joinedAt), { dateStyle: "medium" }) })}
              </span>
            </span>
            {member.role === "member" ? (
              <span className="flex gap-2">
                <button type="button" className={quietButton} onClick={() => void act("handOver", member.id, member.name)}>
                  {t("handOver")}
                  <span className="sr-only">: {member.name}</span>
                </button>
                <button type="button" className={quietButton} onClick={() => void act("remove", member.id, member.name)}>
                  {t("remove")}
                  <span className="sr-only">: {member.name}</span>
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function DeleteTeam({ team, reload }: { team: TeamView; reload: () => Promise<void> }) {
  const t = useTranslations("team.delete");
  const tErr = useTranslations("team.errors");
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!window.confirm(t("confirm"))) return;
    const result = await deleteTeamAction(JSON.stringify({ teamId: team.id }));
    if (!result.ok) return setError(tErr(errorKey(result.code)));
    await reload();
  };
  return (
    <Section title={t("title")} id="delete-team">
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("text")}</p>
      <Alert message={error} />
      <button type="button" className={dangerButton} onClick={() => void remove()}>
        {t("button")}
      </button>
    </Section>
  );
}

function MemberView({ team, onLeft }: { team: TeamView; onLeft: () => void }) {
  const t = useTranslations("team");
  const tErr = useTranslations("team.errors");
  const [error, setError] = useState<string | null>(null);
  const leave = async () => {
    if (!window.confirm(t("leave.confirm"))) return;
    const result = await leaveTeamAction(JSON.stringify({ teamId: team.id }));
    if (!result.ok) return setError(tErr(errorKey(result.code)));
    forgetTeamBaseline();
    onLeft();
  };
  return (
    <div className="space-y-6">
      <p className="text-stone-700 dark:text-stone-300">{t("memberLead", { team: team.name })}</p>
      <GuidelineSlide name={team.name} guideline={team.guideline} baseline={team.baseline} />
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/team/slide" className="font-semibold underline">
          {t("slideLink")}
        </Link>
        <Link href="/policy" className="font-semibold underline">
          {t("toPolicy")}
        </Link>
      </p>
      <Section title={t("leave.title")} id="leave-team">
        <p className="text-sm text-stone-700 dark:text-stone-300">{t("leave.text")}</p>
        <Alert message={error} />
        <button type="button" className={buttonClass} onClick={() => void leave()}>
          {t("leave.button")}
        </button>
      </Section>
    </div>
  );
}
