/**
 * Rates implied by a value and its change, with intervals: prior = current − s (s the signed change),
 * rate = s ÷ prior. Shared by the year-on-year and budget-vs-actual families.
 */
import { D, HUNDRED, halfUnit, type Dec } from '../../decimal';
import { isMoneyUnit, type Figure } from '../../figures/figure';
import { Interval, cornerRange } from '../../interval';
import type { Mention } from '../../prose/mentions';
import { inRelationUnit, majorityMoneyUnit } from './arith';

export interface Rated {
  figure: Figure;
  value: Interval;
  point: Dec;
}

/** Current value and change in one unit, as intervals. */
export function readPair(current: Figure, delta: Figure): { current: Rated; delta: Rated } | null {
  const kinds = new Set([current.kind, delta.kind].map((k) => (k === 'bare' ? 'money' : k)));
  if (kinds.size !== 1 || kinds.has('percent')) return null;
  if (current.kind === 'count' && current.unit !== delta.unit) return null;
  const unit = majorityMoneyUnit([current, delta]);
  // Both in one unit (元 tables, 元 prose): stay in it, so implied amounts read as printed.
  const sameUnit = isMoneyUnit(current.unit) && current.unit === delta.unit;
  const read = (figure: Figure): Rated => {
    const r = inRelationUnit(figure, unit, sameUnit ? '万元' : undefined);
    return { figure, point: r.value, value: Interval.around(r.value, r.half(figure.scale)) };
  };
  return { current: read(current), delta: read(delta) };
}

export function statedRate(rate: Mention): Interval {
  const sign = rate.direction === -1 ? -1 : 1;
  return Interval.around(rate.figure.value, halfUnit(rate.figure.scale)).times(new D(sign));
}

/**
 * A rate printed with a minus sign after its direction word ("下降-81.75%"): read as printed it is a
 * change the other way (a negative decline is a rise); it is often a slip, the word's own rate with a
 * sign too many. The slip's reading, or null for a rate with no sign of its own.
 */
export function slipOfSign(rate: Mention): Interval | null {
  if (!rate.figure.value.isNeg() || rate.direction === null || rate.direction === 0) return null;
  return Interval.around(rate.figure.value.abs(), halfUnit(rate.figure.scale)).times(new D(rate.direction));
}

export interface ChangeVerdict {
  kind: 'ok' | 'rounding' | 'mismatch' | 'zero-base' | 'direction' | 'negative-base' | 'unbounded' | 'sign-slip';
  prior: Dec;
  implied: Interval | null;
  impliedPoint: Dec | null;
}

export function judgeChange(current: Figure, delta: Mention, rate: Mention | null): ChangeVerdict | null {
  const pair = readPair(current, delta.figure);
  // "减少-5万元": which way the amount changed is not known (the sign of a rate is judged below).
  if (!pair || delta.direction === null || delta.figure.value.isNeg()) return null;
  const sign = new D(delta.direction);
  const signedPoint = pair.delta.point.times(sign);
  const signed = pair.delta.value.times(sign);
  const prior = pair.current.point.minus(signedPoint);
  const priorInterval = pair.current.value.minus(signed);
  if (priorInterval.hi.lt(0)) return { kind: 'negative-base', prior, implied: null, impliedPoint: null };
  if (!rate) return { kind: 'ok', prior, implied: null, impliedPoint: null };
  const slip = slipOfSign(rate);
  if (!slip && rate.direction !== null && delta.direction !== 0 && rate.direction !== 0 && !pair.delta.point.isZero() && rate.direction !== delta.direction) {
    return { kind: 'direction', prior, implied: null, impliedPoint: null };
  }
  if (prior.isZero()) {
    // "增加0万元，增长0%" from a zero base says nothing wrong; any other rate from zero is a convention.
    if (pair.delta.point.isZero() && rate.figure.value.isZero()) return { kind: 'ok', prior, implied: null, impliedPoint: null };
    return { kind: 'zero-base', prior, implied: null, impliedPoint: null };
  }
  if (priorInterval.containsZero()) return { kind: 'unbounded', prior, implied: null, impliedPoint: null };
  const implied = rateRange(pair.current.value, signed);
  const impliedPoint = signedPoint.div(prior).times(HUNDRED);
  if (!implied) return { kind: 'unbounded', prior, implied: null, impliedPoint };
  const stated = statedRate(rate);
  if (!implied.meets(stated)) return { kind: slip && implied.meets(slip) ? 'sign-slip' : 'mismatch', prior, implied, impliedPoint };
  const roundedPoint = impliedPoint.abs().toDecimalPlaces(rate.figure.scale, D.ROUND_HALF_UP);
  return { kind: roundedPoint.eq(rate.figure.value.abs()) ? 'ok' : 'rounding', prior, implied, impliedPoint };
}

/**
 * 100·s ÷ (c − s) over current c and signed change s, whose base c − s is known not to contain zero. It
 * rises with s where c > 0 and falls with c where s > 0: when c and s each keep one sign, two corners
 * bound it (two divisions instead of four); otherwise all four are tried.
 */
export function rateRange(current: Interval, signed: Interval): Interval | null {
  const rate = (c: Dec, s: Dec) => s.div(c.minus(s)).times(HUNDRED);
  const currentSign = current.lo.gte(0) ? 1 : current.hi.lte(0) ? -1 : 0;
  const changeSign = signed.lo.gte(0) ? 1 : signed.hi.lte(0) ? -1 : 0;
  if (currentSign === 0 || changeSign === 0) return cornerRange([current, signed], ([c, s]) => (c!.eq(s!) ? null : rate(c!, s!)));
  return new Interval(
    rate(changeSign > 0 ? current.hi : current.lo, currentSign > 0 ? signed.lo : signed.hi),
    rate(changeSign > 0 ? current.lo : current.hi, currentSign > 0 ? signed.hi : signed.lo),
  );
}

/** A rate measured against a printed base: 100·s·d ÷ base (or (current − base) ÷ base with no d). */
export function rateAgainstBase(current: Figure, base: Figure, delta: Mention | null): { interval: Interval; point: Dec } | null {
  if (delta && delta.direction !== null && delta.direction !== 0) {
    const pair = readPair(base, delta.figure);
    if (!pair || pair.current.value.containsZero()) return null;
    const sign = new D(delta.direction);
    const interval = pair.delta.value.times(sign).dividedBy(pair.current.value)?.times(HUNDRED);
    return interval ? { interval, point: pair.delta.point.times(sign).div(pair.current.point).times(HUNDRED) } : null;
  }
  const pair = readPair(base, current);
  if (!pair || pair.current.value.containsZero()) return null;
  const interval = cornerRange([pair.delta.value, pair.current.value], ([c, b]) => c!.minus(b!).div(b!).times(HUNDRED));
  return interval ? { interval, point: pair.delta.point.minus(pair.current.point).div(pair.current.point).times(HUNDRED) } : null;
}

/** A ratio part ÷ whole × 100 as an interval, or null when the whole may be zero. */
export function ratioPercent(part: Figure, whole: Figure): { interval: Interval; point: Dec } | null {
  const pair = readPair(whole, part);
  // A whole that may be zero bounds nothing: asked before the divisions, not after.
  if (!pair || pair.current.point.isZero() || pair.current.value.containsZero()) return null;
  const interval = pair.delta.value.dividedBy(pair.current.value)?.times(HUNDRED);
  if (!interval) return null;
  return { interval, point: pair.delta.point.div(pair.current.point).times(HUNDRED) };
}

export function percentText(value: Dec, decimals: number): string {
  return `${value.toDecimalPlaces(decimals, D.ROUND_HALF_UP).toFixed(decimals)}%`;
}
