import { useTranslations } from "next-intl";

import type { Verdict } from "@/lib/engine/vocabulary";

// Colour is never the only signal: every verdict has its own icon and word.
const STYLES: Record<Verdict, string> = {
  accept: "bg-emerald-100 text-emerald-900 border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100 dark:border-emerald-400",
  decline: "bg-rose-100 text-rose-900 border-rose-700 dark:bg-rose-950 dark:text-rose-100 dark:border-rose-400",
  redirect: "bg-sky-100 text-sky-900 border-sky-700 dark:bg-sky-950 dark:text-sky-100 dark:border-sky-400",
};

export function VerdictIcon({ verdict, className = "size-4" }: { verdict: Verdict; className?: string }) {
  const common = { className, viewBox: "0 0 20 20", fill: "none", stroke: "currentColor", strokeWidth: 2.2, "aria-hidden": true as const };
  switch (verdict) {
    case "accept":
      return (
        <svg {...common}>
          <path d="M4 10.5l4 4 8-9" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case "decline":
      return (
        <svg {...common}>
          <path d="M5 5l10 10M15 5L5 15" strokeLinecap="round" />
        </svg>
      );
    case "redirect":
      return (
        <svg {...common}>
          <path d="M4 14V9a3 3 0 013-3h9M12 2.5L16 6l-4 3.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    default: {
      const unreachable: never = verdict;
      return unreachable;
    }
  }
}

/** The verdict with its icon; `label` words it otherwise (a public account's follower: "Keep", "Remove"). */
export function VerdictBadge({ verdict, size = "sm", label }: { verdict: Verdict; size?: "sm" | "lg"; label?: string }) {
  const t = useTranslations("verdicts");
  const sizing = size === "lg" ? "gap-2 px-3 py-1.5 text-lg" : "gap-1 px-2 py-0.5 text-sm";
  return (
    <span className={`inline-flex items-center rounded-md border font-semibold ${sizing} ${STYLES[verdict]}`}>
      <VerdictIcon verdict={verdict} className={size === "lg" ? "size-5" : "size-4"} />
      {label ?? t(verdict)}
    </span>
  );
}
