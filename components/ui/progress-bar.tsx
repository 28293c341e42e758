/** `announce: false` where the screen already says the progress in its own announcement (the triage queue). */
export function ProgressBar({ value, max, label, announce = true }: { value: number; max: number; label: string; announce?: boolean }) {
  const percent = Math.round((value / max) * 100);
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-stone-700 dark:text-stone-300" aria-live={announce ? "polite" : undefined}>
        {label}
      </p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        className="h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
      >
        <div className="h-full rounded-full bg-stone-900 transition-[width] dark:bg-stone-100" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
