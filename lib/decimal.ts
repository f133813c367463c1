/** All money and percentage arithmetic goes through decimal.js, never JS numbers. */
import Decimal from 'decimal.js';

/** Significant digits every result is rounded to. */
const PRECISION = 40;
export const D = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export const ZERO = new D(0);
export const HUNDRED = new D(100);

/**
 * Computed once per scale: every interval of every figure asks for one, and the power is the costliest
 * step of building it. Decimals are immutable, so the same one is handed to everyone.
 */
const HALF_UNITS = new Map<number, Dec>();

/** Half a unit of the last printed decimal place: 2 decimals → 0.005. */
export function halfUnit(scale: number): Dec {
  let half = HALF_UNITS.get(scale);
  if (half === undefined) HALF_UNITS.set(scale, (half = new D(5).times(new D(10).pow(-(scale + 1)))));
  return half;
}

/**
 * value × sign (±1) as decimal.js computes it: the product is rounded to PRECISION significant digits,
 * which changes nothing for a value that already fits (every printed amount, and every result), so
 * the multiplication is skipped there. Signs are multiplied into every term of every sum.
 */
export function timesSign(value: Dec, sign: 1 | -1): Dec {
  if (value.sd() > PRECISION) return value.times(sign);
  return sign === 1 ? value : value.neg();
}

/** A decimal as a plain string without exponent, trimmed of needless zeros. */
export function show(value: Dec, decimals?: number): string {
  const fixed = decimals === undefined ? value.toFixed() : value.toFixed(decimals);
  return fixed === '-0' ? '0' : fixed.replace(/^-0(\.0+)?$/, '0');
}
