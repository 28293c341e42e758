import { describe, expect, it } from "vitest";

import { canonicalTimeZone, TIME_ZONE_COOKIE, timeZoneCookie } from "./time-zone";
import { validTimeZone } from "./time-zone-schema";

// The server's zod check and the browser's plain one agree on every value.
describe.each([
  ["validTimeZone (server, zod)", validTimeZone],
  ["canonicalTimeZone (browser)", canonicalTimeZone],
])("%s", (_, validTimeZone) => {
  it("accepts IANA zones Intl knows, in their canonical spelling", () => {
    expect(validTimeZone("Europe/Helsinki")).toBe("Europe/Helsinki");
    expect(validTimeZone("America/New_York")).toBe("America/New_York");
    // Links are followed to the name this runtime's ICU uses (America/Buenos_Aires, Asia/Calcutta).
    expect(validTimeZone("America/Argentina/Buenos_Aires")).toMatch(/^America\/.*Buenos_Aires$/);
    expect(validTimeZone("Asia/Kolkata")).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
    expect(validTimeZone("UTC")).toBe("UTC");
    expect(validTimeZone("Etc/GMT+5")).toBe("Etc/GMT+5");
    // Intl canonicalises the case.
    expect(validTimeZone("europe/oslo")).toBe("Europe/Oslo");
  });

  it("ignores anything else", () => {
    for (const value of [
      undefined,
      null,
      42,
      "",
      "Mars/Olympus_Mons",
      "Europe/Helsinkii",
      "+02:00",
      "-05:00",
      "Europe/../etc/passwd",
      "Europe/Helsinki; Path=/",
      "<script>",
      "A".repeat(65),
      ["Europe/Helsinki"],
    ]) {
      expect(validTimeZone(value), String(value)).toBeNull();
    }
  });
});

describe("timeZoneCookie", () => {
  it("is a small first-party cookie for the whole site", () => {
    const cookie = timeZoneCookie("America/New_York");
    expect(cookie.startsWith(`${TIME_ZONE_COOKIE}=America%2FNew_York;`)).toBe(true);
    expect(cookie).toContain("Path=/");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toMatch(/Max-Age=\d+/);
  });
});
