import type { z } from "zod";

import { fail, fieldErrors, type FieldError, type Failure, type Result } from "@/lib/errors";

// Parsing untrusted input, the same way at every boundary (route handlers,
// server actions): a schema, and no key that could reach an object's prototype.

const FORBIDDEN_KEY = "__proto__";

/** The path of the first own `__proto__` key in `value` (at any depth, cycles allowed), or null. */
export function forbiddenKeyPath(value: unknown): string | null {
  type Entry = { node: unknown; key: string; parent: Entry | null };
  const pathOf = (entry: Entry | null, last: string) => {
    const keys = [last];
    for (let e = entry; e?.parent; e = e.parent) keys.unshift(e.key);
    return keys.join(".");
  };
  const seen = new Set<object>();
  const stack: Entry[] = [{ node: value, key: "", parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node } = entry;
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      if (key === FORBIDDEN_KEY) return pathOf(entry, key);
      stack.push({ node: (node as Record<string, unknown>)[key], key, parent: entry });
    }
  }
  return null;
}

export function forbiddenKeyError(path: string): FieldError {
  return { path, message: `Unrecognized key: "${FORBIDDEN_KEY}"` };
}

/** Parses `input` with `schema`: typed data, or "invalid" with field errors. A `__proto__` key anywhere is refused. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): Result<T, Failure<"invalid">> {
  // A record type drops a `__proto__` key silently; refuse it like any unknown field.
  const forbidden = forbiddenKeyPath(input);
  if (forbidden !== null) return fail("invalid", [forbiddenKeyError(forbidden)]);
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : fail("invalid", fieldErrors(parsed.error));
}
