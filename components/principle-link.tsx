"use client";

import { useTranslations } from "next-intl";

import type { Principle } from "@/lib/engine";
import { principleHref } from "@/lib/i18n/principle-sources";
import { Link } from "@/lib/i18n/locale-links";

/** A reason's principle, by its plain name, linking to its entry on the sources page. */
export function PrincipleLink({ principle }: { principle: Principle }) {
  const t = useTranslations("principles.names");
  return (
    <Link
      href={principleHref(principle)}
      className="font-semibold text-indigo-700 underline decoration-1 underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
    >
      {t(principle)}
    </Link>
  );
}
