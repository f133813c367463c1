/**
 * Checking an additive identity (total = Σ ± terms) under the rounding model, in a common unit.
 *
 * Two readings of the printed figures:
 *  - as printed: each figure is an interval of ± half its last printed digit ("4万元" is 3.5–4.5);
 *  - exact reading: figures printed with fewer decimals than the others are taken as exact at the
 *    finest precision in the relation ("4万元" is 4.00 ± 0.005). Budget lines printed as "4万元" are
 *    almost always exact amounts.
 * Verdicts: 'exact' (no gap), 'rounding' (gap within the exact reading's envelope: info), 'coarse'
 * (holds only if the less precise figures were themselves rounded: warning), 'fail' (cannot hold).
 */
import { D, ZERO, timesSign, type Dec } from '../../decimal';
import { halfUnitInWan, halfWidth, isExact, isMoneyUnit, toWan, type Figure, type MoneyUnit } from '../../figures/figure';

export type SumVerdict = 'exact' | 'rounding' | 'coarse' | 'fail';

export interface SumTerm {
  figure: Figure;
  sign: 1 | -1;
}

export interface SumResult {
  verdict: SumVerdict;
  /** Σ of the signed terms, in the relation's unit. */
  sum: Dec;
  total: Dec;
  /** sum − total */
  gap: Dec;
  unit: string | null;
}

/** The unit most money figures in a relation are printed in; bare figures take it. */
export function majorityMoneyUnit(figures: Figure[]): MoneyUnit | null {
  const counts = new Map<MoneyUnit, number>();
  for (const figure of figures) if (isMoneyUnit(figure.unit)) counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1);
  let best: MoneyUnit | null = null;
  for (const [unit, count] of counts) if (best === null || count > counts.get(best)!) best = unit;
  return best;
}

/** The unit a figure is read in within a relation: as told, its own money unit, the relation's for a bare figure; null for counts, scores, shares. */
function relationUnit(figure: Figure, bareUnit: MoneyUnit | null, readAs: MoneyUnit | undefined): MoneyUnit | null {
  return readAs ?? (isMoneyUnit(figure.unit) ? figure.unit : figure.kind === 'bare' ? bareUnit : null);
}

/** A figure's value in the relation's unit (万元 for money; as printed for counts, scores, shares). */
function valueIn(figure: Figure, unit: MoneyUnit | null): Dec {
  return unit === null ? figure.value : toWan(figure.value, unit);
}

/** Half the width of a figure's interval at `scale` decimals, in the relation's unit (万元 for money). */
function halfIn(figure: Figure, scale: number, unit: MoneyUnit | null): Dec {
  if (unit === null) return halfWidth(figure, scale);
  return isExact(figure) ? ZERO : halfUnitInWan(scale, unit);
}

/** Value and half-unit of a figure in the relation's unit (万元 for money). Bare figures take `bareUnit`. */
export function inRelationUnit(figure: Figure, bareUnit: MoneyUnit | null, readAs?: MoneyUnit): { value: Dec; half: (scale: number) => Dec } {
  const unit = relationUnit(figure, bareUnit, readAs);
  return { value: valueIn(figure, unit), half: (scale) => halfIn(figure, scale, unit) };
}

export function sumsCompatible(figures: Figure[]): boolean {
  const kinds = new Set(figures.map((f) => (f.kind === 'bare' ? 'money' : f.kind)));
  return kinds.size === 1 && !kinds.has('percent');
}

const NO_READINGS: ReadonlyMap<Figure, MoneyUnit> = new Map();

export function evaluateSum(total: Figure, terms: SumTerm[], readAs: ReadonlyMap<Figure, MoneyUnit> = NO_READINGS): SumResult {
  const all = [total, ...terms.map((t) => t.figure)];
  const bareUnit = majorityMoneyUnit(all) ?? '万元';
  // All in one unit (a table in 元): compute in that unit (every figure read as if in 万元) and show
  // in it; mixed units meet in 万元.
  const shared = sharedUnit(all, bareUnit, readAs);
  if (shared === '元' || shared === '亿元') return { ...sumInRelationUnit(total, terms, all, bareUnit, () => '万元'), unit: shared };
  return sumInRelationUnit(total, terms, all, bareUnit, (figure) => readAs.get(figure));
}

/** The one unit all figures are read in, or null when they differ. */
function sharedUnit(all: Figure[], bareUnit: MoneyUnit, readAs: ReadonlyMap<Figure, MoneyUnit>): string | null {
  let shared: string | null | undefined;
  for (const figure of all) {
    const unit = readAs.get(figure) ?? (figure.kind === 'bare' ? bareUnit : figure.unit);
    if (shared === undefined) shared = unit;
    else if (unit !== shared) return null;
  }
  return shared ?? null;
}

function sumInRelationUnit(total: Figure, terms: SumTerm[], all: Figure[], bareUnit: MoneyUnit, readAsOf: (figure: Figure) => MoneyUnit | undefined): SumResult {
  // The exact reading: money in 万元 is published to two decimals, so an amount printed with fewer is
  // read as exact to the cent of a 万元 (and 元 amounts as exact to the 元).
  let finest = all.some((f) => f.unit === '万元' || f.kind === 'bare') ? 2 : 0;
  for (const figure of all) finest = Math.max(finest, figure.scale);
  let sum: Dec = ZERO;
  let totalValue: Dec = ZERO;
  let loose: Dec = ZERO;
  // Σ of the halves at the finest scale: null while it is the same sum as `loose` (every figure so far
  // printed at the finest scale, or exact), and then not added up a second time.
  let strict: Dec | null = null;
  const signOf = signsOf(terms);
  for (const figure of all) {
    const unit = relationUnit(figure, bareUnit, readAsOf(figure));
    const value = valueIn(figure, unit);
    if (figure === total) totalValue = value;
    else sum = sum.plus(timesSign(value, signOf(figure)));
    const half = halfIn(figure, figure.scale, unit);
    const finestHalf = halfIn(figure, finest, unit);
    if (strict === null && finestHalf !== half) strict = loose;
    loose = loose.plus(half);
    if (strict !== null) strict = strict.plus(finestHalf);
  }
  strict ??= loose;
  const gap = sum.minus(totalValue);
  const size = gap.abs();
  const verdict: SumVerdict = size.isZero() ? 'exact' : size.lte(strict) ? 'rounding' : size.lte(loose) ? 'coarse' : 'fail';
  const unit = all.some((f) => isMoneyUnit(f.unit) || f.kind === 'bare') ? '万元' : total.unit;
  return { verdict, sum, total: totalValue, gap, unit };
}

/**
 * The sign of a figure's first term. Looked up in a map when there are many terms: a footing of a long
 * table has hundreds of parts, and finding each one's term among them was quadratic.
 */
function signsOf(terms: SumTerm[]): (figure: Figure) => 1 | -1 {
  if (terms.length <= 8) return (figure) => terms.find((t) => t.figure === figure)!.sign;
  const signs = new Map<Figure, 1 | -1>();
  for (const term of terms) if (!signs.has(term.figure)) signs.set(term.figure, term.sign);
  return (figure) => signs.get(figure)!;
}

/** Show a value in the relation's unit, with as many decimals as the relation's figures. */
export function showAmount(value: Dec, figures: Figure[], unit: string | null = '万元'): string {
  const units = new Set(figures.map((f) => f.unit));
  // Shown in the figures' own unit when they share one; otherwise in 万元 with the decimals that needs.
  const sameUnit = units.size === 1 && unit === [...units][0];
  const decimals = Math.max(0, ...figures.map((f) => f.scale + (sameUnit ? 0 : f.unit === '元' ? 4 : f.unit === '亿元' ? -4 : 0)));
  const places = Math.min(decimals, 6);
  return new D(value).toDecimalPlaces(places).toFixed(places);
}
