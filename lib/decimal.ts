/** All money and percentage arithmetic goes through decimal.js, never JS numbers. */
import Decimal from 'decimal.js';

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export const ZERO = new D(0);
export const HUNDRED = new D(100);

/** Half a unit of the last printed decimal place: 2 decimals → 0.005. */
export function halfUnit(scale: number): Dec {
  return new D(5).times(new D(10).pow(-(scale + 1)));
}

/** A decimal as a plain string without exponent, trimmed of needless zeros. */
export function show(value: Dec, decimals?: number): string {
  const fixed = decimals === undefined ? value.toFixed() : value.toFixed(decimals);
  return fixed === '-0' ? '0' : fixed.replace(/^-0(\.0+)?$/, '0');
}
