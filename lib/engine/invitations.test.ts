import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { renderNote } from "./invitations";
import {
  composeInvitation,
  FIRST_MESSAGE_MAX_LENGTH,
  INVITATION_TONES,
  LANGUAGES,
  MET_VALUES,
  PLATFORMS,
  RELATIONSHIPS,
  RELATIONSHIP_GROUP,
  ZInvitation,
  ZInvitationTarget,
  type Invitation,
  type InvitationTargetInput,
  type Language,
  type ProfileInput,
} from "./index";

const onLinkedin: ProfileInput = { platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" } } };
const principles = (i: Invitation) => i.reasons.map((r) => r.principle);

/** Superlatives and overselling that a plain note (P16) never uses, per language. */
const SUPERLATIVES: Record<Language, readonly string[]> = {
  en: ["amazing", "awesome", "incredible", "extremely", "fantastic", "outstanding", "best", "greatest", "brilliant", "exceptional", "perfect", "unique"],
  fi: [
    "upea",
    "upeaa",
    "mahtava",
    "mahtavaa",
    "uskomaton",
    "uskomattoman",
    "äärimmäisen",
    "erittäin",
    "paras",
    "parhaan",
    "loistava",
    "loistavaa",
    "täydellinen",
  ],
  nb: ["fantastisk", "utrolig", "ekstremt", "enestående", "best", "beste", "størst", "perfekt", "genial", "strålende", "helt unik"],
  sv: ["fantastisk", "fantastiskt", "otrolig", "otroligt", "extremt", "enastående", "bäst", "bästa", "störst", "perfekt", "briljant", "strålande"],
};

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u);
}

describe("composeInvitation: tables per principle", () => {
  it("P11 say-why: someone you have never met gets a note that says why, and the reason says so", () => {
    const i = composeInvitation(
      { ...onLinkedin },
      { platform: "linkedin", relationship: "work_acquaintance", name: "Aino", why: "I'm reading up on accessible forms" },
    );
    expect(principles(i)).toContain("P11");
    for (const note of i.notes) expect(note.text).toContain("I'm reading up on accessible forms.");
    // With no words of your own, the catalogue's own why is used; it is never empty.
    const own = composeInvitation(onLinkedin, { platform: "linkedin", relationship: "coworker", name: "Aino" });
    expect(own.notes[0]!.text).toContain("keep in touch about our work");
    // Someone you know personally needs no why (P11: unless you already know each other).
    expect(principles(composeInvitation(onLinkedin, { platform: "facebook", relationship: "friend", met: "in_person" }))).not.toContain("P11");
  });

  it("P12 common-ground: what you share is in the note; without it the advice is to look them up", () => {
    const i = composeInvitation(onLinkedin, { platform: "linkedin", relationship: "stranger", name: "Aino", commonGround: "we both studied in Tampere" });
    expect(i.reasons.find((r) => r.principle === "P12")!.text).toMatch(/share/);
    for (const note of i.notes) expect(note.text).toContain("we both studied in Tampere");
    const none = composeInvitation(onLinkedin, { platform: "linkedin", relationship: "stranger", name: "Aino" });
    expect(none.reasons.find((r) => r.principle === "P12")!.text).toMatch(/Look them up/);
  });

  it.each([
    ["meeting_planned", "after_meeting", true],
    ["in_person", "now", false],
    ["online", "now", false],
    ["never", "now", false],
  ] as const)("P13 after-the-meeting: met %s → %s", (met, timing, p13) => {
    const i = composeInvitation(onLinkedin, { platform: "linkedin", relationship: "work_acquaintance", name: "Aino", met, metAt: "Slush" });
    expect(i.timing).toBe(timing);
    expect(principles(i).includes("P13")).toBe(p13);
  });

  it("P13: the note for a planned meeting is written for afterwards (it recalls the place)", () => {
    const i = composeInvitation(onLinkedin, { platform: "linkedin", relationship: "partner", name: "Aino", met: "meeting_planned", metAt: "at Slush" });
    expect(i.notes[0]!.text).toContain("Slush was a good place");
    expect(i.notes[0]!.text).not.toContain("at Slush");
  });

  it.each([
    [true, "in_person", true],
    [true, "online", true],
    [false, "in_person", false],
    [true, "never", false],
  ] as const)("P14 rapport: got on %s, met %s → P14 %s", (rapport, met, p14) => {
    const i = composeInvitation(onLinkedin, { platform: "linkedin", relationship: "work_acquaintance", rapport, met });
    expect(principles(i).includes("P14")).toBe(p14);
    if (p14) expect(i.notes[0]!.text).toContain("even with nothing in particular to discuss");
  });

  it("P16 honest-plain: every note is plain, and the reason says so", () => {
    for (const language of LANGUAGES) {
      for (const relationship of RELATIONSHIPS) {
        for (const met of MET_VALUES) {
          const i = composeInvitation({ ...onLinkedin, language }, { platform: "linkedin", relationship, met, rapport: true, name: "Kim" });
          expect(principles(i)).toContain("P16");
          for (const note of i.notes) for (const w of SUPERLATIVES[language]) expect(words(note.text)).not.toContain(w);
        }
      }
    }
  });

  it("P20 polite-approach: a stranger you have never met is approached by a polite LinkedIn invitation", () => {
    const i = composeInvitation(onLinkedin, {
      platform: "linkedin",
      relationship: "stranger",
      name: "Prof. Lind",
      why: "Your work on sleep research helps me in mine",
    });
    expect(principles(i)).toEqual(expect.arrayContaining(["P8", "P11", "P20"]));
    expect(i.platform).toBe("linkedin");
    expect(i.notes[0]!.text).toContain("We haven't met yet");
    // Not for a coworker, and not once you have met.
    expect(principles(composeInvitation(onLinkedin, { platform: "linkedin", relationship: "coworker" }))).not.toContain("P20");
    expect(principles(composeInvitation(onLinkedin, { platform: "linkedin", relationship: "stranger", met: "in_person" }))).not.toContain("P20");
  });

  it.each([
    // [relationship, platform you had in mind, persona there, where to send, principle]
    ["coworker", "facebook", "civilian", "linkedin", "P6"],
    ["client", "instagram", "mixed", "linkedin", "P6"],
    ["stranger", "x", "civilian", "linkedin", "P6"],
    ["coworker", "x", "professional", "x", "P1"],
    ["coworker", "linkedin", "professional", "linkedin", "P8"],
    ["friend", "facebook", "civilian", "facebook", "P1"],
    ["family", "instagram", "civilian", "instagram", "P1"],
    ["close_friend", "linkedin", "professional", "linkedin", "P8"],
  ] as const)("P8, P1/P6: a %s on %s (%s) → send on %s (%s)", (relationship, platform, persona, where, principle) => {
    const i = composeInvitation({ platforms: { linkedin: { persona: "professional" }, [platform]: { persona } } }, { platform, relationship, name: "Kim" });
    expect(i.platform).toBe(where);
    expect(principles(i)).toContain(principle);
    expect(i.kind).toBe(where === "linkedin" ? "note" : "first_message");
  });

  it.each([
    ["therapist", "client", "D1"],
    ["healthcare", "client", "D1"],
    ["therapist", "former_client", "D2"],
    ["healthcare", "former_client", "D2"],
    ["teacher", "student", "D3"],
    ["teacher", "guardian", "D3"],
  ] as const)("D1–D3: a %s inviting a %s gets no note, only the reason (%s)", (profession, relationship, duty) => {
    for (const language of LANGUAGES) {
      for (const platform of PLATFORMS) {
        const i = composeInvitation({ profession, language }, { platform, relationship, name: "Kim", met: "in_person", rapport: true });
        expect(i).toMatchObject({ refused: true, notes: [], timing: null, platform: null });
        expect(principles(i)).toEqual([duty]);
        expect(i.reasons[0]!.text).not.toContain("Kim");
      }
    }
  });

  it("a duty of care concerns only its own relationships: a teacher may invite a client, a therapist a student", () => {
    expect(composeInvitation({ profession: "teacher" }, { platform: "linkedin", relationship: "client" }).refused).toBe(false);
    expect(composeInvitation({ profession: "therapist" }, { platform: "linkedin", relationship: "student" }).refused).toBe(false);
  });
});

describe("composeInvitation: limits", () => {
  const long = "Maria-Kristiina Wallenius-Korhonen von Essen-Åkerblom";
  const target: InvitationTargetInput = {
    platform: "linkedin",
    relationship: "work_acquaintance",
    name: long,
    met: "in_person",
    rapport: true,
    metAt: "the Nordic Accessibility and Inclusive Design Conference 2026 in Helsinki",
    commonGround: "we both worked at the city of Tampere's digital services unit before moving to Oslo",
  };

  it("a free account's note fits 200, a Premium one 300: common ground first, then the place; the name stays", () => {
    const free = composeInvitation({ ...onLinkedin, language: "fi" }, target);
    expect(free.limit).toBe(200);
    for (const note of free.notes) {
      expect(note.text.length).toBeLessThanOrEqual(200);
      expect(note.length).toBe(note.text.length);
      expect(note.text).toContain(long);
      expect(note.fitted[0]).toBe("ground");
    }
    const premium = composeInvitation({ ...onLinkedin, language: "fi", linkedinAccount: "premium" }, target);
    expect(premium.limit).toBe(300);
    expect(premium.notes.every((n) => n.text.length <= 300)).toBe(true);
    // The extra room keeps more: Premium drops no more than free does.
    expect(premium.notes[0]!.fitted.length).toBeLessThanOrEqual(free.notes[0]!.fitted.length);
    expect(premium.notes[0]!.text.length).toBeGreaterThan(200);
  });

  it("counts UTF-16 code units: an emoji counts 2", () => {
    const emoji = composeInvitation(onLinkedin, { ...target, name: "Kim 🙂", commonGround: "🙂".repeat(60) });
    for (const note of emoji.notes) expect(note.text.length).toBeLessThanOrEqual(200);
  });

  it("a shortened common ground is cut at a word and ends in …", () => {
    const i = composeInvitation(onLinkedin, {
      platform: "linkedin",
      relationship: "coworker",
      name: "Kim",
      commonGround: "we both started in the same team at Nokia in 2009 and later worked on the same product line",
    });
    const brief = i.notes.find((n) => n.tone === "brief")!;
    expect(brief.text).toContain("In common: we both started in the same team at Nokia");
    const warm = i.notes.find((n) => n.tone === "warm")!;
    expect(warm.text.length).toBeLessThanOrEqual(200);
    // Shortened, not dropped: a word-boundary cut ending in "…", with no full stop after it.
    expect(warm.fitted).toContain("ground");
    expect(warm.text).toMatch(/We have something in common: we both started[\p{L}\d ]*\p{L}…/u);
    expect(warm.text).not.toContain("….");
  });

  it.each(["facebook", "instagram", "x"] as const)("%s has no note: a first message within %s's message limit", (platform) => {
    const i = composeInvitation(
      { platforms: { [platform]: { persona: "civilian" } } },
      { platform, relationship: "friend", name: "Kim", met: "in_person", metAt: "Bergen" },
    );
    expect(i.kind).toBe("first_message");
    expect(i.limit).toBe(FIRST_MESSAGE_MAX_LENGTH[platform]);
    expect(i.notes[0]!.text).toContain("Bergen");
    expect(i.notes[0]!.text).toContain(platform === "x" ? "on X too" : `on ${platform === "facebook" ? "Facebook" : "Instagram"} too`);
  });

  it("every answer matches ZInvitation", () => {
    expect(ZInvitation.safeParse(composeInvitation(onLinkedin, target)).success).toBe(true);
    expect(ZInvitation.safeParse(composeInvitation({ profession: "teacher" }, { platform: "x", relationship: "student" })).success).toBe(true);
  });

  it("rejects what the schema does not allow", () => {
    expect(() => composeInvitation(onLinkedin, { ...target, name: "x".repeat(81) })).toThrow();
    expect(() => composeInvitation(onLinkedin, { ...target, platform: "myspace" } as unknown as InvitationTargetInput)).toThrow();
    expect(ZInvitationTarget.safeParse({ ...target, extra: 1 }).success).toBe(false);
  });
});

// ---------------------------------------------------------------- properties

/** Any text the schema accepts for a field of `max` characters, emoji and accents included. */
const textArb = (max: number) =>
  fc
    .string({ unit: fc.constantFrom("a", "Ö", "ø", "é", " ", "-", "🙂", "Z", "k", "ä", "'", "文"), minLength: 1, maxLength: max })
    .map((s) => s.trim().replace(/\s+/g, " "))
    .filter((s) => s.length > 0 && s.length <= max);

const targetArb = fc.record(
  {
    platform: fc.constantFrom(...PLATFORMS),
    relationship: fc.constantFrom(...RELATIONSHIPS),
    name: textArb(80),
    met: fc.constantFrom(...MET_VALUES),
    metAt: textArb(120),
    rapport: fc.boolean(),
    commonGround: textArb(120),
    why: textArb(200),
  },
  { requiredKeys: ["platform", "relationship", "name"] },
);

const profileArb = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  linkedinAccount: fc.constantFrom("free" as const, "premium" as const),
  platforms: fc.record({
    linkedin: fc.record({ persona: fc.constantFrom("absent" as const, "professional" as const, "mixed" as const) }),
    x: fc.record({ persona: fc.constantFrom("civilian" as const, "professional" as const) }),
  }),
});

describe("composeInvitation: properties", () => {
  it("a note never exceeds its limit, the name always appears, and every answer matches the schema", () => {
    fc.assert(
      fc.property(profileArb, targetArb, (profile, t) => {
        const target = ZInvitationTarget.parse(t);
        const i = composeInvitation(profile, target);
        expect(ZInvitation.safeParse(i).success).toBe(true);
        expect(i.notes).toHaveLength(INVITATION_TONES.length);
        for (const note of i.notes) {
          expect(note.text.length).toBeLessThanOrEqual(i.limit!);
          expect(note.text).toContain(target.name);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the place appears whenever it fits (the note with the place, without common ground and closing line, is within the limit)", () => {
    fc.assert(
      fc.property(profileArb, targetArb, (profile, t) => {
        const target = ZInvitationTarget.parse({ ...t, met: "in_person" });
        const i = composeInvitation(profile, target);
        const place = target.metAt ?? "";
        for (const note of i.notes) {
          const setting = {
            language: note.language,
            tone: note.tone,
            contact: "in_person" as const,
            group: RELATIONSHIP_GROUP[target.relationship],
            rapport: target.rapport,
            kind: i.kind!,
            platform: i.platform!,
          };
          const withPlace = renderNote(setting, { name: target.name ?? "", place, ground: "", why: target.why ?? "", close: false, context: true });
          if (withPlace.length <= i.limit!) expect(note.text).toContain(place);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("with a short name and place, the place is always there, in every language and tone", () => {
    fc.assert(
      fc.property(profileArb, targetArb, textArb(30), textArb(30), (profile, t, name, place) => {
        const target = ZInvitationTarget.parse({ ...t, name, metAt: place, met: "in_person", why: undefined });
        for (const note of composeInvitation(profile, target).notes) expect(note.text).toContain(target.metAt);
      }),
      { numRuns: 300 },
    );
  });

  it("no word from the language's list of superlatives, whatever is typed into the fields", () => {
    fc.assert(
      fc.property(profileArb, targetArb, (profile, t) => {
        const target = ZInvitationTarget.parse(t);
        const i = composeInvitation(profile, target);
        for (const note of i.notes) {
          // Only the composer's own words: remove what the person typed.
          let own = note.text;
          for (const typed of [target.name, target.metAt, target.commonGround, target.why]) if (typed) own = own.split(typed).join(" ");
          for (const w of SUPERLATIVES[note.language]) expect(words(own)).not.toContain(w);
        }
      }),
      { numRuns: 200 },
    );
  });
});
