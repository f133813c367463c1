/**
 * How a table figure is quoted in a finding: "table title：row / column". Worked out when a finding (or
 * a tick) asks: a page of tables has thousands of cells and quotes few of them, so the strings are not
 * made for every cell up front.
 */
import type { Figure } from '../figures/figure';
import type { ReadTable, TableRow } from './read';

export interface CellQuotes {
  /** The quote for a figure read from a table cell, or undefined for any other figure. */
  get(figure: Figure): string | undefined;
}

interface CellPlace {
  table: ReadTable;
  row: TableRow;
  column: number;
}

export function cellQuotes(tables: ReadTable[]): CellQuotes {
  let places: Map<Figure, CellPlace> | null = null;
  return {
    get(figure) {
      if (!figure.cell) return undefined;
      places ??= placesOf(tables);
      const place = places.get(figure);
      return place && `${place.table.title}：${[place.row.code, place.row.label].filter(Boolean).join(' ')} / ${place.table.columns[place.column]!.path.join('›')}`;
    },
  };
}

/** Every cell figure's table, row and column (a figure listed twice keeps its last place). */
function placesOf(tables: ReadTable[]): Map<Figure, CellPlace> {
  const places = new Map<Figure, CellPlace>();
  for (const table of tables) {
    for (const row of table.rows) {
      row.values.forEach((figure, column) => {
        if (figure) places.set(figure, { table, row, column });
      });
    }
  }
  return places;
}
