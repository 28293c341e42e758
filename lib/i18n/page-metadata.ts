import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { alternates } from "@/lib/i18n/alternates";

/** Title, description, canonical URL and hreflang links of a public page, from its message namespace. */
export async function pageMetadata(
  params: Promise<{ locale: string }>,
  { namespace, path, title = "metaTitle", description = "metaDescription" }: { namespace: string; path: string; title?: string; description?: string },
): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace });
  return { title: t(title), description: t(description), alternates: alternates(locale, path) };
}
