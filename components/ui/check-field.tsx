import type { ReactNode } from "react";

export function CheckField({
  label,
  hint,
  checked,
  onChange,
  name,
}: {
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name: string;
}) {
  return (
    <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[:checked]:border-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:has-[:checked]:border-stone-100">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-1 size-4 shrink-0 accent-stone-900 dark:accent-stone-100"
      />
      <span>
        <span className="block font-medium">{label}</span>
        {hint ? <span className="block text-sm text-stone-600 dark:text-stone-400">{hint}</span> : null}
      </span>
    </label>
  );
}
