/** A cell of a keyboard grid, by zero-based row and column. */
export type GridPosition = { row: number; col: number };

/** The keys the grid reads; the modifier is Ctrl (or ⌘ on a Mac). */
export type GridKey = { key: string; ctrlKey?: boolean; metaKey?: boolean };

/** How far Page Up and Page Down move. */
export const PAGE_ROWS = 5;

/**
 * Where focus goes in a grid of `rows` × `cols` cells when a key is pressed, following the WAI-ARIA grid
 * pattern: arrows move one cell and stop at the edges, Home and End go to the row's first and last cell,
 * Ctrl+Home and Ctrl+End to the grid's first and last cell, Page Up and Page Down by a few rows.
 * Returns null for a key the grid leaves alone (Tab, Enter, letters), so the browser does what it does.
 */
export function nextGridPosition(from: GridPosition, event: GridKey, rows: number, cols: number): GridPosition | null {
  if (rows <= 0 || cols <= 0) return null;
  const clamp = (row: number, col: number) => ({ row: Math.min(Math.max(row, 0), rows - 1), col: Math.min(Math.max(col, 0), cols - 1) });
  const ctrl = Boolean(event.ctrlKey || event.metaKey);
  const { row, col } = clamp(from.row, from.col);
  switch (event.key) {
    case "ArrowUp":
      return clamp(row - 1, col);
    case "ArrowDown":
      return clamp(row + 1, col);
    case "ArrowLeft":
      return clamp(row, col - 1);
    case "ArrowRight":
      return clamp(row, col + 1);
    case "Home":
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case "End":
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
    case "PageUp":
      return clamp(row - PAGE_ROWS, col);
    case "PageDown":
      return clamp(row + PAGE_ROWS, col);
    default:
      return null;
  }
}
