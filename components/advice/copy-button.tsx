"use client";

import { useTranslations } from "next-intl";

import type { Reply } from "@/lib/client/use-reply";

/**
 * Copies exactly what is in the reply box. The notice appears beside the button (never over it), in a
 * live region that is always in the page so that screen readers announce it.
 */
export function CopyButton({ reply, label, compact = false }: { reply: Reply; label: string; compact?: boolean }) {
  const t = useTranslations("advice.result");
  const tReply = useTranslations("replyBox");
  return (
    <div className="flex min-w-0 items-center gap-2">
      <button
        type="button"
        onClick={() => void reply.copy()}
        className="shrink-0 rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        {label}
      </button>
      <p role="status" className="min-w-0 text-sm text-stone-700 dark:text-stone-300">
        {reply.copyStatus === "copied" ? (
          compact ? (
            tReply("copiedShort")
          ) : (
            t("copied")
          )
        ) : reply.copyStatus === "failed" ? (
          compact ? (
            <a href="#advice-result" className="underline underline-offset-2">
              {tReply("copyFailedShort")}
            </a>
          ) : (
            t("copyFailed")
          )
        ) : null}
      </p>
    </div>
  );
}
