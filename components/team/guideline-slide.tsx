import { useTranslations } from "next-intl";

import type { Guideline } from "@/lib/team";
import { PLATFORM_NAMES, PLATFORMS, RELATIONSHIPS, type Baseline } from "@/lib/engine";

/**
 * The one-slide guideline (issue 23): what must not be shared, then why
 * being visible helps, good examples and the team's suggestions. Its bounds
 * (7 × 120 characters, 600 characters, 5 links) keep it to one page; the
 * print styles in app/globals.css set an A4 landscape page.
 */
export function GuidelineSlide({ name, guideline, baseline }: { name: string; guideline: Guideline; baseline: Baseline }) {
  const t = useTranslations("team.slide");
  const tVerdict = useTranslations("verdicts");
  const tRel = useTranslations("relationships");
  const suggestions = PLATFORMS.flatMap((platform) =>
    RELATIONSHIPS.flatMap((relationship) => {
      const verdict = baseline[platform]?.[relationship];
      return verdict ? [{ platform, relationship, verdict }] : [];
    }),
  );
  return (
    <article
      lang={guideline.language}
      data-testid="guideline-slide"
      className="guideline-slide mx-auto flex aspect-[16/9] w-full max-w-5xl flex-col gap-3 overflow-hidden rounded-xl border border-stone-300 bg-white p-4 text-stone-900 sm:p-6 print:rounded-none print:border-0"
    >
      <h2 className="text-xl font-bold sm:text-2xl">{name}</h2>
      <div className="grid min-h-0 flex-1 gap-4 text-xs sm:grid-cols-2 sm:text-sm">
        <section className="min-w-0 space-y-2">
          <h3 className="font-bold uppercase tracking-wide text-rose-800">{t("dontShare")}</h3>
          {guideline.dontShare.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5">
              {guideline.dontShare.map((item, i) => (
                <li key={i} className="break-words">
                  {item}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-stone-600">{t("empty")}</p>
          )}
        </section>
        <section className="min-w-0 space-y-2">
          <h3 className="font-bold uppercase tracking-wide text-emerald-800">{t("encouragement")}</h3>
          <p className="whitespace-pre-line break-words">{guideline.encouragement || t("empty")}</p>
          {guideline.examples.length > 0 ? (
            <>
              <h3 className="font-bold uppercase tracking-wide text-sky-800">{t("examples")}</h3>
              <ul className="space-y-1">
                {guideline.examples.map((example, i) => (
                  <li key={i} className="break-words">
                    <a href={example.url} rel="noopener noreferrer" className="underline">
                      {example.label}
                    </a>{" "}
                    <span className="hidden text-stone-600 print:inline">({example.url})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {suggestions.length > 0 ? (
            <>
              <h3 className="font-bold uppercase tracking-wide text-violet-800">{t("suggestions")}</h3>
              <p className="break-words">
                {suggestions.map((s, i) => (
                  <span key={`${s.platform}:${s.relationship}`}>
                    {i > 0 ? " · " : ""}
                    {PLATFORM_NAMES[s.platform]}, {tRel(s.relationship)}: <strong>{tVerdict(s.verdict)}</strong>
                  </span>
                ))}
              </p>
            </>
          ) : null}
          {guideline.linkedinPage ? (
            <p className="break-words">
              {t("linkedinPage")}:{" "}
              <a href={guideline.linkedinPage} rel="noopener noreferrer" className="underline">
                {guideline.linkedinPage}
              </a>
            </p>
          ) : null}
        </section>
      </div>
    </article>
  );
}
