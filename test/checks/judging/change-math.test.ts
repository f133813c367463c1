/**
 * The rate implied by a current value and its signed change, 100·s ÷ (c − s): the engine evaluates two
 * corners of the box where c and s each keep one sign. It must give what trying all four gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateRange } from '../../../lib/checks/judging/change-math';
import { D, HUNDRED } from '../../../lib/decimal';
import { Interval, cornerRange } from '../../../lib/interval';

const around = (value: string, half: string) => Interval.around(new D(value), new D(half));

function allCorners(current: Interval, signed: Interval): Interval | null {
  return cornerRange([current, signed], ([c, s]) => (c!.eq(s!) ? null : s!.div(c!.minus(s!)).times(HUNDRED)));
}

describe('rateRange', () => {
  it.each<[string, Interval, Interval, string, string]>([
    // checks.md: 20.93 after an increase of 6.41 is 44.08%–44.21%
    ['an increase', around('20.93', '0.005'), around('6.41', '0.005'), '44.08', '44.21'],
    ['a decrease', around('20.93', '0.005'), around('-6.41', '0.005'), '-23.46', '-23.43'],
    ['a current value below zero', around('-20.93', '0.005'), around('6.41', '0.005'), '-23.46', '-23.43'],
    ['a change that may be zero (four corners)', around('20.93', '0.005'), around('0', '0.005'), '-0.02', '0.02'],
  ])('%s', (_name, current, signed, lo, hi) => {
    const range = rateRange(current, signed)!;
    expect([range.lo.toDecimalPlaces(2).toFixed(), range.hi.toDecimalPlaces(2).toFixed()]).toEqual([lo, hi]);
  });

  it('gives the same extremes as trying all four corners', () => {
    const printed = fc.record({ units: fc.integer({ min: -200_000, max: 200_000 }), scale: fc.integer({ min: 0, max: 3 }) });
    const interval = ({ units, scale }: { units: number; scale: number }) => Interval.around(new D(units).div(10 ** scale), new D(5).div(10 ** (scale + 1)));
    fc.assert(
      fc.property(printed, printed, (c, s) => {
        const current = interval(c);
        const signed = interval(s);
        // As judgeChange calls it: only with a base c − s that cannot be zero.
        fc.pre(!current.minus(signed).containsZero());
        const fast = rateRange(current, signed);
        const slow = allCorners(current, signed);
        return fast !== null && slow !== null && fast.lo.eq(slow.lo) && fast.hi.eq(slow.hi);
      }),
      { numRuns: 2000 },
    );
  });
});
