/** What every check family receives, and how it reports: findings plus relation/checked/unchecked counts. */
import type { CellPlace, Figure } from '../figures/figure';
import type { CellQuotes } from '../tables/cell-quotes';
import type { TableIdentity } from '../tables/identities';
import type { ReadTable } from '../tables/read';
import type { DisclosureDocument } from '../model/document';
import type { Mention } from '../prose/mentions';
import type { Statement } from '../prose/statements';
import type { Finding, FigureRef, Severity } from '../report';
import type { Explain } from '../i18n/explain';
import type { FactStore } from '../facts';

/** Turns an explanation into words (the reader's language); supplied by whoever runs the engine. */
export type Describe = (explain: Explain) => string;

export interface Analysis {
  document: DisclosureDocument;
  figures: Figure[];
  mentions: Mention[];
  statements: Statement[];
  /** The figure → mention index, for quoting. */
  mentionOf: Map<Figure, Mention>;
  /** The document's tables, read (see tables/read.ts). */
  tables: ReadTable[];
  /** Every identity the tables imply, and the blank cells they show to be zero. */
  tableIdentities: TableIdentity[];
  zeroBlanks: Set<string>;
  /** How to quote a table figure: "table title: row / column". */
  cellQuote: CellQuotes;
  /** 预算 or 决算 (null when forced on a page that was not detected). */
  kind: '预算' | '决算' | null;
  /** The year the document is about, and the unit's name, as detection read them (null when unknown). */
  year: number | null;
  unit: string | null;
  /** For each block, the index of the heading block it stands under (-1 before any heading). */
  sectionOf: number[];
  /** Every figure bound to what it measures, where the template allows (lib/facts). */
  facts: FactStore;
}

export type Strength = 'hard' | 'soft';

/** A generator family yields after this many items: a few milliseconds of work on any page. */
export const PACE = 32;

export interface CheckFamily {
  /** Its name and what it checks are the messages check_<camelCaseId>_title and _description (locales/). */
  id: string;
  /**
   * Runs the family. A family with much to do is a generator that yields every few relations, so the
   * extension can pause it between slices (no main-thread task over 50 ms on a large page).
   */
  run(analysis: Analysis, sink: FindingSink): void | Iterable<void>;
}

/**
 * A stretch of words that is not a figure but is what a finding is about: a placeholder left in a
 * heading, a class named by its old name, a year that contradicts the document's. Cited like a figure
 * (so the page marks it and the card quotes it) with an empty value and no unit.
 */
export interface TextPlace {
  /** The words as printed. */
  text: string;
  /** The prose block, or -1 for a table cell (see `cell`). */
  block: number;
  cell?: CellPlace;
  /** Offsets in the block's (or cell's) normalized text. */
  start: number;
  end: number;
}

export function textRef(place: TextPlace, analysis: Analysis): FigureRef {
  const at = place.cell ? { block: -1, ...place.cell, start: place.start, end: place.end } : { block: place.block, start: place.start, end: place.end };
  return { text: place.text, value: '', unit: null, quote: quoteAround(place, analysis), at };
}

/** The clause a text place stands in (a prose sentence), or its table's title and row. */
function quoteAround(place: TextPlace, analysis: Analysis): string {
  if (place.cell) {
    const grid = analysis.document.tables[place.cell.table];
    const row = grid?.rows[place.cell.row]?.map((cell) => cell.text).filter(Boolean).join(' ') ?? place.text;
    return grid?.caption ? `${grid.caption}：${row}` : row;
  }
  const text = analysis.document.blocks[place.block]?.text ?? place.text;
  const from = Math.max(text.lastIndexOf('。', place.start - 1), text.lastIndexOf('；', place.start - 1)) + 1;
  const stops = [text.indexOf('。', place.end), text.indexOf('；', place.end)].filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) + 1 : text.length;
  return text.slice(from, to).trim().slice(0, 200);
}

export function figureRef(figure: Figure, analysis: Analysis): FigureRef {
  const mention = analysis.mentionOf.get(figure);
  return {
    text: figure.text,
    value: figure.value.toFixed(),
    unit: figure.unit,
    quote: mention?.quote ?? analysis.cellQuote.get(figure) ?? figure.text,
    at: figureAt(figure),
  };
}

/** Where a figure was printed, as its FigureRef says. */
export function figureAt(figure: Figure): FigureRef['at'] {
  return figure.cell ? { block: -1, ...figure.cell, start: figure.start, end: figure.end } : { block: figure.block, start: figure.start, end: figure.end };
}

export class FindingSink {
  readonly findings: Finding[] = [];
  relations = 0;
  checkedCount = 0;
  uncheckedCount = 0;
  constructor(
    private readonly analysis: Analysis,
    private readonly check: string,
    private readonly describe: Describe,
  ) {}

  /** Every relation that was checked, with the figures it binds (for ticks on verified figures and the mutation test). */
  readonly checkedRelations: Array<{ figures: Figure[]; strength: Strength }> = [];

  /**
   * A relation was found and checked (whatever the verdict). 'soft' relations can only ever warn
   * (an explanation that lists main reasons, a completion rate against another budget).
   */
  checked(figures: Figure[], strength: Strength = 'hard'): void {
    this.relations++;
    this.checkedCount++;
    this.checkedRelations.push({ figures, strength });
  }

  /** A relation was found but could not be checked (unclear binding, zero denominator, missing figure). */
  unchecked(): void {
    this.relations++;
    this.uncheckedCount++;
  }

  /**
   * Findings that say one figure's unit is wrong, with that figure. Such a finding explains the
   * figure: every other finding that cites it is superseded (see supersede.ts), whichever family made
   * it and whichever ran first.
   */
  readonly unitExplanations = new Map<Finding, Figure>();

  /** A unit slip: `figure`'s unit is wrong, as `explain` says; reported under unit-slip whatever family finds it. */
  addUnitSlip(explain: Explain, figure: Figure, others: Figure[], expected: string, actual: string): void {
    this.add('error', explain, [figure, ...others.filter((other) => other !== figure)], expected, actual, 'unit-slip');
    this.unitExplanations.set(this.findings[this.findings.length - 1]!, figure);
  }

  /**
   * A finding about words (a placeholder, a name, a year): `places` are cited first, then any figures
   * of the same sentence (so the finding can also be found by its amount).
   */
  addText(severity: Severity, explain: Explain, places: TextPlace[], figures: Figure[] = []): void {
    const table = places.find((p) => p.cell)?.cell?.table ?? figures.find((f) => f.cell)?.cell?.table;
    const title = table === undefined ? undefined : this.analysis.tables.find((t) => t.source === table)?.title;
    this.findings.push({
      check: this.check,
      severity,
      message: this.describe(explain),
      explain,
      figures: [...places.map((place) => textRef(place, this.analysis)), ...figures.map((figure) => figureRef(figure, this.analysis))],
      expected: null,
      actual: null,
      ...(title ? { table: title } : {}),
    });
  }

  /** A finding, explained as a message key with its arguments (rendered into `message` at once). */
  add(severity: Severity, explain: Explain, figures: Figure[], expected: string | null = null, actual: string | null = null, check = this.check): void {
    const table = figures.find((f) => f.cell)?.cell?.table;
    const title = table === undefined ? undefined : this.analysis.tables.find((t) => t.source === table)?.title;
    this.findings.push({
      check,
      severity,
      message: this.describe(explain),
      explain,
      figures: figures.map((figure) => figureRef(figure, this.analysis)),
      expected,
      actual,
      ...(title ? { table: title } : {}),
    });
  }
}
