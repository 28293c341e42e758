import { describe, expect, it } from "vitest";

import { normaliseName, normaliseProfileUrl, parseLinkedInDate } from "./linkedin";

describe("parseLinkedInDate", () => {
  it.each([
    ["1/14/26, 11:49 PM", "2026-01-14T23:49:00Z"],
    ["2/12/26, 11:44 AM", "2026-02-12T11:44:00Z"],
    ["12/29/25, 12:05 AM", "2025-12-29T00:05:00Z"],
    ["12/29/25, 12:05 PM", "2025-12-29T12:05:00Z"],
    ["1/8/18, 6:14 PM", "2018-01-08T18:14:00Z"],
    // Excel re-saves
    ["1/14/2026 23:49", "2026-01-14T23:49:00Z"],
    ["2026-01-14 23:49:07", "2026-01-14T23:49:07Z"],
    ["14.1.2026 23.49", "2026-01-14T23:49:00Z"],
    ["29/12/2025 18:51", "2025-12-29T18:51:00Z"],
    ["6-Feb-26", "2026-02-06T00:00:00Z"],
    ["06 Feb 2026", "2026-02-06T00:00:00Z"],
    // Leap days, month ends
    ["2/29/28, 1:00 PM", "2028-02-29T13:00:00Z"],
    ["2/29/2000 0:00", "2000-02-29T00:00:00Z"],
    ["12/31/99, 11:59 PM", "2099-12-31T23:59:00Z"],
  ])("reads %s as UTC", (raw, iso) => {
    expect(parseLinkedInDate(raw)).toBe(iso);
  });

  it.each(["", "yesterday", "13/13/26, 1:00 PM", "2/30/26, 1:00 PM", "1/1/26, 13:00 PM", "2/29/26, 1:00 PM", "4/31/26", "2/29/2100 0:00", "0/10/26"])(
    "leaves %j out",
    (raw) => {
      expect(parseLinkedInDate(raw)).toBeUndefined();
    },
  );
});

describe("normalisation for the join", () => {
  it("meets raw Unicode and percent-encoded URLs", () => {
    expect(normaliseProfileUrl("https://www.linkedin.com/in/åse-prøve-nordmann-5e6f")).toBe(
      normaliseProfileUrl("https://www.linkedin.com/in/%C3%A5se-pr%C3%B8ve-nordmann-5e6f/"),
    );
    expect(normaliseProfileUrl("http://fi.linkedin.com/in/Kari?trk=x")).toBe("linkedin.com/in/kari");
  });

  it("meets a display name and Connections' split of it", () => {
    expect(normaliseName("Kari Eksempel, MBA, Fake Group")).toBe(normaliseName("Kari Eksempel, MBA, Fake Group"));
    expect(normaliseName(["Kari Eksempel, MBA,", "Fake Group"].join(" "))).toBe(normaliseName("Kari Eksempel, MBA, Fake Group"));
  });
});
