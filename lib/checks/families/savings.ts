/** Family 8, savings and remainders: "指标a万元，实际使用b万元，节约/结余c万元" → c = a − b. */
import { groupBy } from '../../group-by';
import { evaluateSum, showAmount } from '../judging/arith';
import type { CheckFamily } from '../context';
import { num, optional, say, unit } from '../../i18n/phrases';

const BUDGET = /(指标|预算|批复|计划|安排|到位|下达)(数|金额|资金)?$/;
const ACTUAL = /(实际使用|实际支出|使用|支出|执行|决算)(数|金额|资金)?$/;
const SAVED = /(节约|结余|节余|剩余|结转)(资金)?$/;

export const savings: CheckFamily = {
  id: 'savings',
  run(analysis, sink) {
    const money = analysis.mentions.filter((m) => m.figure.kind === 'money');
    const bySentence = groupBy(money, (m) => `${m.block}:${m.sentence}`);
    for (const mentions of bySentence.values()) {
      const saved = mentions.find((m) => SAVED.test(m.label.replace(/为$/, '')) || (m.role === 'delta' && /节约|结余|节余/.test(m.label)));
      if (!saved) continue;
      const before = mentions.filter((m) => m.figure.start < saved.figure.start);
      const budget = before.filter((m) => BUDGET.test(m.label)).at(-1);
      const actual = before.filter((m) => ACTUAL.test(m.label) && m !== budget).at(-1);
      if (!budget || !actual) {
        sink.unchecked();
        continue;
      }
      const figures = [budget.figure, actual.figure, saved.figure];
      const result = evaluateSum(budget.figure, [
        { figure: actual.figure, sign: 1 },
        { figure: saved.figure, sign: 1 },
      ]);
      sink.checked(figures);
      if (result.verdict === 'exact') continue;
      const expected = showAmount(result.total.minus(result.sum.minus(saved.figure.value)), figures, result.unit);
      const severity = result.verdict === 'fail' ? 'error' : result.verdict === 'coarse' ? 'warning' : 'info';
      sink.add(
        severity,
        say('savings_mismatch', {
          budgetLabel: budget.label,
          budget: budget.figure.text,
          actualLabel: actual.label,
          actual: actual.figure.text,
          expected: num(expected),
          // The amounts are computed in the figures' shared unit (元 when all print 元), else in 万元.
          unit: unit(result.unit ?? '万元'),
          savedLabel: saved.label,
          saved: saved.figure.text,
          note: optional(severity === 'info', 'common_withinRoundingNote'),
        }),
        [saved.figure, budget.figure, actual.figure],
        expected,
        saved.figure.number,
      );
    }
  },
};
