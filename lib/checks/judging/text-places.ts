/**
 * Finding words rather than figures: every match of a pattern in the prose blocks and the table cells,
 * as TextPlaces a finding can cite, and the figures of the sentence a place stands in (so a finding
 * about words can also be found by its amount).
 */
import type { Figure } from '../../figures/figure';
import type { Analysis, TextPlace } from '../context';

export interface TextMatch {
  place: TextPlace;
  match: RegExpExecArray;
  /** The whole text the match was found in (a block's, or a cell's). */
  text: string;
}

/** Every match of `pattern` (made global here) in the prose, then (if `cells`) in the table cells. */
export function* textMatches(analysis: Analysis, pattern: RegExp, { cells = true } = {}): Generator<TextMatch> {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  for (const block of analysis.document.blocks) {
    for (const match of block.text.matchAll(global)) {
      yield { place: { text: match[0], block: block.index, start: match.index, end: match.index + match[0].length }, match, text: block.text };
    }
  }
  if (!cells) return;
  for (const [t, grid] of analysis.document.tables.entries()) {
    for (let r = 0; r < grid.rows.length; r++) {
      const row = grid.rows[r]!;
      for (let c = 0; c < row.length; c++) {
        const text = row[c]!.text;
        for (const match of text.matchAll(global)) {
          yield { place: { text: match[0], block: -1, cell: { table: t, row: r, cell: c }, start: match.index, end: match.index + match[0].length }, match, text };
        }
      }
    }
  }
}

/** The figures printed in the sentence (between 。 or ； and the next) around a prose place. */
export function figuresOfSentence(analysis: Analysis, place: TextPlace): Figure[] {
  if (place.cell) {
    const { table, row } = place.cell;
    return analysis.figures.filter((f) => f.cell?.table === table && f.cell.row === row);
  }
  const text = analysis.document.blocks[place.block]?.text ?? '';
  const from = Math.max(text.lastIndexOf('。', place.start - 1), text.lastIndexOf('；', place.start - 1)) + 1;
  const stops = [text.indexOf('。', place.end), text.indexOf('；', place.end)].filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) : text.length;
  return analysis.figures.filter((f) => f.block === place.block && !f.cell && f.start >= from && f.end <= to);
}

/** A figure as a message shows it: a table cell with its unit and where it is printed ("1.50万元（三公表： / …）"); a prose figure as printed. */
export function shownWithPlace(analysis: Analysis, figure: Figure): string {
  const where = analysis.cellQuote.get(figure);
  return where ? `${figure.text}${figure.unit ?? ''}（${where}）` : figure.text;
}
