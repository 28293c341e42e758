"use client";

import { useTranslations } from "next-intl";

import type { Met, Relationship } from "@/lib/engine";
import { Link } from "@/lib/i18n/locale-links";

const HAND_OVER_KEY = "kindly.invite.names";

function handOverInviteNames(names: { name: string; metAt: string }) {
  try {
    sessionStorage.setItem(HAND_OVER_KEY, JSON.stringify(names));
  } catch {
    // Storage refused: the invitation screen opens without the names.
  }
}

/** Forgets the handed-over names (once the invitation screen has read them). */
export function forgetInviteNames() {
  try {
    sessionStorage.removeItem(HAND_OVER_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** The name and place the advice screen handed over (unchecked; the caller parses them). */
export function readInviteNames(): { name?: unknown; metAt?: unknown } {
  try {
    const raw = sessionStorage.getItem(HAND_OVER_KEY);
    const value: unknown = raw === null ? null : JSON.parse(raw);
    return typeof value === "object" && value !== null ? (value as { name?: unknown; metAt?: unknown }) : {};
  } catch {
    return {};
  }
}

/**
 * After a redirect on the advice screen: an offer, never automatic, to write
 * the LinkedIn invitation yourself on the "Invite someone" screen, prefilled
 * from the request (who they are, their name, where you met).
 */
export function InviteOffer({ relationship, name, metAt, met }: { relationship: Relationship; name?: string; metAt?: string; met: Met }) {
  const t = useTranslations("invite.offer");
  // Who they are travels in the address; the name and the place go by this tab's session storage (never a URL).
  const query: Record<string, string> = { platform: "linkedin", relationship, met };
  return (
    <p className="mt-4 rounded-xl border border-stone-200 bg-white p-4 text-sm dark:border-stone-800 dark:bg-stone-900">
      {t("text")}{" "}
      <Link
        href={`/invite?${new URLSearchParams(query).toString()}`}
        className="font-semibold underline"
        data-testid="invite-offer"
        onClick={() => handOverInviteNames({ name: name ?? "", metAt: metAt ?? "" })}
      >
        {t("link")}
      </Link>
    </p>
  );
}
