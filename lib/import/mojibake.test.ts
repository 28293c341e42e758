import { describe, expect, it } from "vitest";

import { repairMojibake } from "./mojibake";
import { metaEscape } from "./test-files";

/** What JSON.parse makes of Meta's escaped bytes. */
function garble(text: string): string {
  return JSON.parse(`"${metaEscape(text)}"`) as string;
}

describe("repairMojibake", () => {
  it.each([
    ["Finnish", "Maija Mallikas-Äärelä"],
    ["Finnish ö and å", "Sölvi Åkerblom-Hyvönen"],
    ["Norwegian", "Åse Prøve-Sørli Ærø"],
    ["German", "Jürgen Fakemann"],
    ["Vietnamese", "Nguyễn Thị Ánh"],
    ["emoji", "Åse Prøve 🌸"],
    ["emoji with joiner", "Kari 👩🏽‍💻 Eksempel"],
  ])("repairs %s names", (_, name) => {
    const garbled = garble(name);
    expect(garbled).not.toBe(name);
    expect(repairMojibake(garbled)).toBe(name);
  });

  it("matches the documented bytes", () => {
    expect(repairMojibake("M\u00c3\u00a4kinen")).toBe("Mäkinen");
    expect(repairMojibake("\u00f0\u009f\u008c\u00b8")).toBe("🌸");
  });

  it.each([
    ["plain ASCII", "Testi Testinen"],
    ["real Latin-1 text that is no UTF-8", "Café Dæhlie"],
    ["text already repaired", "Mäkinen ✓"],
    ["empty", ""],
  ])("keeps %s", (_, text) => {
    expect(repairMojibake(text)).toBe(text);
  });
});
