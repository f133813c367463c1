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
import { D, ZERO, type Dec } from '../decimal';
import { halfWidth, isMoneyUnit, toWan, type Figure, type MoneyUnit } from '../figures/figure';

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

/** Value and half-unit of a figure in the relation's unit (万元 for money). Bare figures take `bareUnit`. */
export function inRelationUnit(figure: Figure, bareUnit: MoneyUnit | null, readAs?: MoneyUnit): { value: Dec; half: (scale: number) => Dec } {
  const unit: MoneyUnit | null = readAs ?? (isMoneyUnit(figure.unit) ? figure.unit : figure.kind === 'bare' ? bareUnit : null);
  if (unit === null) return { value: figure.value, half: (scale) => halfWidth(figure, scale) };
  return { value: toWan(figure.value, unit), half: (scale) => toWan(halfWidth(figure, scale), unit) };
}

export function sumsCompatible(figures: Figure[]): boolean {
  const kinds = new Set(figures.map((f) => (f.kind === 'bare' ? 'money' : f.kind)));
  return kinds.size === 1 && !kinds.has('percent');
}

export function evaluateSum(total: Figure, terms: SumTerm[], readAs: Map<Figure, MoneyUnit> = new Map()): SumResult {
  const all = [total, ...terms.map((t) => t.figure)];
  const bareUnit = majorityMoneyUnit(all) ?? '万元';
  // All in one unit (a table in 元): compute and show in that unit; mixed units meet in 万元.
  const units = new Set(all.map((f) => readAs.get(f) ?? (f.kind === 'bare' ? bareUnit : f.unit)));
  const shared = units.size === 1 ? [...units][0] : null;
  if (shared === '元' || shared === '亿元') {
    const result = evaluateSum(total, terms, new Map(all.map((f) => [f, '万元' as MoneyUnit])));
    return { ...result, unit: shared };
  }
  // The exact reading: money in 万元 is published to two decimals, so an amount printed with fewer is
  // read as exact to the cent of a 万元 (and 元 amounts as exact to the 元).
  const moneyFloor = all.some((f) => f.unit === '万元' || f.kind === 'bare') ? 2 : 0;
  const finest = Math.max(moneyFloor, ...all.map((f) => f.scale));
  let sum: Dec = ZERO;
  let loose: Dec = ZERO;
  let strict: Dec = ZERO;
  for (const figure of all) {
    const read = inRelationUnit(figure, bareUnit, readAs.get(figure));
    if (figure !== total) sum = sum.plus(read.value.times(terms.find((t) => t.figure === figure)!.sign));
    loose = loose.plus(read.half(figure.scale));
    strict = strict.plus(read.half(finest));
  }
  const totalValue = inRelationUnit(total, bareUnit, readAs.get(total)).value;
  const gap = sum.minus(totalValue);
  const size = gap.abs();
  const verdict: SumVerdict = size.isZero() ? 'exact' : size.lte(strict) ? 'rounding' : size.lte(loose) ? 'coarse' : 'fail';
  const unit = all.some((f) => isMoneyUnit(f.unit) || f.kind === 'bare') ? '万元' : total.unit;
  return { verdict, sum, total: totalValue, gap, unit };
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
