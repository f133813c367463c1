/**
 * The figures a later document can be compared with: each prose statement's amount as printed (its
 * text and precision), under a comparable name (quantity.ts), with the changes the text states for it
 * (against last year or the budget: the change amount, the rate, or the base printed in the comparison).
 *
 * This re-runs the engine's prose stages (figures → mentions → statements) over the block texts rather
 * than changing lib/engine.ts: the background calls it on the texts the content script sends, so the
 * page pays nothing for it.
 */
import type { Basis } from '../prose/cues';
import { extractFigures } from '../figures/extract';
import type { Figure } from '../figures/figure';
import { isMoneyUnit } from '../figures/figure';
import { parseNumber } from '../figures/number';
import type { TextBlock } from '../model/document';
import { mentionsOf, type Mention } from '../prose/mentions';
import { buildStatements, displayName, type Statement } from '../prose/statements';
import type { FigureRef } from '../report';
import { legacyKey, quantityOf } from './quantity';
import type { StoredFigure } from './record';

/** A figure as printed: enough to rebuild its interval (value ± half its last digit, in its unit). */
export interface Printed {
  text: string;
  value: string;
  scale: number;
  unit: string | null;
  /** Only while the document is on screen (for findings that point at it); never stored. */
  ref?: FigureRef;
}

export interface KeyChange {
  basis: Basis;
  direction: 1 | -1 | 0 | null;
  /** The year compared with when the text names it ("与2023年度相比"). */
  year: number | null;
  delta?: Printed;
  rate?: Printed;
  base?: Printed;
}

export interface KeyFigure {
  /** As the page names it (for messages). */
  subject: string;
  /** The quantity, comparable across documents (quantity.ts: the fact layer's concept and fund). */
  key: string;
  /** In a 决算: this amount is a budget the text quotes, not the year's actual. */
  budget: boolean;
  value: Printed;
  changes: KeyChange[];
}

/** Enough for a long document; the comparisons only ever use totals and lines with stated changes. */
export const MAX_KEY_FIGURES = 400;

function printed(figure: Figure, mention: Mention | undefined): Printed {
  return {
    text: figure.text,
    value: figure.value.toFixed(),
    scale: figure.scale,
    unit: figure.unit,
    ref: {
      text: figure.text,
      value: figure.value.toFixed(),
      unit: figure.unit,
      quote: mention?.quote ?? figure.text,
      at: { block: figure.block, start: figure.start, end: figure.end },
    },
  };
}

const COMPARED_YEAR = /(?:与|比|较)(20\d\d)\s*年/;

/**
 * Only the 年初 budget is the 预算 document's figure. The prose stage files a change "较调整预算数…"
 * under 'budget' when the clause also reads as one (its first matching cue wins), so the words decide
 * here: comparing an adjusted budget with the 预算 document would raise false errors.
 */
function budgetBasis(basis: Basis, words: string): Basis {
  if (basis === 'prior') return basis;
  return /调整/.test(words) ? 'adjusted' : /全年/.test(words) ? 'full-year' : basis;
}

function changesOf(statement: Statement): KeyChange[] {
  const out: KeyChange[] = [];
  for (const change of statement.changes) {
    const delta = change.delta && change.delta.figure.kind !== 'percent' ? change.delta : null;
    // A rate signed after its direction word ("下降-81.75%") says one of two things: not a key figure.
    const rate = change.rate && change.rate.figure.kind === 'percent' && !change.rate.figure.value.isNeg() ? change.rate : null;
    const base = change.base && (isMoneyUnit(change.base.figure.unit) || change.base.figure.kind === 'bare') ? change.base : null;
    if (!delta && !rate && !base) continue;
    const words = [delta, rate, base].map((m) => m?.window ?? '').join(' ');
    const year = COMPARED_YEAR.exec(words);
    out.push({
      basis: budgetBasis(change.basis, words),
      direction: delta?.direction ?? rate?.direction ?? null,
      year: year ? Number(year[1]) : null,
      ...(delta ? { delta: printed(delta.figure, delta) } : {}),
      ...(rate ? { rate: printed(rate.figure, rate) } : {}),
      ...(base ? { base: printed(base.figure, base) } : {}),
    });
  }
  return out;
}

export function keyFiguresOf(blocks: ReadonlyArray<Pick<TextBlock, 'index' | 'text'>>, kind: '预算' | '决算' | null): KeyFigure[] {
  let next = 0;
  const inputs = blocks.map((block) => {
    const figures = extractFigures({ kind: 'text', index: block.index, text: block.text, runs: [] }, next);
    next += figures.length;
    return { index: block.index, text: block.text, mentions: mentionsOf({ kind: 'text', index: block.index, text: block.text, runs: [] }, figures) };
  });
  const out: KeyFigure[] = [];
  for (const statement of buildStatements(inputs)) {
    const value = statement.value;
    // Amounts only, in a stated money unit: a bare "411.91" could be in any unit.
    if (!value || value.figure.kind !== 'money' || !isMoneyUnit(value.figure.unit) || value.local) continue;
    const quantity = quantityOf(statement.subject, statement.context, kind);
    if (!quantity) continue;
    // As printed ("收入合计"), or with its heading when it says nothing alone ("收入预算（年初预算数）").
    const subject = /^(年初)?预算数$|^决算数$|^合计$|^总计$/.test(statement.subject) || !statement.subject ? displayName(statement) : statement.subject;
    out.push({ subject, key: quantity.key, budget: quantity.budget, value: printed(value.figure, value), changes: changesOf(statement) });
  }
  if (out.length <= MAX_KEY_FIGURES) return out;
  // Keep every line with a stated change, then the first others in document order.
  const withChanges = new Set(out.filter((f) => f.changes.length > 0).slice(0, MAX_KEY_FIGURES));
  let room = MAX_KEY_FIGURES - withChanges.size;
  return out.filter((f) => withChanges.has(f) || (room-- > 0));
}

/** The texts a content script sends, as blocks (the block index is the position: the same as the page's model). */
export function blocksFromTexts(texts: readonly string[]): Array<Pick<TextBlock, 'index' | 'text'>> {
  return texts.map((text, index) => ({ index, text }));
}

/** Parses a stored printed figure ("335.60万元"); null when it is not one (then it is never compared). */
export function parsePrinted(text: string): Printed | null {
  const match = /^([\d,]+(?:\.\d+)?)(元|万元|亿元|%)?$/.exec(text);
  const number = match ? parseNumber(match[1]!) : null;
  return number ? { text, value: number.value.toFixed(), scale: number.scale, unit: match![2] ?? null } : null;
}

/**
 * What is stored: printed texts only, defaults left out, and each distinct line once (a disclosure
 * repeats its totals in several sections; the copies add nothing to a comparison).
 */
export function toStored(figures: readonly KeyFigure[]): StoredFigure[] {
  const seen = new Set<string>();
  const out: StoredFigure[] = [];
  // Only what reads back (a figure printed as "3‰" would not): a stored record always validates.
  const readable = (p: Printed | undefined) => (p && parsePrinted(p.text) ? p.text : undefined);
  for (const f of figures) {
    if (!readable(f.value)) continue;
    const changes = f.changes.map((c) => ({
      basis: c.basis,
      direction: c.direction,
      ...(c.year !== null ? { year: c.year } : {}),
      ...(readable(c.delta) ? { delta: c.delta!.text } : {}),
      ...(readable(c.rate) ? { rate: c.rate!.text } : {}),
      ...(readable(c.base) ? { base: c.base!.text } : {}),
    }));
    const stored: StoredFigure = { subject: f.subject, key: f.key, ...(f.budget ? { budget: true as const } : {}), value: f.value.text, ...(changes.length ? { changes } : {}) };
    const id = JSON.stringify(stored);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(stored);
  }
  return out;
}

/** Stored figures back in the form the comparisons use (anything unreadable is left out). */
export function fromStored(figures: readonly StoredFigure[]): KeyFigure[] {
  const out: KeyFigure[] = [];
  for (const f of figures) {
    const value = parsePrinted(f.value);
    if (!value) continue;
    const changes: KeyChange[] = (f.changes ?? []).map((c) => {
      const read = (text: string | undefined) => (text === undefined ? undefined : (parsePrinted(text) ?? undefined));
      const delta = read(c.delta);
      const rate = read(c.rate);
      const base = read(c.base);
      return { basis: c.basis, direction: c.direction, year: c.year ?? null, ...(delta ? { delta } : {}), ...(rate ? { rate } : {}), ...(base ? { base } : {}) };
    });
    // A record saved before keys were facts names its quantities the old way: read in today's form.
    out.push({ subject: f.subject, key: legacyKey(f.key), budget: f.budget === true, value, changes });
  }
  return out;
}
