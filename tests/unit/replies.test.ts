import fs from "node:fs";
import path from "node:path";

import { isArgumentElement, isSelectElement, parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { CONDITIONS, decide, LANGUAGES, PLATFORMS, REQUEST_KINDS, ZProfile } from "@/lib/engine";
import { barePlace } from "@/lib/engine/context";
import { REASON_KEYS, renderReason } from "@/lib/engine/reasons";
import { aProfile, aRequest } from "@/lib/engine/test-builders";
import { LANGUAGE_REGISTRY } from "@/lib/i18n/languages";

import { TEMPLATE_KINDS } from "../../scripts/lib/replies-doc";

// The engine's catalogues, lib/i18n/messages/<language>/replies.json: the
// same keys and arguments in every language, each key used by the engine,
// nothing else there.
const dir = path.join(import.meta.dirname, "../../lib/i18n/messages");
const load = (language: string) => JSON.parse(fs.readFileSync(path.join(dir, `${language}/replies.json`), "utf8")) as unknown;

function leaves(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.entries(value as Record<string, unknown>).reduce(
    (acc, [key, child]) => ({ ...acc, ...leaves(child, prefix ? `${prefix}.${key}` : key) }),
    {} as Record<string, string>,
  );
}

/**
 * What a message reads, parsed by the ICU parser use-intl itself uses: the
 * arguments it prints ("name") and the selects it branches on, with their options.
 */
function shape(text: string): { printed: string[]; selects: Record<string, string[]> } {
  const printed = new Set<string>();
  const selects: Record<string, string[]> = {};
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (isArgumentElement(el)) printed.add(el.value);
      else if (isSelectElement(el)) {
        selects[el.value] = [...new Set([...(selects[el.value] ?? []), ...Object.keys(el.options)])].sort();
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type !== TYPE.literal) throw new Error(`unexpected ${TYPE[el.type]} in ${text}`);
    }
  };
  walk(parse(text));
  return { printed: [...printed].sort(), selects };
}

const YES_NO = ["yes", "no"];
/** What the engine passes to each section's messages: printed arguments, and the values of each select. */
const PROVIDED: Record<string, { printed: string[]; selects: Record<string, readonly string[]> }> = {
  templates: {
    printed: ["name", "place", "url", "platformName", "practiceUrl"],
    selects: {
      named: YES_NO,
      placed: YES_NO,
      // Finnish takes a place typed in a locative case as it is (lib/engine/templates.ts).
      placeForm: ["locative", "bare"],
      linked: YES_NO,
      practice: YES_NO,
      platform: PLATFORMS,
      scope: ["close", "personal", "work"],
      kind: REQUEST_KINDS,
      care: ["clients", "patients", "school"],
    },
  },
  reasons: { printed: ["platformName"], selects: { platform: PLATFORMS, kind: ["follow", "request"] } },
  conditions: { printed: [], selects: {} },
};

const en = leaves(load("en"));
const used = [
  ...TEMPLATE_KINDS.flatMap((kind) => [`templates.${kind}.warm`, `templates.${kind}.brief`]),
  ...REASON_KEYS.map((key) => `reasons.${key}`),
  ...CONDITIONS.map((c) => `conditions.${c}`),
].sort();

describe("the engine's catalogues (replies.json)", () => {
  it("English has exactly the keys the engine uses: none missing, none unused", () => {
    expect(Object.keys(en).sort()).toEqual(used);
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s has exactly the English keys", (language) => {
    expect(Object.keys(leaves(load(language))).sort()).toEqual(Object.keys(en).sort());
  });

  // Languages may branch differently (Finnish inflects the request kind where
  // English needs no word for it), but each prints what English prints and
  // reads only what the engine passes.
  it.each(LANGUAGES.map((l) => [l] as const))("%s prints the same arguments as English and selects only over values the engine passes", (language) => {
    const messages = leaves(load(language));
    for (const [key, text] of Object.entries(messages)) {
      const { printed, selects } = shape(text);
      const provided = PROVIDED[key.split(".")[0]!]!;
      expect([key, printed]).toEqual([key, shape(en[key]!).printed]);
      for (const arg of printed) expect([key, provided.printed]).toEqual([key, expect.arrayContaining([arg])]);
      for (const [arg, options] of Object.entries(selects)) {
        const values = provided.selects[arg];
        expect([key, arg, values !== undefined]).toEqual([key, arg, true]);
        expect([key, arg, options]).toEqual([key, arg, expect.arrayContaining(["other"])]);
        for (const option of options) if (option !== "other") expect([key, arg, values]).toEqual([key, arg, expect.arrayContaining([option])]);
      }
    }
  });

  it("is the catalogue each registry entry imports", () => {
    for (const language of LANGUAGES) expect(LANGUAGE_REGISTRY[language].replies).toEqual(load(language));
  });

  it("renders every reason and condition in every language, without codes or talk about sources", () => {
    for (const language of LANGUAGES) {
      for (const key of REASON_KEYS)
        for (const platform of PLATFORMS)
          for (const follow of [false, true]) {
            const { text } = renderReason(key, platform, language, follow);
            expect(text.length).toBeGreaterThan(10);
            expect([key, text]).not.toEqual([key, expect.stringMatching(/[{}]|\b[PD]\d{1,2}\b|sources?\b|lähte|kilde|källa|källor/i)]);
          }
    }
  });

  it("keeps Swedish in the published JSON Schema's languages", () => {
    const schema = z.toJSONSchema(ZProfile, { io: "input", unrepresentable: "any" }) as unknown as { properties: { language: { enum: string[] } } };
    expect(schema.properties.language.enum).toEqual([...LANGUAGES]);
    expect(LANGUAGES).toContain("sv");
  });
});

describe("where you met (metAt)", () => {
  it.each([
    ["at Slush", "Slush"],
    ["At the design week", "the design week"],
    ["på konferansen i Bergen", "konferansen i Bergen"],
    ["i Bergen", "Bergen"],
    ["vid Slush", "Slush"],
    ["hos Acme", "Acme"],
    ["  in  Oslo ", "Oslo"],
    ["designviikolla", "designviikolla"],
    ["Slush", "Slush"],
    ["Intro Days", "Intro Days"],
    ["at", "at"],
  ])("%j is the bare place %j", (typed, bare) => {
    expect(barePlace(typed)).toBe(bare);
  });

  const met = (language: (typeof LANGUAGES)[number], request: Parameters<typeof aRequest>[2]) =>
    decide(aProfile({ language }), aRequest("linkedin", "work_acquaintance", { requesterName: "Jussi", ...request }));

  it("wraps the bare place the same way whether or not a preposition was typed, in every language", () => {
    for (const language of LANGUAGES) {
      const bare = met(language, { met: "in_person", metAt: "Slush" });
      const typed = met(language, { met: "in_person", metAt: language === "en" ? "at Slush" : "på Slush" });
      expect(typed.templates).toEqual(bare.templates);
      expect(bare.templates.map((t) => t.text).join("\n")).toContain("Slush");
      expect(bare.templates.map((t) => t.text).join("\n")).not.toMatch(/\b(at at|på på|i i) /);
    }
  });

  it("ignores the place unless you met in person or a meeting is planned", () => {
    for (const language of LANGUAGES)
      for (const how of ["never", "online"] as const) {
        const d = decide(aProfile({ language, facebook: "civilian" }), aRequest("facebook", "stranger", { met: how, metAt: "Slush", requesterName: "Åsa" }));
        for (const t of d.templates) {
          expect(t.text).not.toContain("Slush");
          expect(t.text).not.toMatch(/nice to|good to meet|mukava tavata|hyggelig å treffe|trevligt att träffas/i);
        }
      }
  });

  it("prints names and places exactly as typed: ICU syntax in them is text, never a message", () => {
    for (const language of LANGUAGES) {
      const name = "{platform} '{x}' #";
      const place = "{name, select, other {Oslo}}";
      const d = decide(aProfile({ language }), aRequest("linkedin", "work_acquaintance", { requesterName: name, met: "in_person", metAt: place }));
      const text = d.templates.map((t) => t.text).join("\n");
      expect(text).toContain(name);
      expect(text).toContain(place);
    }
  });

  it("a reply in another language than the interface stays correct", () => {
    const d = decide(
      aProfile({ language: "fi" }),
      aRequest("linkedin", "work_acquaintance", { met: "in_person", metAt: "på Slush", requesterName: "Ingrid" }),
      {
        templateLanguage: "nb",
      },
    );
    expect(d.templates[0]!.text).toContain("Slush var et fint sted å møtes");
    expect(d.reasons[0]!.text).toMatch(/[äö]|LinkedIn/);
  });
});
