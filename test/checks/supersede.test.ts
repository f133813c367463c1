/** A unit slip explains its figure: other findings that cite it are superseded, whichever family ran first. */
import { describe, expect, it } from 'vitest';
import { auditProse, briefs } from '../helpers/audit';
import { CHECK_FAMILIES } from '../../lib';

const SLIP = '一般公共预算财政拨款支出772.94万元，比上年减少18.89万元，其中：基本支出382.58万元，比上年减少10.95元；项目支出390.36万元，比上年减少7.94万元。支出预算较上年减少18.89万元，主要是基本支出预算减少10.95万元，项目支出预算减少7.94万元。';

describe('supersession', () => {
  it.each<[string, string, string[]]>([
    // The slipped figure is named once, as a unit slip; the failing sums through it are not reported.
    ['a unit slip and the sums through it', SLIP, ['unit-slip/error: 10.95元,10.95万元']],
    ['nothing to explain: the sums stand', SLIP.replace('10.95元', '10.95万元'), []],
  ])('%s', (_name, text, expected) => {
    expect(briefs(auditProse(text)).filter((b) => !b.includes('/info'))).toEqual(expected);
  });

  it('does not depend on the order the families run in', () => {
    const forward = briefs(auditProse(SLIP)).sort();
    const families = [...CHECK_FAMILIES];
    (CHECK_FAMILIES as typeof families).reverse();
    try {
      expect(briefs(auditProse(SLIP)).sort().filter((b) => !b.startsWith('unit-slip'))).toEqual(forward.filter((b) => !b.startsWith('unit-slip')));
      expect(briefs(auditProse(SLIP)).filter((b) => b.startsWith('unit-slip/error')).length).toBe(1);
    } finally {
      (CHECK_FAMILIES as typeof families).reverse();
    }
  });
});
