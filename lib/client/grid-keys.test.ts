import { describe, expect, it } from "vitest";

import { nextGridPosition, PAGE_ROWS } from "./grid-keys";

// A grid of 12 rows and 4 columns (row header + three platforms), as the policy grid has.
const ROWS = 12;
const COLS = 4;
const move = (row: number, col: number, key: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) =>
  nextGridPosition({ row, col }, { key, ...mods }, ROWS, COLS);

describe("nextGridPosition", () => {
  it("moves one cell with each arrow", () => {
    expect(move(3, 2, "ArrowUp")).toEqual({ row: 2, col: 2 });
    expect(move(3, 2, "ArrowDown")).toEqual({ row: 4, col: 2 });
    expect(move(3, 2, "ArrowLeft")).toEqual({ row: 3, col: 1 });
    expect(move(3, 2, "ArrowRight")).toEqual({ row: 3, col: 3 });
  });

  it("stops at the edges instead of wrapping round", () => {
    expect(move(0, 1, "ArrowUp")).toEqual({ row: 0, col: 1 });
    expect(move(ROWS - 1, 1, "ArrowDown")).toEqual({ row: ROWS - 1, col: 1 });
    expect(move(5, 0, "ArrowLeft")).toEqual({ row: 5, col: 0 });
    expect(move(5, COLS - 1, "ArrowRight")).toEqual({ row: 5, col: COLS - 1 });
  });

  it("goes to the ends of the row with Home and End, and of the grid with Ctrl or ⌘", () => {
    expect(move(4, 2, "Home")).toEqual({ row: 4, col: 0 });
    expect(move(4, 1, "End")).toEqual({ row: 4, col: COLS - 1 });
    expect(move(4, 2, "Home", { ctrlKey: true })).toEqual({ row: 0, col: 0 });
    expect(move(4, 2, "End", { ctrlKey: true })).toEqual({ row: ROWS - 1, col: COLS - 1 });
    expect(move(4, 2, "End", { metaKey: true })).toEqual({ row: ROWS - 1, col: COLS - 1 });
  });

  it("pages by a few rows and stops at the first and last row", () => {
    expect(move(7, 1, "PageUp")).toEqual({ row: 7 - PAGE_ROWS, col: 1 });
    expect(move(1, 1, "PageUp")).toEqual({ row: 0, col: 1 });
    expect(move(1, 3, "PageDown")).toEqual({ row: 1 + PAGE_ROWS, col: 3 });
    expect(move(10, 3, "PageDown")).toEqual({ row: ROWS - 1, col: 3 });
  });

  it("leaves other keys to the browser", () => {
    for (const key of ["Tab", "Enter", " ", "Escape", "a"]) expect(move(2, 2, key)).toBeNull();
  });

  it("keeps a position that no longer fits inside the grid (a column went away)", () => {
    expect(nextGridPosition({ row: 3, col: 3 }, { key: "ArrowDown" }, ROWS, 2)).toEqual({ row: 4, col: 1 });
    expect(nextGridPosition({ row: 0, col: 0 }, { key: "ArrowDown" }, 0, 2)).toBeNull();
  });

  it("has a one-column grid (a phone shows one platform) move only up and down", () => {
    const one = (key: string) => nextGridPosition({ row: 2, col: 0 }, { key }, ROWS, 1);
    expect(one("ArrowRight")).toEqual({ row: 2, col: 0 });
    expect(one("End")).toEqual({ row: 2, col: 0 });
    expect(one("ArrowDown")).toEqual({ row: 3, col: 0 });
  });
});
