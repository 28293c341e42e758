import fs from "node:fs";
import path from "node:path";

import createMiddleware from "next-intl/middleware";
import { defineRouting } from "next-intl/routing";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { alternates } from "@/lib/i18n/alternates";
import { LANGUAGE_REGISTRY, LANGUAGES } from "@/lib/i18n/languages";
import { loadMessages } from "@/lib/i18n/messages";
import en from "@/lib/i18n/messages/en/app.json";
import { nativeLanguageName } from "@/lib/i18n/native-name";
import { routing } from "@/lib/i18n/routing";

// Adding a language is one registry entry plus its catalogue folder
// (lib/i18n/languages.ts). These tests fail when a registered language lacks
// what the rest of the app reads for it.

const dir = path.join(import.meta.dirname, "../../lib/i18n/messages");

describe("the language registry", () => {
  it.each(LANGUAGES)("%s has its catalogue folder with the whole interface", async (language) => {
    expect(fs.existsSync(path.join(dir, language, "app.json"))).toBe(true);
    const messages = await loadMessages(language);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    expect(LANGUAGE_REGISTRY[language].timeZone).toMatch(/^[A-Z][a-z]+\/[A-Za-z_]+$/);
    expect(() => new Intl.DateTimeFormat(language, { timeZone: LANGUAGE_REGISTRY[language].timeZone })).not.toThrow();
  });

  it("routes every registered language, English by default", () => {
    expect([...routing.locales]).toEqual(LANGUAGES);
    expect(routing.defaultLocale).toBe("en");
  });

  it("links every language's version of a page (hreflang), with English as x-default", () => {
    const { canonical, languages } = alternates("fi", "/policy");
    expect(canonical).toBe("/fi/policy");
    expect(languages).toEqual({ ...Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}/policy`])), "x-default": "/en/policy" });
  });

  it("names each language in that language for the switch", () => {
    for (const language of LANGUAGES) expect(nativeLanguageName(language).length).toBeGreaterThan(1);
    expect(["en", "fi", "nb", "sv"].map(nativeLanguageName)).toEqual(["English", "Suomi", "Norsk bokmål", "Svenska"]);
  });
});

describe("Accept-Language", () => {
  // The app's own routing, with Swedish in it whether or not it is registered yet:
  // what a visitor without a saved choice gets at "/".
  const withSwedish = defineRouting({ ...routing, locales: [...new Set([...routing.locales, "sv"])] });
  const handle = createMiddleware(withSwedish);
  const landing = (acceptLanguage: string) =>
    new URL(handle(new NextRequest("http://kindly.test/", { headers: { "accept-language": acceptLanguage } })).headers.get("location") ?? "").pathname;

  it.each([
    ["sv", "/sv"],
    ["sv-SE,sv;q=0.9,en;q=0.5", "/sv"],
    ["sv-FI", "/sv"],
    ["fi-FI,fi;q=0.9,sv;q=0.8", "/fi"],
    ["nb-NO,nb;q=0.9", "/nb"],
    ["no", "/nb"],
    ["nn-NO,nn;q=0.9", "/nb"],
    ["de-DE,de;q=0.9", "/en"],
    ["", "/en"],
  ])("%j lands on %s", (acceptLanguage, expected) => {
    expect(landing(acceptLanguage)).toBe(expected);
  });
});
