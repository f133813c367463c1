/**
 * A rate printed by cutting off its extra digits rather than rounding them (10.158% printed 10.15%,
 * as some provinces' documents do throughout): the figures cannot all be true under round-to-nearest,
 * but they can under the document's own convention. Such a gap is a warning, named for what it is,
 * not an error.
 */
import { D, halfUnit } from '../../decimal';
import type { Figure } from '../../figures/figure';
import { Interval } from '../../interval';

/** Whether the magnitude `implied` meets the interval a truncated printing of `stated` stands for. */
export function truncates(implied: Interval, stated: Figure): boolean {
  const printed = stated.value.abs();
  // Truncation to s decimals maps [v, v + 10^-s) to v; toward zero, so for magnitudes.
  const step = halfUnit(stated.scale).times(2);
  const low = implied.lo.abs().lt(implied.hi.abs()) ? implied.lo.abs() : implied.hi.abs();
  const high = implied.lo.abs().lt(implied.hi.abs()) ? implied.hi.abs() : implied.lo.abs();
  return new Interval(low, high).meets(new Interval(printed, printed.plus(step).minus(new D(10).pow(-(stated.scale + 6)))));
}
