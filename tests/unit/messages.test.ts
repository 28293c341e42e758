import fs from "node:fs";
import path from "node:path";

import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";

import { ACTIONS, LANGUAGES, PLATFORM_FACTS, PLATFORMS, PROFESSIONS, RELATIONSHIPS, REQUEST_KINDS, TONES, VERDICTS } from "@/lib/engine";
import { PROBLEM_CODES, REQUEST_STATUSES } from "@/lib/import/schemas";

const dir = path.join(import.meta.dirname, "../../lib/i18n/messages");
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(dir, `${locale}/app.json`), "utf8"));
// Every catalogue folder (one with an app.json; sv-pending/ holds other branches' keys), registered or not yet: a language's catalogue is checked before it joins the registry.
const FOLDERS = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "app.json")))
  .map((entry) => entry.name)
  .sort();
const messages: Record<string, unknown> = Object.fromEntries(FOLDERS.map((l) => [l, load(l)]));

function leaves(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.entries(value as Record<string, unknown>).reduce(
    (acc, [key, child]) => ({ ...acc, ...leaves(child, prefix ? `${prefix}.${key}` : key) }),
    {} as Record<string, string>,
  );
}

// ICU arguments ({name}, {count, plural, …}, {platform, select, …}), including those inside a branch,
// but not a branch's own text.
function placeholders(text: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const readUntil = (stops: string) => {
    const start = i;
    while (i < text.length && !stops.includes(text[i]!)) i++;
    return text.slice(start, i).trim();
  };
  const parseText = () => {
    while (i < text.length && text[i] !== "}") {
      if (text[i] === "{") {
        i++;
        parseArgument();
      } else i++;
    }
  };
  const parseArgument = () => {
    names.add(readUntil(",}"));
    if (text[i++] === "}") return;
    const type = readUntil(",}");
    if (text[i++] === "}") return;
    if (!["select", "plural", "selectordinal"].includes(type)) {
      readUntil("}");
      i++;
      return;
    }
    for (;;) {
      readUntil("{}");
      if (text[i++] === "}") return;
      parseText();
      i++;
    }
  };
  parseText();
  return [...names].sort();
}

// Every key a component uses, found by reading the source: t("…") calls under a namespace.
function sourceFiles(root: string): string[] {
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("message files", () => {
  const en = leaves(messages.en);

  it("has a catalogue folder for every registered language, and the English catalogue names every folder's language", () => {
    for (const l of LANGUAGES) expect([l, FOLDERS.includes(l)]).toEqual([l, true]);
    for (const l of FOLDERS) expect([l, typeof en[`languages.${l}`]]).toEqual([l, "string"]);
  });

  it.each(FOLDERS.filter((l) => l !== "en"))("%s has exactly the English keys", (locale) => {
    const other = leaves(messages[locale]);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(FOLDERS.filter((l) => l !== "en"))("%s keeps every placeholder", (locale) => {
    const other = leaves(messages[locale]);
    for (const [key, text] of Object.entries(en)) expect([key, placeholders(other[key] ?? "")]).toEqual([key, placeholders(text)]);
  });

  // Formats every message as the app does: invalid ICU fails here, and a `{platform, select, …}`
  // must give every platform its own wording (a case per id, not the fallback).
  it.each(FOLDERS)("%s: every message is valid ICU, and a select over platform covers each platform", (locale) => {
    const errors: string[] = [];
    const translate = createTranslator({ locale, messages: messages[locale] as never, onError: (error) => errors.push(error.message) }) as unknown as (
      key: string,
      params?: Record<string, string | number>,
    ) => string;
    const numeric = new Set(["count", "n", "current", "total", "min", "max"]);
    for (const [key, text] of Object.entries(leaves(messages[locale]))) {
      const params = Object.fromEntries(placeholders(text).map((name = "") => [name, numeric.has(name) ? 2 : name]));
      translate(key, params);
      if (/\{platform, select,/.test(text)) {
        const fallback = translate(key, { ...params, platform: "not-a-platform" });
        for (const platform of PLATFORMS) expect([key, platform, translate(key, { ...params, platform }) === fallback]).toEqual([key, platform, false]);
      }
    }
    expect(errors).toEqual([]);
  });

  it("has no empty message", () => {
    for (const locale of FOLDERS)
      for (const [key, text] of Object.entries(leaves(messages[locale]))) expect([locale, key, text.trim().length > 0]).toEqual([locale, key, true]);
  });

  it("labels every value of the engine's vocabulary", () => {
    for (const r of RELATIONSHIPS) expect(en[`relationships.${r}`]).toBeTruthy();
    for (const v of VERDICTS) expect(en[`verdicts.${v}`]).toBeTruthy();
    for (const a of ACTIONS) expect(en[`actions.${a}`]).toBeTruthy();
    for (const t of TONES) expect(en[`tones.${t}`]).toBeTruthy();
    for (const l of LANGUAGES) expect(en[`languages.${l}`]).toBeTruthy();
    // Contract v2: professions, request kinds, answers in follower terms and as another reasonable choice.
    for (const p of PROFESSIONS) expect(en[`questionnaire.about.work.professions.${p}.label`]).toBeTruthy();
    for (const k of REQUEST_KINDS) expect(en[`advice.result.kind.${k}`]).toBeTruthy();
    for (const v of VERDICTS) for (const key of ["follow.answers", "alternatives.answer", "alternatives.follow"]) expect(en[`${key}.${v}`]).toBeTruthy();
  });

  const root = path.join(import.meta.dirname, "../..");
  const code = [
    ...sourceFiles(path.join(root, "app")),
    ...sourceFiles(path.join(root, "components")),
    ...sourceFiles(path.join(root, "lib/client")),
    ...sourceFiles(path.join(root, "lib/i18n")),
    ...sourceFiles(path.join(root, "lib/mail")),
  ]
    .map((f) => fs.readFileSync(f, "utf8"))
    .join("\n");

  it("has no unused key: every leaf is named in the code or is a value the code iterates over", () => {
    const vocabulary = new Set<string>([
      ...RELATIONSHIPS,
      ...VERDICTS,
      ...ACTIONS,
      ...TONES,
      ...LANGUAGES,
      ...FOLDERS,
      ...PLATFORMS.map((p) => PLATFORM_FACTS[p].labelKey),
      ...PROFESSIONS,
      ...REQUEST_KINDS,
      ...PROBLEM_CODES,
      ...REQUEST_STATUSES,
      "civilian",
      "professional",
      "mixed",
      "public",
      "private",
      "selective",
      "open",
      "never",
      "online",
      "in_person",
      "meeting_planned",
      "none",
      "few",
      "many",
      "fake_profile",
      "sales_pitch",
      "harassment",
      "answer",
      "glance",
      "reply",
      "about",
      "review",
      "noPlatform",
      "invalid",
      "tooLong",
      "oneLine",
      "linkedinUrl",
      "title",
      "text",
      "label",
      "hint",
    ]);
    const unused = Object.keys(en).filter((key) => {
      const segments = key.split(".").slice(1);
      const leaf = segments.at(-1)!;
      if (vocabulary.has(leaf)) return !segments.slice(0, -1).every((s) => vocabulary.has(s) || code.includes(s));
      return !new RegExp(`["'.\`]${leaf}["'\`)]`).test(code);
    });
    expect(unused).toEqual([]);
  });

  it("has no unused top-level namespace and every namespace used in code exists", () => {
    const used = new Set(
      [...code.matchAll(/(?:useTranslations|getTranslations|createTranslator)\(\s*(?:\{[^}]*namespace:\s*)?"([\w.]+)"/g)].map((m) => m[1]!.split(".")[0]!),
    );
    expect([...used].sort()).toEqual(Object.keys(messages.en as object).sort());
  });
});
