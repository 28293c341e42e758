/**
 * The platform registry and what the engine derives from it. A platform
 * added to PLATFORM_FACTS is checked here without touching this file: its
 * schema entry, reason and template wording, and the actions the rules may
 * suggest for it. (Its interface labels and questionnaire step are checked
 * in tests/unit/platform-registry.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { buildContext } from "./context";
import {
  ACTIONS,
  decide,
  decideVerdict,
  LANGUAGES,
  PERSONAS,
  PLATFORM_FACTS,
  PLATFORM_NAMES,
  PLATFORMS,
  RELATIONSHIPS,
  VERDICTS,
  ZPlatform,
  ZProfile,
  type Action,
  type AnsweredRequestKind,
  type Platform,
} from "./index";
import { REASON_KEYS, renderReason } from "./reasons";
import { renderTemplate, type TemplateKind, type TemplateVars } from "./templates";
import { aProfile, aRequest } from "./test-builders";

/** Every platform's "accept, but limit" tool. */
const LIMIT_TOOLS: readonly Action[] = PLATFORMS.flatMap((p) => PLATFORM_FACTS[p].limitTool ?? []);

describe("the platform registry", () => {
  it("lists every platform once, in the registry's order, with a name and a label key of its own", () => {
    expect(PLATFORMS).toEqual(Object.keys(PLATFORM_FACTS));
    expect(new Set(PLATFORMS.map((p) => PLATFORM_FACTS[p].name)).size).toBe(PLATFORMS.length);
    expect(new Set(PLATFORMS.map((p) => PLATFORM_FACTS[p].labelKey)).size).toBe(PLATFORMS.length);
    for (const p of PLATFORMS) {
      // Ids are the JSON contract's values: lower-case, no spaces.
      expect(p).toMatch(/^[a-z]+$/);
      expect(PLATFORM_NAMES[p]).toBe(PLATFORM_FACTS[p].name);
    }
  });

  it("states consistent facts for each platform", () => {
    for (const p of PLATFORMS) {
      const facts = PLATFORM_FACTS[p];
      // Public or private only matters where a public account gets follows instead of requests.
      expect([p, facts.asksVisibility]).toEqual([p, facts.requestKind.public !== facts.requestKind.private]);
      if (facts.limitTool !== null) expect(ACTIONS).toContain(facts.limitTool);
      if (facts.noteMaxLength !== null) expect(facts.noteMaxLength.free).toBeLessThanOrEqual(facts.noteMaxLength.premium);
    }
    // PLATFORMS.md: only a LinkedIn invitation carries a note; 200 characters free, 300 with Premium.
    expect(PLATFORM_FACTS.linkedin.noteMaxLength).toEqual({ free: 200, premium: 300 });
  });
});

describe("schemas derived from the registry", () => {
  it("accepts every platform id and nothing else", () => {
    for (const p of PLATFORMS) expect(ZPlatform.parse(p)).toBe(p);
    expect(ZPlatform.safeParse("myspace").success).toBe(false);
  });

  it("gives every platform an absent default with the registry's visibility", () => {
    const profile = ZProfile.parse({});
    expect(Object.keys(profile.platforms)).toEqual(PLATFORMS);
    for (const p of PLATFORMS) {
      expect(profile.platforms[p]).toEqual({ persona: "absent", visibility: PLATFORM_FACTS[p].defaultVisibility, overrides: {} });
      // A platform given without a visibility gets the same default, both parsed and unparsed.
      const given = ZProfile.parse({ platforms: { [p]: { persona: "civilian" } } });
      expect(given.platforms[p].visibility).toBe(PLATFORM_FACTS[p].defaultVisibility);
      const context = buildContext({ platforms: { [p]: { persona: "civilian" } } }, { platform: p, relationship: "friend" });
      expect(context.visibility).toBe(PLATFORM_FACTS[p].defaultVisibility);
    }
  });
});

describe("texts for every platform in every language", () => {
  it("renders every reason with the platform's name and no placeholder left", () => {
    for (const key of REASON_KEYS)
      for (const p of PLATFORMS)
        for (const language of LANGUAGES) {
          const { text } = renderReason(key, p, language);
          expect(text.length, `${key} ${p} ${language}`).toBeGreaterThan(0);
          expect(text, `${key} ${p} ${language}`).not.toMatch(/[{}]|\bundefined\b/);
        }
    // A reason that names the platform names each one in its own words.
    for (const p of PLATFORMS) for (const language of LANGUAGES) expect(renderReason("own-override", p, language).text).toContain(PLATFORM_NAMES[p]);
  });

  // A reply answers a request that waits for approval: the kind it has on a private account.
  const vars = (platform: Platform): TemplateVars => ({
    platform,
    scope: "close",
    name: "Jussi",
    metAt: "",
    url: "",
    sign: "Aino",
    kind: PLATFORM_FACTS[platform].requestKind.private,
    care: "clients",
    practiceUrl: "",
  });
  const KINDS_NAMING_THE_REQUEST: TemplateKind[] = ["redirect", "decline_private", "decline_not_used", "decline_duty", "looking_forward", "thanks_met"];
  const replies = (platform: Platform) =>
    LANGUAGES.flatMap((language) => KINDS_NAMING_THE_REQUEST.map((kind) => renderTemplate(kind, "warm", language, vars(platform))));
  // The replies with the platform's own name taken out: what is left names the request.
  const wording = (platform: Platform) => replies(platform).map((text) => text.split(PLATFORM_NAMES[platform]).join("…"));

  it("names the request as the platform calls it: the same words for the same kind, other words for another kind", () => {
    for (const a of PLATFORMS)
      for (const b of PLATFORMS) {
        if (a >= b) continue;
        const sameKind = PLATFORM_FACTS[a].requestKind.private === PLATFORM_FACTS[b].requestKind.private;
        const same = wording(a).map((text, i) => text === wording(b)[i]);
        if (sameKind) expect([a, b, same.every(Boolean)]).toEqual([a, b, true]);
        else expect([a, b, same.every(Boolean)]).toEqual([a, b, false]);
      }
  });

  it("thanks for an invitation, a friend request or a follow request in English", () => {
    const NOUNS: Record<AnsweredRequestKind, string> = { invitation: "invitation", friend_request: "friend request", follow_request: "follow request" };
    for (const p of PLATFORMS) {
      const text = renderTemplate("decline_private", "warm", "en", vars(p));
      expect(text).toContain(`Thank you for the ${NOUNS[PLATFORM_FACTS[p].requestKind.private]}`);
    }
  });
});

describe("actions the registry allows", () => {
  // Every platform × persona × relationship × the person's own verdict, both networking styles.
  function* decisions(platform: Platform) {
    for (const persona of PERSONAS)
      for (const relationship of RELATIONSHIPS)
        for (const override of [undefined, ...VERDICTS])
          for (const networkingStyle of ["selective", "open"] as const) {
            const profile = aProfile({
              [platform]: persona,
              networkingStyle,
              ...(override === undefined ? {} : { overrides: { [platform]: { [relationship]: override } } }),
            });
            yield decide(profile, aRequest(platform, relationship, { met: "in_person" }));
          }
  }

  it("suggests only the platform's own 'accept, but limit' tool, and suggests it somewhere", () => {
    for (const p of PLATFORMS) {
      const suggested = new Set([...decisions(p)].flatMap((d) => d.actions.filter((a) => LIMIT_TOOLS.includes(a))));
      expect([p, [...suggested]]).toEqual([p, PLATFORM_FACTS[p].limitTool === null ? [] : [PLATFORM_FACTS[p].limitTool]]);
    }
  });

  it("suggests following back only where following back is a thing", () => {
    for (const p of PLATFORMS) {
      const followsBack = [...decisions(p)].some((d) => d.actions.includes("follow_back"));
      expect([p, followsBack]).toEqual([p, PLATFORM_FACTS[p].followBack]);
    }
  });

  it("takes work contacts in on a creative field's professional account only where the platform is a creative channel (P5)", () => {
    for (const p of PLATFORMS) {
      if (p === "linkedin") continue; // LinkedIn's own rules come first
      const rule = decideVerdict(aProfile({ [p]: "professional", creativeField: true }), aRequest(p, "client")).rule;
      expect([p, rule === "creative-professional-work"]).toEqual([p, PLATFORM_FACTS[p].creativeWorkChannel]);
    }
  });
});
