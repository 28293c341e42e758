import { useLocale, useTranslations } from "next-intl";

import { linkClass } from "@/components/auth/form-notices";

/** On a site without SMTP_URL: why there is no reset link, and whom to ask. */
export function NoMailNotice() {
  const t = useTranslations("auth.forgot");
  const locale = useLocale();
  return (
    <section className="space-y-3 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
      <h2 className="text-lg font-semibold">{t("noMailTitle")}</h2>
      <p>{t("noMail")}</p>
      <p>
        <a href={`/${locale}/sign-in`} className={linkClass}>
          {t("back")}
        </a>
      </p>
    </section>
  );
}
