import { describe, expect, it } from "vitest";

import { choicesFromSearch, choicesToSearch, DEFAULT_CHOICES, type AdviceChoices } from "@/lib/client/advice-url";

describe("advice choices in the address", () => {
  it("round-trips every choice", () => {
    const choices: AdviceChoices = {
      platform: "facebook",
      relationship: "manager",
      met: "online",
      rapport: true,
      note: false,
      commonGround: true,
      mutualConnections: "many",
      redFlags: ["sales_pitch", "fake_profile"],
    };
    const search = choicesToSearch(choices);
    expect(search).toBe("?platform=facebook&who=manager&met=online&rapport=1&common=1&mutual=many&flags=sales_pitch%2Cfake_profile");
    expect(choicesFromSearch(search)).toEqual(choices);
  });

  it("leaves defaults out", () => {
    expect(choicesToSearch(DEFAULT_CHOICES)).toBe("");
    expect(choicesFromSearch("")).toEqual(DEFAULT_CHOICES);
  });

  it("ignores a wrong parameter and keeps the others", () => {
    expect(choicesFromSearch("?platform=myspace&who=manager&met=yesterday&flags=fake_profile,nonsense&rapport=yes")).toEqual({
      ...DEFAULT_CHOICES,
      relationship: "manager",
    });
  });

  it("never carries a name or a place", () => {
    expect(choicesFromSearch("?requesterName=Jussi&metAt=Slush")).toEqual(DEFAULT_CHOICES);
    expect(Object.keys(DEFAULT_CHOICES)).not.toContain("requesterName");
  });
});
