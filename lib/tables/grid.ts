/**
 * An HTML table's rows of cells (with rowspan/colspan) into a rectangular grid: every position points
 * to the cell that covers it, so headers spanning several columns label each of them.
 */
import type { TableCell, TableGrid } from '../model/document';

export interface GridPosition {
  cell: TableCell;
  /** The cell's place in the source table (TableGrid.rows[sourceRow][sourceCell]). */
  sourceRow: number;
  sourceCell: number;
  /** Where the covering cell starts: a position that is not its origin repeats a spanned cell. */
  originRow: number;
  originCol: number;
}

export type Grid = Array<Array<GridPosition | null>>;

/** Bounds, so a hostile table (rowspan="100000") cannot blow up memory. */
const MAX_ROWS = 5000;
const MAX_COLS = 200;

export function resolveGrid(table: TableGrid): Grid {
  const grid: Grid = [];
  table.rows.slice(0, MAX_ROWS).forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const [sourceCell, cell] of row.entries()) {
      while (grid[r]![c]) c++;
      if (c >= MAX_COLS) break;
      const rows = Math.min(cell.rowSpan, MAX_ROWS - r);
      const cols = Math.min(cell.colSpan, MAX_COLS - c);
      for (let dr = 0; dr < rows; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cols; dc++) grid[r + dr]![c + dc] = { cell, sourceRow: r, sourceCell, originRow: r, originCol: c };
      }
      c += cols;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}
