import type { ReactNode } from "react";

/** What went wrong with a form, read out at once. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <p
      role="alert"
      className="rounded-lg border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-800 dark:border-red-400 dark:bg-red-950 dark:text-red-200"
    >
      {children}
    </p>
  );
}

/** What a form did (a mail sent, a password changed), read out politely. */
export function DoneNotice({ children }: { children: ReactNode }) {
  return (
    <div
      role="status"
      className="space-y-3 rounded-lg border border-emerald-700 bg-emerald-50 p-4 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100"
    >
      {children}
    </div>
  );
}

export const submitClass =
  "w-full rounded-lg bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300";

export const linkClass = "font-semibold underline underline-offset-2";
