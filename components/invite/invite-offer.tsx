"use client";

import { useTranslations } from "next-intl";

import type { Met, Relationship } from "@/lib/engine";
import { Link } from "@/lib/i18n/locale-links";

/**
 * After a redirect on the advice screen: an offer, never automatic, to write
 * the LinkedIn invitation yourself on the "Invite someone" screen, prefilled
 * from the request (who they are, their name, where you met).
 */
export function InviteOffer({ relationship, name, metAt, met }: { relationship: Relationship; name?: string; metAt?: string; met: Met }) {
  const t = useTranslations("invite.offer");
  const query: Record<string, string> = { platform: "linkedin", relationship, met };
  if (name) query.name = name;
  if (metAt) query.metAt = metAt;
  return (
    <p className="mt-4 rounded-xl border border-stone-200 bg-white p-4 text-sm dark:border-stone-800 dark:bg-stone-900">
      {t("text")}{" "}
      <Link href={`/invite?${new URLSearchParams(query).toString()}`} className="font-semibold underline" data-testid="invite-offer">
        {t("link")}
      </Link>
    </p>
  );
}
