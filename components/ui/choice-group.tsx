import type { ReactNode } from "react";

export type Choice<T extends string> = { value: T; label: ReactNode; hint?: ReactNode };

/** A labelled group of radio buttons drawn as cards; arrow keys move between them. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  description,
  choices,
  value,
  onChange,
  columns = 1,
}: {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  choices: Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  columns?: 1 | 2 | 3 | 4;
}) {
  const grid = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3", 4: "grid-cols-2 sm:grid-cols-4" }[columns];
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{legend}</legend>
      {description ? <p className="text-sm text-stone-600 dark:text-stone-400">{description}</p> : null}
      <div className={`grid gap-2 ${grid}`}>
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[:checked]:border-stone-900 has-[:checked]:ring-2 has-[:checked]:ring-stone-900 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-indigo-500 dark:border-stone-700 dark:bg-stone-900 dark:has-[:checked]:border-stone-100 dark:has-[:checked]:ring-stone-100"
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="mt-1 size-4 shrink-0 accent-stone-900 dark:accent-stone-100"
            />
            <span>
              <span className="block font-medium">{choice.label}</span>
              {choice.hint ? <span className="block text-sm text-stone-600 dark:text-stone-400">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
