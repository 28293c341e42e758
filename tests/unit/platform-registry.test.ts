/**
 * What the interface derives from the platform registry
 * (lib/engine/platforms.ts): every registered platform has its label in
 * every message catalogue, is sent to the browser where labels are shown,
 * has its questionnaire step, and starts out in a fresh draft with the
 * registry's defaults. The engine's side is checked in
 * lib/engine/platforms.test.ts.
 */
import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { draftToProfileInput, emptyDraft, profileToDraft } from "@/lib/client/kindly-store";
import { LANGUAGES, PLATFORM_FACTS, PLATFORM_LABEL_NAMESPACE, PLATFORMS, ZProfile } from "@/lib/engine";
import { CLIENT_MESSAGES } from "@/lib/i18n/client-messages";
import { isPlatformStep, STEPS } from "@/lib/questionnaire";

const dir = path.join(import.meta.dirname, "../../lib/i18n/messages");
const catalogue = (locale: string) => JSON.parse(fs.readFileSync(path.join(dir, `${locale}/app.json`), "utf8")) as Record<string, unknown>;
const at = (messages: unknown, dotted: string) =>
  dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

describe("platform labels", () => {
  it.each(LANGUAGES)("%s labels every registered platform, and only those", (locale) => {
    const labels = at(catalogue(locale), PLATFORM_LABEL_NAMESPACE) as Record<string, string>;
    for (const p of PLATFORMS) {
      const label = labels[PLATFORM_FACTS[p].labelKey];
      expect([p, typeof label === "string" && label.trim() !== ""]).toEqual([p, true]);
      // Proper nouns: the label starts with the platform's own name ("X (Twitter)").
      expect(label!.startsWith(PLATFORM_FACTS[p].name), `${locale} ${p}`).toBe(true);
    }
    expect(Object.keys(labels).sort()).toEqual(PLATFORMS.map((p) => PLATFORM_FACTS[p].labelKey).sort());
  });

  it("sends the labels to every page whose client components show them", () => {
    for (const part of ["questionnaire", "policy", "advice"] as const) {
      expect(
        CLIENT_MESSAGES[part].some((p: string) => PLATFORM_LABEL_NAMESPACE === p || PLATFORM_LABEL_NAMESPACE.startsWith(`${p}.`)),
        part,
      ).toBe(true);
    }
  });
});

describe("the questionnaire", () => {
  it("asks about every platform once, in the registry's order, between 'about' and 'review'", () => {
    expect(STEPS).toEqual(["about", ...PLATFORMS, "review"]);
    expect(STEPS.filter(isPlatformStep)).toEqual(PLATFORMS);
  });

  it("starts every platform unanswered (read as not used until chosen), with the registry's visibility", () => {
    const draft = emptyDraft("en");
    expect(Object.keys(draft.platforms)).toEqual(PLATFORMS);
    for (const p of PLATFORMS) expect(draft.platforms[p]).toEqual({ persona: null, visibility: PLATFORM_FACTS[p].defaultVisibility });
  });

  it("carries every platform's answers into the profile and back", () => {
    const draft = emptyDraft("fi");
    for (const p of PLATFORMS)
      draft.platforms[p] = {
        persona: PLATFORM_FACTS[p].defaultPersona,
        visibility: PLATFORM_FACTS[p].asksVisibility ? "public" : PLATFORM_FACTS[p].defaultVisibility,
      };
    const profile = ZProfile.parse(draftToProfileInput(draft, null));
    expect(Object.keys(profile.platforms)).toEqual(PLATFORMS);
    expect(profileToDraft(profile)).toEqual(draft);
  });
});
