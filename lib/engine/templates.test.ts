import { describe, expect, it } from "vitest";
import { decide, LANGUAGES, PLATFORMS } from "./index";
import { renderTemplate, type Care, type Scope, type TemplateKind, type TemplateVars } from "./templates";
import { AINO_URL, aProfile, aRequest } from "./test-builders";

const KINDS: TemplateKind[] = [
  "redirect",
  "redirect_not_used",
  "decline_private",
  "decline_network",
  "decline_not_used",
  "decline_sales",
  "decline_duty",
  "thanks_met",
  "looking_forward",
];
const SCOPES: Scope[] = ["close", "personal", "work"];
const CARES: Care[] = ["clients", "patients", "school"];
const PRACTICE_URL = "https://www.example.fi/terapia";

function* allVars(): Generator<TemplateVars> {
  for (const platform of PLATFORMS)
    for (const scope of SCOPES)
      for (const name of ["", "Jussi"])
        for (const metAt of ["", "Slush"])
          for (const url of ["", AINO_URL])
            for (const sign of ["", "Aino"]) {
              // The request kind, the care and the practice page rotate: each value is used.
              const i = PLATFORMS.indexOf(platform) + SCOPES.indexOf(scope) + name.length + metAt.length + url.length + sign.length;
              yield {
                platform,
                scope,
                name,
                metAt,
                url,
                sign,
                kind: (["invitation", "friend_request", "follow_request", "follow"] as const)[i % 4]!,
                care: CARES[i % 3]!,
                practiceUrl: i % 2 === 0 ? "" : PRACTICE_URL,
              };
            }
}

// P16: honest and plain — no overselling words in any language.
const SUPERLATIVES = /extremely|amazing|incredibl|awesome|fantastic|perfect|erittäin|uskomat|mahtava|täydellinen|fantastisk|utrolig|ekstremt|perfekt/i;

// Some 14,000 replies formatted from the ICU catalogues: more than vitest's 5 s default on a loaded machine.
describe("every template, every variable combination", { timeout: 60_000 }, () => {
  it("reads naturally with and without each variable", () => {
    let rendered = 0;
    for (const language of LANGUAGES)
      for (const v of allVars()) {
        const texts = KINDS.flatMap((k) => [renderTemplate(k, "warm", language, v), renderTemplate(k, "brief", language, v)]);
        for (const text of texts) {
          rendered++;
          expect(text).not.toMatch(/\bundefined\b|\bnull\b|[{}]| {2}| [,.!?:]|^(Hi|Hei) ?[,!] ?[,!]/);
          expect(text.length).toBeLessThan(600);
          expect(text).not.toMatch(SUPERLATIVES);
          if (v.name !== "") expect(text).toContain(v.name);
          if (v.sign !== "") expect(text.endsWith(`\n${v.sign}`)).toBe(true);
          else expect(text.endsWith("\n")).toBe(false);
        }
      }
    expect(rendered).toBe(LANGUAGES.length * 192 * KINDS.length * 2);
  });

  it("puts the LinkedIn URL in every redirect that has one, and a way to find you otherwise", () => {
    for (const language of LANGUAGES)
      for (const v of allVars())
        for (const kind of ["redirect", "redirect_not_used"] as const)
          for (const tone of ["warm", "brief"] as const) {
            const text = renderTemplate(kind, tone, language, v);
            if (v.url !== "") expect(text).toContain(v.url);
            else expect(text).toMatch(/search for my name|nimellä hakemalla|navnet mitt|mitt namn/);
          }
  });
});

describe("language-specific wording", () => {
  const fiProfile = aProfile({ language: "fi", displayName: "Pekka", facebook: "civilian" });
  const nbProfile = aProfile({ language: "nb", displayName: "Sara", facebook: "civilian" });

  it("Finnish keeps the name and the place in the nominative", () => {
    const d = decide(fiProfile, aRequest("facebook", "coworker", { requesterName: "Jussi", met: "in_person", metAt: "Slush" }));
    const warm = d.templates.find((t) => t.tone === "warm")!.text;
    expect(warm.startsWith("Hei Jussi!\nKiitos kaveripyynnöstä!")).toBe(true);
    expect(warm).toContain("Oli mukava tavata, ja Slush oli siihen hyvä paikka.");
    expect(warm).toContain(AINO_URL);
    expect(warm.endsWith("\nPekka")).toBe(true);
  });

  it("Finnish without a name greets plainly", () => {
    const d = decide(fiProfile, aRequest("facebook", "coworker"));
    for (const t of d.templates) expect(t.text.startsWith("Hei!")).toBe(true);
  });

  it("Norwegian bokmål greets and thanks naturally", () => {
    const d = decide(nbProfile, aRequest("facebook", "client", { requesterName: "Ola" }));
    const brief = d.templates.find((t) => t.tone === "brief")!.text;
    expect(brief.startsWith("Hei Ola! Takk for venneforespørselen.")).toBe(true);
    expect(brief).toContain("holde kontakten på LinkedIn");
  });

  it("English without a name or place never leaves a gap", () => {
    const d = decide(aProfile({ facebook: "civilian", displayName: "" }), aRequest("facebook", "client"));
    for (const t of d.templates) {
      expect(t.text.startsWith(t.tone === "warm" ? "Hi,\n" : "Thanks for the")).toBe(true);
      expect(t.text).not.toMatch(/ at \.| at$/);
    }
  });

  it("answers a client in English while reasons stay in Finnish (templateLanguage)", () => {
    const d = decide(fiProfile, aRequest("facebook", "client", { requesterName: "Lee" }), { templateLanguage: "en" });
    expect(d.templates.every((t) => t.language === "en" && t.text.startsWith("Hi Lee"))).toBe(true);
    expect(d.reasons[0]?.text).toMatch(/Facebook on sinulle/);
  });

  // Contract v2: a LinkedIn invitation without a message cannot be answered
  // before accepting, so the v1 "curious" reply is gone: a cold stranger is
  // ignored, and "accept, then ask" is the alternative.
  it("ignores a cold stranger's LinkedIn invitation silently; accepting, then asking is the alternative", () => {
    const d = decide(aProfile({ language: "nb" }), aRequest("linkedin", "stranger", { requesterName: "Kari" }));
    expect(d.verdict).toBe("decline");
    expect(d.templates).toEqual([]);
    expect(d.actions).toEqual(["ignore_quietly"]);
    expect(d.alternatives).toEqual([
      {
        verdict: "accept",
        condition: { key: "profile_looks_relevant", text: expect.stringContaining("profilen") },
        actions: ["check_profile_first", "accept_then_ask"],
      },
    ]);
  });

  it("answers a LinkedIn invitation that came with a message", () => {
    const d = decide(aProfile({ language: "nb" }), aRequest("linkedin", "stranger", { note: true, redFlags: ["sales_pitch"], requesterName: "Kari" }));
    expect(d.verdict).toBe("decline");
    expect(d.templates.map((t) => t.tone)).toEqual(["warm", "brief"]);
    expect(d.actions).toEqual(["reply_with_template"]);
  });

  it("does not start a conversation with a stranger on a private account", () => {
    const d = decide(aProfile({ instagram: "civilian" }), aRequest("instagram", "stranger"));
    expect(d.templates.some((t) => t.tone === "curious")).toBe(false);
    expect(d.actions).not.toContain("ask_what_prompted");
  });
});

describe("a place typed in a Finnish locative case", () => {
  it("is taken as typed in a sentence where the case fits, never inflected or doubled", () => {
    const vars = { name: "Tuomas", url: "", sign: "", platform: "facebook", scope: "close", kind: "friend_request", care: "clients", practiceUrl: "" } as const;
    expect(renderTemplate("thanks_met", "warm", "fi", { ...vars, metAt: "designviikolla" })).toContain("Oli mukava tavata designviikolla.");
    expect(renderTemplate("thanks_met", "warm", "fi", { ...vars, metAt: "Slush" })).toContain("Slush oli siihen hyvä paikka.");
    // Other languages print the place as typed in their own sentence.
    expect(renderTemplate("thanks_met", "warm", "en", { ...vars, metAt: "Slush" })).toContain("Slush");
  });
});
