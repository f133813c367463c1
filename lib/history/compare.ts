/**
 * Checks across documents of one unit (families 20 and 21 of ../shared/notes/checks.md):
 *
 *  - history-prior-year: "基本支出383.08万元，比上年减少12.00万元" implies last year's 基本支出 was
 *    383.08 + 12.00; last year's own document of the same unit printed it.
 *  - history-budget: a 决算's "较年初预算数减少1126.13万元" implies the year's budget; the 预算 document
 *    of the same unit and year printed it.
 *
 * Both directions: the page on screen may be the one that states the change (the later year, the
 * 决算) or the one that printed the compared amount (read after the other). Findings point at figures
 * of the page on screen only.
 *
 * The rounding model is the engine's: every printed figure is ± half its last digit (a printed 0 is
 * exact); error only when the intervals cannot meet; warning when they meet only if amounts printed
 * with fewer decimals were themselves rounded (the engine's "coarse" reading); info for a gap inside
 * rounding. A name that carries two different amounts in one document is never compared (it may name
 * two scopes, 单位 and 财政拨款); no document of the right year and kind means no check at all.
 */
import { D, HUNDRED, halfUnit, type Dec } from '../decimal';
import { Interval, cornerRange } from '../interval';
import type { FigureRef, Finding, Severity } from '../report';
import type { Explain, ExplainArg } from '../i18n/explain';
import { change as changeArg, clause, num, optional, say, unit as unitArg } from '../i18n/phrases';
import type { KeyChange, KeyFigure, Printed } from './key-figures';

export const HISTORY_CHECKS = { priorYear: 'history-prior-year', budget: 'history-budget' } as const;

/** What the comparisons need of a document (a saved record, or the page on screen). */
export interface ComparableDocument {
  url: string;
  title: string;
  unitKey: string;
  year: number | null;
  kind: '预算' | '决算' | null;
  /** ISO time; the latest of several documents of one year and kind is used. */
  readAt: string;
  figures: readonly KeyFigure[];
}

const WAN: Record<string, Dec> = { 元: new D('0.0001'), 万元: new D(1), 亿元: new D(10000) };

/** A printed amount as an interval in `unit`, read at `scale` decimals (a printed 0 is exact). */
function intervalOf(p: Printed, unit: string, scale = p.scale): Interval | null {
  const own = p.unit ?? unit;
  const from = WAN[own];
  const to = WAN[unit];
  if (!from || !to) return null;
  const value = new D(p.value);
  const half = value.isZero() ? new D(0) : halfUnit(scale);
  return Interval.around(value, half).times(from.div(to));
}

/** The unit to compute in: the figures' own when they share one, else 万元. */
function commonUnit(printed: Printed[]): string {
  const units = new Set(printed.map((p) => p.unit).filter((u): u is string => u !== null));
  return units.size === 1 ? [...units][0]! : '万元';
}

/** The "exact" reading: money printed with fewer decimals taken as exact to the finest printed (万元: 2). */
function finestScale(printed: Printed[], unit: string): number {
  return Math.max(unit === '万元' ? 2 : 0, ...printed.map((p) => p.scale));
}

function show(value: Dec, decimals: number): string {
  const text = value.toDecimalPlaces(Math.min(decimals, 6), D.ROUND_HALF_UP).toFixed(Math.min(decimals, 6));
  return text === '-0' || /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

interface Stated {
  figure: KeyFigure;
  /** The intersection of every amount the document prints under this name (they all agree). */
  agreed: Printed[];
}

/** The amount a document prints under a name, when it prints only one (all its mentions agree). */
function statedIn(document: ComparableDocument, key: string, budget: boolean): Stated | null {
  const figures = document.figures.filter((f) => f.key === key && f.budget === budget);
  if (figures.length === 0) return null;
  const intervals = figures.map((f) => intervalOf(f.value, '万元'));
  if (intervals.some((i) => i === null)) return null;
  for (let i = 0; i < intervals.length; i++) for (let j = i + 1; j < intervals.length; j++) if (!intervals[i]!.meets(intervals[j]!)) return null;
  // The most precise print stands for the quantity (they all agree within rounding).
  const best = [...figures].sort((a, b) => b.value.scale - a.value.scale)[0]!;
  return { figure: best, agreed: figures.map((f) => f.value) };
}

type Reading = { implied: Interval; strict: Interval; point: Dec | null; unit: string; decimals: number; via: 'delta' | 'base' | 'rate' };

/** What the stating document's change implies for the compared amount (in `unit`). */
function implied(value: Printed, change: KeyChange): Reading | null {
  if (change.delta) {
    const direction = change.direction;
    if (direction === null) return null;
    const unit = commonUnit([value, change.delta]);
    const finest = finestScale([value, change.delta], unit);
    const sign = new D(direction);
    const loose = (scale?: number) => {
      const current = intervalOf(value, unit, scale ?? value.scale);
      const delta = intervalOf({ ...change.delta!, unit: change.delta!.unit ?? value.unit }, unit, scale ?? change.delta!.scale);
      return current && delta ? current.minus(delta.times(sign)) : null;
    };
    const wide = loose();
    const strict = loose(finest);
    if (!wide || !strict) return null;
    const point = strict.mid;
    return { implied: wide, strict, point, unit, decimals: finest, via: 'delta' };
  }
  if (change.base) {
    const unit = commonUnit([change.base]);
    const wide = intervalOf(change.base, unit);
    const strict = intervalOf(change.base, unit, finestScale([change.base], unit));
    return wide && strict ? { implied: wide, strict, point: new D(change.base.value), unit, decimals: change.base.scale, via: 'base' } : null;
  }
  if (change.rate && change.direction !== null) {
    // prior = current ÷ (1 ± p%): the extremes are at the corners of the box.
    const unit = commonUnit([value]);
    const current = intervalOf(value, unit);
    const rate = Interval.around(new D(change.rate.value), halfUnit(change.rate.scale)).times(new D(change.direction).div(HUNDRED));
    if (!current) return null;
    const wide = cornerRange([current, rate], ([c, r]) => (r!.plus(1).lte(0) ? null : c!.div(r!.plus(1))));
    return wide ? { implied: wide, strict: wide, point: null, unit, decimals: Math.max(2, value.scale), via: 'rate' } : null;
  }
  return null;
}

function directionWord(direction: 1 | -1 | 0 | null): string {
  return direction === 1 ? '增加' : direction === -1 ? '减少' : '持平';
}

/** changeText as an explanation clause ("增加12.10万元", "持平（0万元）", "增长4.7%"). */
function changeClause(change: KeyChange): ExplainArg {
  if (change.delta) {
    if (change.direction === 0) return clause('history_flat', { amount: change.delta.text });
    return change.direction === null ? clause('history_flatAmount', { amount: change.delta.text }) : changeArg(change.direction, change.delta.text);
  }
  if (change.rate) return clause(change.direction === -1 ? 'history_rateDown' : 'history_rateUp', { rate: change.rate.text });
  return change.base?.text ?? '';
}

function changeText(change: KeyChange): string {
  if (change.delta) return change.direction === 0 ? `持平（${change.delta.text}）` : `${directionWord(change.direction)}${change.delta.text}`;
  if (change.rate) return `${change.direction === -1 ? '下降' : '增长'}${change.rate.text}`;
  return change.base?.text ?? '';
}

/** The change the other document's amount implies, in the words of the page ("减少12.08万元", "增长4.8%"). */
function impliedChange(value: Printed, stated: Printed, change: KeyChange, unit: string, decimals: number): string | null {
  const inUnit = (p: Printed) => new D(p.value).times(WAN[p.unit ?? unit]!.div(WAN[unit]!));
  const diff = inUnit(value).minus(inUnit(stated));
  if (!change.delta && change.rate) {
    if (inUnit(stated).isZero()) return null;
    const rate = diff.div(inUnit(stated)).times(HUNDRED);
    return `${rate.isNegative() ? '下降' : '增长'}${show(rate.abs(), change.rate.scale)}%`;
  }
  if (diff.isZero()) return '持平';
  return `${diff.isNegative() ? '减少' : '增加'}${show(diff.abs(), decimals)}${unit}`;
}

interface Pair {
  check: (typeof HISTORY_CHECKS)[keyof typeof HISTORY_CHECKS];
  /** The document that states the change (the later year; the 决算), and its line. */
  stating: ComparableDocument;
  figure: KeyFigure;
  change: KeyChange;
  /** The document that printed the compared amount (the earlier year; the 预算). */
  stated: ComparableDocument;
  /** Which of the two is on screen. */
  current: 'stating' | 'stated';
}

function describe(document: ComparableDocument): ExplainArg {
  return clause('history_document', {
    year: document.year === null ? '' : String(document.year),
    kind: document.kind === null ? '' : clause(document.kind === '预算' ? 'history_kindBudget' : 'history_kindFinal'),
    title: document.title || clause('history_untitled'),
    url: document.url,
  });
}

/** Budget and spending totals of a 预算 may include 上年结转; a 决算's 本年收入/支出合计 do not. */
const SCOPE_MAY_DIFFER = new Set(['本年收入合计|', '本年支出合计|']);

function judge(pair: Pair, words: (explain: Explain) => string): Finding | null {
  const { stating, figure, change, stated, check } = pair;
  const other = statedIn(stated, figure.key, false);
  if (!other) return null;
  // The stating document must not print two different amounts under this name either.
  if (!statedIn(stating, figure.key, figure.budget)) return null;
  const reading = implied(figure.value, change);
  if (!reading) return null;
  const target = intervalOf(other.figure.value, reading.unit);
  const targetStrict = intervalOf(other.figure.value, reading.unit, Math.max(reading.decimals, other.figure.value.scale));
  if (!target || !targetStrict) return null;
  let severity: Severity;
  if (!reading.implied.meets(target)) severity = 'error';
  else if (!reading.strict.meets(targetStrict)) severity = 'warning';
  else if (reading.point !== null && !reading.point.eq(new D(other.figure.value.value).times(WAN[other.figure.value.unit ?? reading.unit]!.div(WAN[reading.unit]!)))) severity = 'info';
  else return null;
  const scopeNote = check === HISTORY_CHECKS.budget && SCOPE_MAY_DIFFER.has(figure.key);
  if (scopeNote && severity === 'error') severity = 'warning';

  const { unit, decimals } = reading;
  const impliedText =
    reading.point !== null ? `${show(reading.point, decimals)}${unit}` : `${show(reading.implied.lo, decimals)}至${show(reading.implied.hi, decimals)}${unit}`;
  const impliedWords =
    reading.point !== null
      ? clause('history_amount', { value: num(show(reading.point, decimals)), unit: unitArg(unit) })
      : clause('history_range', { low: num(show(reading.implied.lo, decimals)), high: num(show(reading.implied.hi, decimals)), unit: unitArg(unit) });
  const printedText = other.figure.value.text;
  const otherPoint = new D(other.figure.value.value).times(WAN[other.figure.value.unit ?? unit]!.div(WAN[unit]!));
  const gap = optional(reading.point !== null, 'history_gap', {
    difference: num(reading.point === null ? '0' : show(reading.point.minus(otherPoint).abs(), Math.max(decimals, other.figure.value.scale))),
    unit: unitArg(unit),
  });
  const verdict = clause(severity === 'info' ? 'history_withinRounding' : severity === 'warning' ? 'history_onlyIfRounded' : 'history_beyondRounding');
  const what = check === HISTORY_CHECKS.priorYear ? clause('history_whatYear', { year: stated.year === null ? '' : String(stated.year) }) : clause('history_whatBudget');
  const against = change.basis === 'prior' ? (change.year ? clause('history_againstYear', { year: String(change.year) }) : clause('history_againstPrior')) : clause('history_againstBudget');
  const statement = figure.budget
    ? clause('history_statedAmount', { subject: figure.subject, value: figure.value.text })
    : clause('history_statedChange', { subject: figure.subject, value: figure.value.text, against, change: changeClause(change) });
  const source = pair.current === 'stating' ? clause('history_thisPageSays', { statement }) : clause('history_documentSays', { document: describe(stating), statement });
  const target2 =
    pair.current === 'stating'
      ? clause('history_documentPrinted', { document: describe(stated), subject: other.figure.subject, printed: printedText })
      : clause('history_thisPagePrinted', { subject: other.figure.subject, printed: printedText });
  const inference = clause(reading.via === 'base' ? 'history_thatIs' : 'history_impliedAt', { what, amount: impliedWords });
  const explain: Explain = say('history_finding', { source, inference, target: target2, gap, verdict, scope: optional(scopeNote, 'history_scopeMayDiffer') });

  let figures: FigureRef[];
  let expected: string | null;
  let actual: string | null;
  if (pair.current === 'stating') {
    const refs = [change.delta?.ref ?? change.rate?.ref ?? change.base?.ref, figure.value.ref].filter((r): r is FigureRef => r !== undefined);
    figures = figure.budget ? [figure.value.ref].filter((r): r is FigureRef => r !== undefined) : refs;
    expected = reading.via === 'base' ? printedText : impliedChange(figure.value, other.figure.value, change, unit, decimals);
    actual = reading.via === 'base' ? change.base!.text : changeText(change);
  } else {
    figures = [other.figure.value.ref].filter((r): r is FigureRef => r !== undefined);
    expected = impliedText;
    actual = printedText;
  }
  if (figures.length === 0) return null;
  return { check, severity, message: words(explain), explain, figures, expected, actual };
}

function latest(documents: readonly ComparableDocument[], year: number, kind: '预算' | '决算'): ComparableDocument | null {
  let best: ComparableDocument | null = null;
  for (const document of documents) if (document.year === year && document.kind === kind && (!best || Date.parse(document.readAt) > Date.parse(best.readAt))) best = document;
  return best;
}

/** The year a change compares with: the one the text names, else the year before. */
function comparedYear(stating: ComparableDocument, change: KeyChange): number | null {
  if (stating.year === null) return null;
  return change.year !== null && change.year < stating.year ? change.year : stating.year - 1;
}

function pairsFor(current: ComparableDocument, others: readonly ComparableDocument[]): Pair[] {
  const pairs: Pair[] = [];
  const stating = (document: ComparableDocument, side: Pair['current'], find: (figure: KeyFigure, change: KeyChange) => ComparableDocument | null, check: Pair['check'], basis: KeyChange['basis']) => {
    for (const figure of document.figures) {
      // A budget amount quoted in a 决算 ("“三公”经费年初预算21.50万元") is compared as it stands.
      const quoted: KeyChange = { basis: 'budget', direction: 0, year: null, base: figure.value };
      const changes = figure.budget ? (basis === 'budget' ? [quoted] : []) : figure.changes.filter((c) => c.basis === basis);
      for (const change of changes) {
        const stated = find(figure, change);
        if (!stated) continue;
        pairs.push(side === 'stating' ? { check, stating: document, figure, change, stated, current: 'stating' } : { check, stating: document, figure, change, stated: current, current: 'stated' });
      }
    }
  };
  const { year, kind } = current;
  if (year === null || kind === null) return pairs;
  // This page states changes against last year.
  stating(current, 'stating', (_f, change) => {
    const compared = comparedYear(current, change);
    return compared === null ? null : latest(others, compared, kind);
  }, HISTORY_CHECKS.priorYear, 'prior');
  // A later document of the same kind states changes against this page's year.
  for (const later of others.filter((d) => d.kind === kind && d.year !== null && d.year > year)) {
    if (latest(others, later.year!, kind) !== later) continue;
    stating(later, 'stated', (_f, change) => (comparedYear(later, change) === year ? current : null), HISTORY_CHECKS.priorYear, 'prior');
  }
  if (kind === '决算') {
    const budget = latest(others, year, '预算');
    if (budget) stating(current, 'stating', () => budget, HISTORY_CHECKS.budget, 'budget');
  } else {
    const final = latest(others, year, '决算');
    if (final) stating(final, 'stated', () => current, HISTORY_CHECKS.budget, 'budget');
  }
  return pairs;
}

/**
 * Findings for the page on screen (its figures carry references to the page) against the saved
 * documents of the same unit. Saved records of the page itself (same address) are ignored.
 */
export function crossDocumentFindings(current: ComparableDocument, saved: readonly ComparableDocument[], describe: (explain: Explain) => string): Finding[] {
  if (!current.unitKey) return [];
  const others = saved.filter((d) => d.url !== current.url && d.unitKey === current.unitKey);
  if (others.length === 0) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const pair of pairsFor(current, others)) {
    const finding = judge(pair, describe);
    if (!finding) continue;
    const key = `${finding.check}|${JSON.stringify(finding.explain)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

/** Is there any saved document a comparison could use? (Lets the background answer at once when not.) */
export function hasCounterpart(current: Pick<ComparableDocument, 'url' | 'unitKey' | 'year' | 'kind'>, saved: readonly Pick<ComparableDocument, 'url' | 'unitKey' | 'year' | 'kind'>[]): boolean {
  if (!current.unitKey || current.year === null || current.kind === null) return false;
  return saved.some((d) => d.url !== current.url && d.unitKey === current.unitKey && d.year !== null && (d.kind === current.kind ? d.year !== current.year : d.year === current.year));
}
