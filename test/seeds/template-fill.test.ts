/**
 * The Shanghai 部门决算 template's 情况说明 (its exact sentences: ../shared/templates, copied here as
 * the sentences below), filled with figures that hold together, drawn at random: whatever the
 * figures, the engine must raise no error, since every relation holds within rounding. Then one
 * figure at a time is made wrong, and the engine must name it. A rule that only fits the two real
 * pages breaks here on the first unusual filling.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amounts, errorsOf, fill } from '../helpers/template-fill';

/** Draws whose changes are large against their rounding, so that a rate one point off cannot hide in it. */
const sound = amounts.filter((a) => {
  const total = a.items.slice(0, 3).reduce((sum, item) => sum + item.actual, 0) + a.other;
  // A change of at least 10.00万元 on a base of at least 100.00万元, and a rate under 1000%: the rounding
  // of the printed amounts then moves the rate by well under one point.
  const far = (now: number, before: number) => Math.abs(now - before) >= 1_000 && before >= 10_000 && Math.abs(now - before) <= 10 * before;
  return far(total, a.lastYear) && far(a.vehicle, a.vehicleLast) && far(a.reception, a.receptionLast) && far(a.running, a.runningLast) && far(a.vehicle + a.reception, a.vehicleLast + a.receptionLast);
});

describe('the Shanghai 决算 template, filled', () => {
  it('raises no error when every figure holds', () => {
    fc.assert(
      fc.property(amounts, (a) => {
        expect(errorsOf(fill(a).text)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['the total’s change rate', 'totalRate'],
    ['the basic spending’s share', 'basicShare'],
    ['the 三公 total’s change rate', 'sangongRate'],
    ['the vehicles’ change rate (its current amount stated in another paragraph)', 'vehicleRate'],
    ['机关运行经费’s change rate', 'runningRate'],
  ] as const)('names %s when it is made wrong', (_name, slot) => {
    fc.assert(
      fc.property(sound, (a) => {
        const { text, slots } = fill(a, slot);
        expect(errorsOf(text).some((error) => error.includes(`${slots[slot]}%`))).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
