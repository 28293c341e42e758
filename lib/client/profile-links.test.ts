import { describe, expect, it } from "vitest";

import { normaliseLinkedinUrl, platformFromLink } from "@/lib/client/profile-links";
import { ZLinkedinUrl } from "@/lib/engine";

describe("normaliseLinkedinUrl", () => {
  it.each([
    ["linkedin.com/in/sanna-mari", "https://www.linkedin.com/in/sanna-mari"],
    ["www.linkedin.com/in/sanna-mari/", "https://www.linkedin.com/in/sanna-mari"],
    ["http://www.linkedin.com/in/sanna-mari", "https://www.linkedin.com/in/sanna-mari"],
    ["  https://fi.linkedin.com/in/sanna-mari?trk=x  ", "https://www.linkedin.com/in/sanna-mari"],
    ["https://m.linkedin.com/in/sanna-mari", "https://www.linkedin.com/in/sanna-mari"],
    ["https://www.linkedin.com/mwlite/in/sanna-mari", "https://www.linkedin.com/in/sanna-mari"],
  ])("%s becomes %s, which the schema accepts", (typed, expected) => {
    expect(normaliseLinkedinUrl(typed)).toBe(expected);
    expect(ZLinkedinUrl.safeParse(normaliseLinkedinUrl(typed)).success).toBe(true);
  });

  it.each(["https://evil.example/in/x", "linkedin.com/company/acme", "linkedin.com.evil.example/in/x", "sanna"])(
    "leaves %s for the schema to refuse",
    (typed) => {
      expect(normaliseLinkedinUrl(typed)).toBe(typed);
      expect(ZLinkedinUrl.safeParse(normaliseLinkedinUrl(typed)).success).toBe(false);
    },
  );
});

describe("platformFromLink", () => {
  it.each([
    ["https://www.linkedin.com/in/jussi", "linkedin"],
    ["https://x.com/jussi", "x"],
    ["twitter.com/jussi", "x"],
    ["https://www.instagram.com/jussi/?igsh=abc", "instagram"],
    ["https://m.facebook.com/profile.php?id=1", "facebook"],
    ["Check out Jussi's profile https://www.facebook.com/jussi.k", "facebook"],
  ] as const)("%s is %s", (text, platform) => {
    expect(platformFromLink(text)).toBe(platform);
  });

  it.each(["https://example.com/x.com", "notlinkedin.com/in/x", "Jussi", ""])("%s is no platform", (text) => {
    expect(platformFromLink(text)).toBeNull();
  });
});
