import { describe, expect, it } from "vitest";

import { PRINCIPLES } from "@/lib/engine";
import en from "@/lib/i18n/messages/en/app.json";
import { PRINCIPLE_SOURCES, principleHref } from "@/lib/i18n/principle-sources";

describe("where the advice comes from", () => {
  it("lists every principle the engine can cite exactly once, under its source", () => {
    const listed = PRINCIPLE_SOURCES.flatMap((group) => group.principles);
    expect([...listed].sort()).toEqual([...PRINCIPLES].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("gives every principle a plain name and an explanation, and every source a title and a description", () => {
    for (const p of PRINCIPLES) {
      expect([p, en.principles.names[p]?.length > 0, en.principles.texts[p]?.length > 0]).toEqual([p, true, true]);
      // A plain name, not the id itself.
      expect(en.principles.names[p]).not.toMatch(/\b[PD]\d+\b/);
    }
    for (const { source } of PRINCIPLE_SOURCES) expect(en.principles.sources[source].title.length).toBeGreaterThan(0);
  });

  it("links each principle to its own entry on the sources page", () => {
    expect(principleHref("P7")).toBe("/sources#P7");
    expect(principleHref("D1")).toBe("/sources#D1");
  });
});
