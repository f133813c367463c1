/**
 * evaluateSum against its definition: the sum worked out the plain way (every amount and every half-unit
 * converted and added one by one). The engine skips multiplications by 1, reuses half-units and adds the
 * strict envelope only where it differs from the loose one: the results must be the same, digit for digit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, ZERO, type Dec } from '../../../lib/decimal';
import { evaluateSum, majorityMoneyUnit, type SumResult, type SumTerm } from '../../../lib/checks/judging/arith';
import { isMoneyUnit, type Figure, type FigureKind, type MoneyUnit } from '../../../lib/figures/figure';

const WAN_PER_UNIT: Record<MoneyUnit, Dec> = { 元: new D('0.0001'), 万元: new D(1), 亿元: new D(10000) };

/** The definition, written out step by step. */
function definition(total: Figure, terms: SumTerm[], readAs: Map<Figure, MoneyUnit> = new Map()): SumResult {
  const all = [total, ...terms.map((t) => t.figure)];
  const bareUnit = majorityMoneyUnit(all) ?? '万元';
  const units = new Set(all.map((f) => readAs.get(f) ?? (f.kind === 'bare' ? bareUnit : f.unit)));
  const shared = units.size === 1 ? [...units][0] : null;
  if (shared === '元' || shared === '亿元') return { ...definition(total, terms, new Map(all.map((f) => [f, '万元' as MoneyUnit]))), unit: shared };
  const finest = Math.max(all.some((f) => f.unit === '万元' || f.kind === 'bare') ? 2 : 0, ...all.map((f) => f.scale));
  const exact = (f: Figure) => f.kind === 'count' || f.value.isZero();
  const half = (f: Figure, scale: number) => (exact(f) ? new D(0) : new D(5).times(new D(10).pow(-(scale + 1))));
  const read = (f: Figure) => {
    const unit = readAs.get(f) ?? (isMoneyUnit(f.unit) ? f.unit : f.kind === 'bare' ? bareUnit : null);
    if (unit === null) return { value: f.value, half: (scale: number) => half(f, scale) };
    return { value: f.value.times(WAN_PER_UNIT[unit]), half: (scale: number) => half(f, scale).times(WAN_PER_UNIT[unit]) };
  };
  let sum: Dec = ZERO;
  let loose: Dec = ZERO;
  let strict: Dec = ZERO;
  for (const figure of all) {
    const r = read(figure);
    if (figure !== total) sum = sum.plus(r.value.times(terms.find((t) => t.figure === figure)!.sign));
    loose = loose.plus(r.half(figure.scale));
    strict = strict.plus(r.half(finest));
  }
  const totalValue = read(total).value;
  const gap = sum.minus(totalValue);
  const size = gap.abs();
  const verdict = size.isZero() ? 'exact' : size.lte(strict) ? 'rounding' : size.lte(loose) ? 'coarse' : 'fail';
  const unit = all.some((f) => isMoneyUnit(f.unit) || f.kind === 'bare') ? '万元' : total.unit;
  return { verdict, sum, total: totalValue, gap, unit };
}

const shown = (result: SumResult) => ({ ...result, sum: result.sum.toFixed(), total: result.total.toFixed(), gap: result.gap.toFixed(), negativeGap: result.gap.isNeg() });

let id = 0;
const figure = fc
  .record({
    digits: fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 8n }), fc.bigInt({ min: 0n, max: 10n ** 50n })),
    scale: fc.integer({ min: 0, max: 6 }),
    negative: fc.boolean(),
    unit: fc.constantFrom<[string | null, FigureKind]>(['万元', 'money'], ['元', 'money'], ['亿元', 'money'], [null, 'bare'], ['人', 'count'], ['分', 'score']),
  })
  .map(({ digits, scale, negative, unit: [unit, kind] }): Figure => {
    const text = digits.toString().padStart(scale + 1, '0');
    const number = scale ? `${text.slice(0, -scale)}.${text.slice(-scale)}` : text;
    const value = new D(number);
    return { id: id++, block: 0, start: 0, end: 0, number, text: number, value: negative ? value.neg() : value, scale, unit, kind };
  });

describe('evaluateSum', () => {
  it('gives what its definition gives', () => {
    fc.assert(
      fc.property(figure, fc.array(fc.record({ figure, sign: fc.constantFrom<1 | -1>(1, -1) }), { minLength: 1, maxLength: 6 }), fc.boolean(), (total, terms, slip) => {
        // A figure listed twice, or the total among its own terms: the definition's quirks hold too.
        const withRepeats = terms.length > 2 ? [...terms, terms[0]!, { figure: total, sign: 1 as const }] : terms;
        const readAs = slip ? new Map<Figure, MoneyUnit>([[terms[0]!.figure, '万元']]) : undefined;
        expect(shown(evaluateSum(total, withRepeats, readAs))).toEqual(shown(definition(total, withRepeats, readAs)));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives what its definition gives for long sums (past 8 parts, their signs are looked up in a map)', () => {
    fc.assert(
      fc.property(figure, fc.array(fc.record({ figure, sign: fc.constantFrom<1 | -1>(1, -1) }), { minLength: 9, maxLength: 40 }), (total, terms) => {
        // The same figure twice with different signs: the first term's sign counts, as in the definition.
        const withRepeats = [...terms, { figure: terms[0]!.figure, sign: (-terms[0]!.sign) as 1 | -1 }, { figure: total, sign: 1 as const }];
        expect(shown(evaluateSum(total, withRepeats))).toEqual(shown(definition(total, withRepeats)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds one part printed like its total exact (table-sums judges such links without it)', () => {
    fc.assert(
      fc.property(figure, fc.integer({ min: 0, max: 3 }), (total, extraScale) => {
        // Up to 30 significant digits (table-sums' bound: past 40, decimal.js rounds the sum and two
        // equal figures need not come out exact).
        fc.pre(total.value.precision(true) <= 30);
        // The same value, kind and unit, printed with more decimals or not.
        const digits = total.value.toFixed(total.scale + extraScale);
        const part: Figure = { ...total, id: total.id + 1, text: digits, number: digits, value: new D(digits), scale: total.scale + extraScale };
        expect(evaluateSum(total, [{ figure: part, sign: 1 }]).verdict).toBe('exact');
      }),
      { numRuns: 500 },
    );
  });
});
