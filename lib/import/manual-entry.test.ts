import { describe, expect, it } from "vitest";

import { MAX_MANUAL_LINES, parseManualEntry } from "./manual-entry";
import { ZPendingRequest } from "./schemas";

describe("parseManualEntry", () => {
  it("takes one name per line, trimmed, without blanks or repeats", () => {
    const requests = parseManualEntry("x", "  Åse Prøve  \r\n\n@kari_eksempel\nÅse   Prøve\nMaija Mallikas-Äärelä 🌸\n");
    expect(requests).toEqual([
      { platform: "x", name: "Åse Prøve", status: "manual", source: "manual" },
      { platform: "x", name: "kari_eksempel", handle: "kari_eksempel", status: "manual", source: "manual" },
      { platform: "x", name: "Maija Mallikas-Äärelä 🌸", status: "manual", source: "manual" },
    ]);
    for (const request of requests) expect(ZPendingRequest.parse(request)).toEqual(request);
  });

  it("works for every platform and stops at the limit", () => {
    expect(parseManualEntry("linkedin", "Testi Testinen")[0]).toMatchObject({ platform: "linkedin" });
    const many = Array.from({ length: MAX_MANUAL_LINES + 20 }, (_, i) => `Name ${i}`).join("\n");
    expect(parseManualEntry("facebook", many)).toHaveLength(MAX_MANUAL_LINES);
    expect(parseManualEntry("instagram", "\n \n")).toEqual([]);
  });
});
