/** The rounding model's arithmetic, on the examples of checks.md. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../lib/decimal';
import { Interval, cornerRange } from '../lib/interval';

const around = (v: string, h: string) => Interval.around(new D(v), new D(h));

describe('Interval', () => {
  it('20.93 with an increase of 6.41 supports 增长44.2% (range 44.08%–44.21%)', () => {
    const range = cornerRange([around('20.93', '0.005'), around('6.41', '0.005')], ([c, d]) => d!.div(c!.minus(d!)).times(100))!;
    expect(range.lo.toDecimalPlaces(2).toFixed()).toBe('44.08');
    expect(range.hi.toDecimalPlaces(2).toFixed()).toBe('44.21');
    expect(range.meets(around('44.2', '0.05'))).toBe(true);
    expect(range.meets(around('44.3', '0.05'))).toBe(false);
  });

  it('"412" (±0.5) supports 87.3% where "411.91" would only just', () => {
    const f = ([c, d]: InstanceType<typeof D>[]) => d!.div(c!.minus(d!)).times(100);
    const coarse = cornerRange([around('412', '0.5'), around('191.93', '0.005')], f)!;
    const fine = cornerRange([around('411.91', '0.005'), around('191.93', '0.005')], f)!;
    expect(coarse.meets(around('87.3', '0.05'))).toBe(true);
    expect(coarse.meets(around('87.5', '0.05'))).toBe(false);
    expect(fine.hi.lt(87.26)).toBe(true);
  });

  it('division by an interval containing zero is unbounded', () => {
    expect(around('1', '0.5').dividedBy(around('0', '0.005'))).toBeNull();
  });

  it.each<[string, string, string, string, string]>([
    // dividend, divisor, and the quotient's range: each sign of each
    ['[4, 8] ÷ [1, 2]', '6,2', '1.5,0.5', '2', '8'],
    ['[-8, -4] ÷ [1, 2]', '-6,2', '1.5,0.5', '-8', '-2'],
    ['[-2, 2] ÷ [1, 2]', '0,2', '1.5,0.5', '-2', '2'],
    ['[4, 8] ÷ [-2, -1]', '6,2', '-1.5,0.5', '-8', '-2'],
    ['[-8, -4] ÷ [-2, -1]', '-6,2', '-1.5,0.5', '2', '8'],
  ])('%s', (_name, dividend, divisor, lo, hi) => {
    const [p, ph] = dividend.split(',');
    const [w, wh] = divisor.split(',');
    const quotient = around(p!, ph!).dividedBy(around(w!, wh!))!;
    expect([quotient.lo.toFixed(), quotient.hi.toFixed()]).toEqual([lo, hi]);
  });

  it('division picks the same extremes as trying all four corners', () => {
    const printed = fc.record({ units: fc.integer({ min: -200_000, max: 200_000 }), scale: fc.integer({ min: 0, max: 3 }) });
    const interval = ({ units, scale }: { units: number; scale: number }) => Interval.around(new D(units).div(10 ** scale), new D(5).div(10 ** (scale + 1)));
    fc.assert(
      fc.property(printed, printed, (p, w) => {
        const quotient = interval(p).dividedBy(interval(w));
        const corners = cornerRange([interval(p), interval(w)], ([a, b]) => (b!.isZero() ? null : a!.div(b!)));
        if (quotient === null) return interval(w).containsZero();
        return corners !== null && quotient.lo.eq(corners.lo) && quotient.hi.eq(corners.hi);
      }),
      { numRuns: 2000 },
    );
  });

  it('gap between intervals', () => {
    expect(around('92.55', '0').gapTo(around('90', '0.5')).toFixed()).toBe('2.05');
    expect(around('1', '1').gapTo(around('2', '1')).toFixed()).toBe('0');
  });
});
