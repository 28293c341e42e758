import vm from "node:vm";

import { describe, expect, it } from "vitest";

import { DRAFT_HINT_ATTRIBUTE, POLICY_HINT_ATTRIBUTE, POLICY_HINT_SCRIPT, STORAGE_KEY } from "@/lib/client/policy-hint";

/** Runs the layout's inline script against a stored value (or a storage that throws) and returns the marks it set on <html>. */
function marksOf(stored: string | null | Error): string[] {
  const attributes = new Map<string, string>();
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === STORAGE_KEY ? stored : null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
  vm.runInNewContext(POLICY_HINT_SCRIPT, { localStorage, document });
  return [...attributes.keys()].sort();
}

const marks = (stored: string | null | Error) => marksOf(stored).includes(POLICY_HINT_ATTRIBUTE);

describe("the inline policy hint", () => {
  it("marks <html> only when the stored state has a draft and a saved policy", () => {
    expect(marks(JSON.stringify({ draft: { displayName: "Aino" }, step: 5, profile: { displayName: "Aino" } }))).toBe(true);
    expect(marks(JSON.stringify({ draft: { displayName: "Aino" }, step: 2, profile: null }))).toBe(false);
    expect(marks(JSON.stringify({ draft: { displayName: "Aino" }, step: 2 }))).toBe(false);
    // The store ignores a state without a draft, so the hint does too.
    expect(marks(JSON.stringify({ profile: { displayName: "Aino" } }))).toBe(false);
    expect(marks(null)).toBe(false);
  });

  it("marks a stored draft, with or without a saved policy", () => {
    expect(marksOf(JSON.stringify({ draft: { displayName: "Aino" }, step: 2, profile: null }))).toEqual([DRAFT_HINT_ATTRIBUTE]);
    expect(marksOf(JSON.stringify({ draft: { displayName: "Aino" }, step: 0, profile: { displayName: "Aino" } }))).toEqual(
      [DRAFT_HINT_ATTRIBUTE, POLICY_HINT_ATTRIBUTE].sort(),
    );
    expect(marksOf(JSON.stringify({ step: 2 }))).toEqual([]);
  });

  it("never throws: unreadable JSON, odd values and blocked storage leave <html> unmarked", () => {
    for (const stored of ["{not json", "null", "42", '"text"', "[]", new Error("SecurityError: storage is disabled")]) {
      expect(() => marks(stored)).not.toThrow();
      expect(marksOf(stored)).toEqual([]);
    }
  });
});
