/**
 * Every printed figure stands for an interval: a value printed with s decimals is anywhere in
 * [v − ½·10^-s, v + ½·10^-s]. Identities are consistent when the intervals of both sides meet
 * (the XBRL Calculations 1.1 "round-to-nearest" rule). See shared notes checks.md.
 */
import { D, type Dec } from './decimal';

export class Interval {
  constructor(
    readonly lo: Dec,
    readonly hi: Dec,
  ) {}

  static point(value: Dec): Interval {
    return new Interval(value, value);
  }

  static around(value: Dec, half: Dec): Interval {
    return new Interval(value.minus(half), value.plus(half));
  }

  get mid(): Dec {
    return this.lo.plus(this.hi).div(2);
  }

  plus(other: Interval): Interval {
    return new Interval(this.lo.plus(other.lo), this.hi.plus(other.hi));
  }

  minus(other: Interval): Interval {
    return new Interval(this.lo.minus(other.hi), this.hi.minus(other.lo));
  }

  negate(): Interval {
    return new Interval(this.hi.neg(), this.lo.neg());
  }

  times(factor: Dec): Interval {
    const a = this.lo.times(factor);
    const b = this.hi.times(factor);
    return a.lte(b) ? new Interval(a, b) : new Interval(b, a);
  }

  containsZero(): boolean {
    return this.lo.lte(0) && this.hi.gte(0);
  }

  /** this ÷ other, or null when the divisor's interval contains zero (the ratio is unbounded). */
  dividedBy(other: Interval): Interval | null {
    if (other.containsZero()) return null;
    // A divisor of one sign makes p ÷ w monotone in each, so two of the four corners bound it, picked by
    // the signs (a division costs as much as a dozen additions, and every share and rate divides).
    // decimal.js rounds monotonically, so they bound the rounded quotients as well.
    if (other.hi.lt(0)) return this.negate().dividedBy(other.negate());
    return new Interval(this.lo.div(this.lo.gte(0) ? other.hi : other.lo), this.hi.div(this.hi.gte(0) ? other.lo : other.hi));
  }

  meets(other: Interval): boolean {
    return this.lo.lte(other.hi) && other.lo.lte(this.hi);
  }

  /** Distance between the intervals (0 when they meet). */
  gapTo(other: Interval): Dec {
    if (this.meets(other)) return new D(0);
    return this.hi.lt(other.lo) ? other.lo.minus(this.hi) : this.lo.minus(other.hi);
  }
}

/**
 * Range of f over a box when f is monotone in each variable on it: the extremes are at corners.
 * Returns null when f is undefined at some corner (a zero denominator).
 */
export function cornerRange(boxes: Interval[], f: (values: Dec[]) => Dec | null): Interval | null {
  let lo: Dec | null = null;
  let hi: Dec | null = null;
  const count = 1 << boxes.length;
  for (let mask = 0; mask < count; mask++) {
    const values = boxes.map((box, i) => (mask & (1 << i) ? box.hi : box.lo));
    const value = f(values);
    if (value === null || !value.isFinite()) return null;
    lo = lo === null || value.lt(lo) ? value : lo;
    hi = hi === null || value.gt(hi) ? value : hi;
  }
  return lo && hi ? new Interval(lo, hi) : null;
}
