import { describe, expect, it } from "vitest";
import { LANGUAGES, PLATFORMS, type Platform, type Principle } from "./index";
import { REASON_KEYS, renderReason, type ReasonKey } from "./reasons";

/**
 * The reviewed table: every reason and the principle its sentence states
 * (DOMAIN.md P1–P20, D1–D4). Reviewed against the English text of each
 * reason when contract v2 landed; a new or re-tagged reason must be added
 * here by hand, after reading its sentence.
 */
const REVIEWED: Record<ReasonKey, Principle | Record<Platform, Principle>> = {
  "fake-profile": "P10", // unknown intentions let into your network: random accepting (P10)
  harassment: "P7", // nobody is owed access to your accounts
  "no-reply-red-flag": "P17", // what you write stays around
  "own-override": "P1", // your own use decides
  "override-against-duty": "P1", // your own choice decides; the duty is the alternative
  "override-redirect-on-linkedin": "P6",
  "override-redirect-without-linkedin": "P6",
  "rules-would-accept": "P1",
  "rules-would-decline": "P1",
  "rules-would-redirect": "P1",
  "team-baseline": "P1", // a suggestion: the person's own choice still decides
  "team-redirect-not-possible": "P6",
  "sales-pitch-stranger": "P10", // numbers, not quality
  "sales-pitch-not-why": "P11", // says what they sell, not why to connect
  "platform-not-used": "P1",
  "platform-not-used-redirect": "P6",
  "meeting-incoming": "P13", // waiting is advice for sending
  "job-seeker-relevant": "P15",
  "linkedin-home": "P8",
  "former-coworker-long-term": "P19",
  "linkedin-any-field": "P8",
  "persona-camp": "P9",
  "met-and-got-on": "P14",
  "open-networker": "P18",
  "polite-approach": "P20",
  "selective-note": "P11",
  "selective-shared-circle": "P12",
  "selective-cold": "P10",
  "cold-no-note": "P11",
  "x-professional": "P3",
  "creative-channels": "P5",
  "professional-persona": "P1",
  "professional-personal-ties": "P1", // how you use the account; sources silent
  "professional-public-stranger": "P17", // a public work account exists to be found
  "selective-some-signal": "P12",
  "civilian-close-circle": "P1",
  "civilian-boundary": { linkedin: "P1", x: "P2", facebook: "P4", instagram: "P7" },
  "redirect-to-linkedin": "P6",
  "power-asymmetry": "P1", // keeping private accounts apart from reporting lines is your own choice; sources silent (was P7)
  "no-linkedin-decline": "P6",
  "civilian-stranger": "P7",
  "mixed-personal": "P9",
  "mixed-known-work": "P9",
  "known-personally": "P14",
  "mixed-boundary": "P9",
  "mixed-redirect": "P6",
  "mixed-stranger": "P10", // a smaller circle of people you know
  "public-work-not-followed-back": "P8", // LinkedIn is enough for work contacts
  "public-civilian-personal": "P1",
  "public-civilian-others": "P1",
  "public-make-private": "P17", // a public footprint stays findable
  "duty-current-client": "D1",
  "duty-former-client": "D2",
  "duty-pupils-and-guardians": "D3",
  "duty-say-it-as-a-rule": "D4",
  fallback: "P1",
  "signal-note": "P11",
  "signal-common-ground": "P12",
  "signal-rapport": "P14",
  "signal-meeting-planned": "P13",
  "signal-sales-pitch": "P10",
};

describe("reasons cite the principle their sentence states", () => {
  it("the reviewed table covers exactly the reasons that exist", () => {
    expect(Object.keys(REVIEWED).sort()).toEqual([...REASON_KEYS].sort());
  });

  it.each(REASON_KEYS.map((k) => [k] as const))("%s", (key) => {
    const expected = REVIEWED[key];
    for (const platform of PLATFORMS)
      for (const language of LANGUAGES)
        for (const follow of [false, true]) {
          const want = typeof expected === "string" ? expected : expected[platform];
          expect(renderReason(key, platform, language, follow).principle, `${platform} ${language}`).toBe(want);
        }
  });

  it("a public account's follower never reads 'request' in a reason that can reach them", () => {
    // Keys that only LinkedIn or a private civilian account use are left out.
    const PRIVATE_OR_LINKEDIN: ReasonKey[] = [
      "override-redirect-on-linkedin",
      "polite-approach",
      "selective-note",
      "civilian-boundary",
      "civilian-stranger",
      "power-asymmetry",
      "civilian-close-circle",
      "redirect-to-linkedin",
      "no-linkedin-decline",
      "job-seeker-relevant",
      "selective-shared-circle",
      "linkedin-home",
      "linkedin-any-field",
      "persona-camp",
      "former-coworker-long-term",
    ];
    for (const key of REASON_KEYS) {
      if (PRIVATE_OR_LINKEDIN.includes(key)) continue;
      for (const platform of ["x", "instagram"] as const)
        for (const language of LANGUAGES) expect(renderReason(key, platform, language, true).text, key).not.toMatch(/request|pyyn|forespørs/i);
    }
  });
});
