import { describe, expect, it } from "vitest";

import { draftToProfileInput, emptyDraft, hasDutyOfCare, profileToDraft, withProfession, type Draft } from "@/lib/client/kindly-store";
import { decide, PROFESSIONS, ZProfile, type Profession } from "@/lib/engine";
import { draftToProfile, validateAbout } from "@/lib/questionnaire";

// "Your work" in the questionnaire (contract v2): the profession and the practice page reach the engine's profile.

const PRACTICE = "https://www.clinic.example/aino";

function aDraft(patch: Partial<Draft> = {}): Draft {
  const draft = emptyDraft("en");
  return { ...draft, platforms: { ...draft.platforms, linkedin: { persona: "professional", visibility: "public" } }, ...patch };
}

describe("the networking style follows the profession while it is the default", () => {
  const cases: [string, Draft, Profession, "selective" | "open"][] = [
    ["a recruiter networks openly by default", aDraft(), "recruiter", "open"],
    ["leaving recruiting goes back to selective", withProfession(aDraft(), "recruiter"), "teacher", "selective"],
    ["an open style chosen by a teacher is kept", aDraft({ profession: "teacher", networkingStyle: "open" }), "therapist", "open"],
    ["a selective style chosen by a recruiter is kept", aDraft({ profession: "recruiter", networkingStyle: "selective" }), "none", "selective"],
  ];
  it.each(cases)("%s", (_, draft, profession, style) => {
    const next = withProfession(draft, profession);
    expect(next.profession).toBe(profession);
    expect(next.networkingStyle).toBe(style);
  });
});

describe("the practice page", () => {
  it("is asked of the professions with a duty of care only", () => {
    expect(PROFESSIONS.filter(hasDutyOfCare)).toEqual(["therapist", "healthcare", "teacher"]);
  });

  it("reaches the profile for a therapist, and the decline points to it", async () => {
    const result = await draftToProfile(aDraft({ profession: "therapist", practiceUrl: ` ${PRACTICE} ` }), null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile).toMatchObject({ profession: "therapist", practiceUrl: PRACTICE });
    const decision = decide(result.profile, { platform: "linkedin", relationship: "client" });
    expect(decision.verdict).toBe("decline");
    expect(decision.templates[0]?.text).toContain(PRACTICE);
    expect(profileToDraft(result.profile)).toMatchObject({ profession: "therapist", practiceUrl: PRACTICE });
  });

  it("is left out for a profession without a duty of care, even when one was typed before", () => {
    expect(draftToProfileInput(aDraft({ profession: "recruiter", practiceUrl: PRACTICE }), null)).not.toHaveProperty("practiceUrl");
  });

  it.each(["http://www.clinic.example/", "clinic.example", "https://user:pw@clinic.example/", "https://clinic .example/"])(
    "refuses %s with an inline error, and the questionnaire cannot be saved",
    async (url) => {
      const draft = aDraft({ profession: "healthcare", practiceUrl: url });
      expect(await validateAbout(draft)).toEqual({ practiceUrl: "practiceUrl" });
      expect(await draftToProfile(draft, null)).toEqual({ ok: false, error: "invalid" });
    },
  );

  it("is not checked while hidden (no duty of care)", async () => {
    expect(await validateAbout(aDraft({ profession: "none", practiceUrl: "not a url" }))).toEqual({});
  });
});

it("a recruiter's saved profile keeps the open style it was given", async () => {
  const result = await draftToProfile(withProfession(aDraft(), "recruiter"), null);
  expect(result.ok && ZProfile.parse(result.profile).networkingStyle).toBe("open");
});
