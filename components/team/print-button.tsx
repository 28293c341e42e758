"use client";

import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("team.slide");
  return (
    <button type="button" className="font-semibold underline" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
