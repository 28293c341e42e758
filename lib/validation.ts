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

/** The most a server action's JSON input may hold (the framework's body limit, next.config.ts, is the same 64 kB). */
export const MAX_ACTION_INPUT_CHARACTERS = 64 * 1024;

/**
 * Parses a server action's input, sent as one JSON string, like a route's JSON body: React's own
 * decoding of an object argument drops a `__proto__` key silently, while a string arrives whole, so
 * that key (and anything else that is not valid JSON for `schema`) is refused here.
 */
export function parseJsonInput<T>(schema: z.ZodType<T>, json: unknown): Result<T, Failure<"invalid">> {
  if (typeof json !== "string") return fail("invalid", [{ path: "(root)", message: "Send the input as one JSON string" }]);
  if (json.length > MAX_ACTION_INPUT_CHARACTERS) return fail("invalid", [{ path: "(root)", message: "Too long: at most 64 kB" }]);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail("invalid", [{ path: "(root)", message: "Not valid JSON" }]);
  }
  return parseInput(schema, data);
}
