/**
 * Family 4, budget against actual: "较年初预算数减少d万元，下降p%" (like a year-on-year change, against
 * the budget), and "完成年初预算的p%" → actual ÷ budget. 年初/调整/全年 budgets are different
 * denominators: when the text states one and measures against another, it is a warning at most.
 */
import type { Figure } from '../../figures/figure';
import { Interval } from '../../interval';
import { intervalOf } from '../../figures/figure';
import { groupBy } from '../../group-by';
import type { Basis } from '../../prose/cues';
import { displayName, type Statement } from '../../prose/statements';
import type { Analysis, CheckFamily, FindingSink } from '../context';
import { percentText, ratioPercent } from '../judging/change-math';
import { reportChange } from '../judging/change-findings';
import { PACE } from '../context';
import { basis as basisArg, percent, say } from '../../i18n/phrases';

function budgetFor(sentenceStatements: Map<string, Statement[]>, statement: Statement): { figure: Figure; basis: Basis } | null {
  // A budget printed inside the comparison ("完成年初预算15.00万元的88.4%", "较年初预算数3286.50万元…").
  const printedBase = [...statement.bases, ...statement.changes.map((c) => c.base)].find((b) => b && b.basis !== 'prior');
  if (printedBase) return { figure: printedBase.figure, basis: printedBase.basis ?? 'budget' };
  // A budget printed beside the actual in the same sentence ("预算数215.56万元，…决算数212.11万元").
  const sameSentence = (sentenceStatements.get(`${statement.block}:${statement.sentence}`) ?? []).filter(
    // Only a budget at the same level: "年初预算22.00万元，支出决算8.77万元…其中：公务接待费0.36万元，完成预算的3.75%"
    // gives the total's budget, not the item's.
    (s) => s !== statement && s.value && /预算(数|金额)?$/.test(s.subject) && s.id < statement.id && s.parent === statement.parent,
  );
  const printed = sameSentence.at(-1);
  if (printed?.value) {
    const context = printed.context + printed.subject;
    const basis: Basis = /调整/.test(context) ? 'adjusted' : /全年/.test(context) ? 'full-year' : 'budget';
    return { figure: printed.value.figure, basis };
  }
  return null;
}

function reportCompletion(analysis: Analysis, sink: FindingSink, sentenceStatements: Map<string, Statement[]>, statement: Statement): void {
  const actual = statement.value?.figure;
  for (const completion of statement.completion) {
    const budget = actual ? budgetFor(sentenceStatements, statement) : null;
    if (!actual || !budget) {
      sink.unchecked();
      continue;
    }
    const ratio = ratioPercent(actual, budget.figure);
    if (!ratio) {
      sink.unchecked();
      continue;
    }
    const statedBasis = completion.basis ?? 'budget';
    const sameDenominator = statedBasis === budget.basis;
    sink.checked([completion.figure, actual, budget.figure], sameDenominator ? 'hard' : 'soft');
    const stated = intervalOf(completion.figure);
    if (ratio.interval.meets(stated)) continue;
    const expected = percentText(ratio.point, Math.max(1, completion.figure.scale));
    const args = {
      name: displayName(statement),
      actual: actual.text,
      basis: basisArg(budget.basis),
      budget: budget.figure.text,
      expected: percent(ratio.point, Math.max(1, completion.figure.scale)),
      stated: completion.figure.text,
      statedBasis: basisArg(statedBasis),
    };
    sink.add(
      sameDenominator ? 'error' : 'warning',
      say(sameDenominator ? 'budgetVsActual_completion' : 'budgetVsActual_completionOtherBudget', args),
      [completion.figure, actual, budget.figure],
      expected,
      completion.figure.text,
    );
  }
}

export const budgetVsActual: CheckFamily = {
  id: 'budget-vs-actual',
  *run(analysis, sink) {
    const sentenceStatements = groupBy(analysis.statements, (s) => `${s.block}:${s.sentence}`);
    let done = 0;
    for (const statement of analysis.statements) {
      if (++done % PACE === 0) yield;
      for (const change of statement.changes) if (change.basis !== 'prior') reportChange(analysis, sink, statement, change);
      reportCompletion(analysis, sink, sentenceStatements, statement);
    }
  },
};
