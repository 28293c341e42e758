"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useTransition } from "react";

import { usePathname, useRouter } from "@/lib/i18n/locale-links";
import { nativeLanguageName } from "@/lib/i18n/native-name";
import { isLocale, routing } from "@/lib/i18n/routing";

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const pathname = usePathname();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();

  return (
    <div className="flex items-center gap-2 text-sm text-stone-700 dark:text-stone-300">
      <label htmlFor={id}>{t("language")}</label>
      <select
        id={id}
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          // The proxy stores the choice in a cookie when the prefixed URL loads.
          // The query goes along: the advice form's choices and the questionnaire's step live there.
          startTransition(() => router.switchLocale(`${pathname}${window.location.search}`, next));
        }}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        {/* Each option names its language in that language, so anyone can find their own. */}
        {routing.locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {nativeLanguageName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
