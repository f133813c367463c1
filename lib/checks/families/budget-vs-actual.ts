/**
 * Family 4, budget against actual: "较年初预算数减少d万元，下降p%" (like a year-on-year change, against
 * the budget), and "完成年初预算的p%" → actual ÷ budget. 年初/调整/全年 budgets are different
 * denominators: when the text states one and measures against another, it is a warning at most.
 */
import type { Figure } from '../../figures/figure';
import { Interval } from '../../interval';
import { intervalOf, isMoneyUnit, wanInterval } from '../../figures/figure';
import { D, HUNDRED, type Dec } from '../../decimal';
import { groupBy } from '../../group-by';
import type { Basis } from '../../prose/cues';
import { displayName, type Statement } from '../../prose/statements';
import type { Analysis, CheckFamily, FindingSink } from '../context';
import { percentText, ratioPercent } from '../judging/change-math';
import { reportChange } from '../judging/change-findings';
import { shownWithPlace } from '../judging/text-places';
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

/**
 * An item's 年初预算 printed elsewhere: "公务用车购置及运行维护费支出决算为19.56万元，完成预算的63.76%"
 * under a 三公 total, whose own budget is not in the sentence but in the 三公 table's 预算数 column. Only
 * when the actual is certainly that item's (lib/facts), and every certain statement of its budget agrees.
 */
function budgetOfFact(analysis: Analysis, actual: Figure): { figure: Figure; basis: Basis; shown: string } | null {
  const fact = analysis.facts.factOf(actual);
  if (analysis.kind !== '决算' || !fact || fact.certainty !== 'certain' || fact.scenario !== 'actual') return null;
  const budget = analysis.facts.valueOf({ ...fact, scenario: 'initial-budget' });
  if (!budget) return null;
  return { figure: budget.figure, basis: 'budget', shown: shownWithPlace(analysis, budget.figure) };
}

function reportCompletion(analysis: Analysis, sink: FindingSink, sentenceStatements: Map<string, Statement[]>, statement: Statement): void {
  const actual = statement.value?.figure;
  for (const completion of statement.completion) {
    const printed = actual ? budgetFor(sentenceStatements, statement) : null;
    if (actual && !printed && reportCompletionByDifference(analysis, sink, statement, actual, completion.figure)) continue;
    const budget = printed ? { ...printed, shown: printed.figure.text } : actual ? budgetOfFact(analysis, actual) : null;
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
      budget: budget.shown,
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

/**
 * "支出1741.75万元，完成年初预算100%，决算数大于预算数55.93万元" (Tianshui): the budget is not printed, but
 * the difference is, so the budget is actual ∓ difference and the completion must be actual ÷ that.
 * actual / (actual − d) is monotonic in each of the two printed amounts, so the rounding envelope's
 * extremes are at its corners.
 */
/** The prose figures of each block, gathered once per document (a long page has many completion rates). */
const PROSE_FIGURES = new WeakMap<Analysis, Map<number, Figure[]>>();

function proseFiguresOf(analysis: Analysis, block: number): Figure[] {
  let byBlock = PROSE_FIGURES.get(analysis);
  if (!byBlock) {
    byBlock = new Map();
    for (const figure of analysis.figures) {
      if (figure.cell) continue;
      const list = byBlock.get(figure.block);
      if (list) list.push(figure);
      else byBlock.set(figure.block, [figure]);
    }
    PROSE_FIGURES.set(analysis, byBlock);
  }
  return byBlock.get(block) ?? [];
}

const DIFFERENCE = /^[^。；]{0,12}?决算数?(大于|多于|高于|超过|小于|少于|低于)(年初)?预算数?\s*$/;

function reportCompletionByDifference(analysis: Analysis, sink: FindingSink, statement: Statement, actual: Figure, completion: Figure): boolean {
  const text = analysis.document.blocks[statement.block]?.text ?? '';
  // Most completion rates have no difference after them: look at the words before any figure.
  if (!/决算数?(大于|多于|高于|超过|小于|少于|低于)/.test(text.slice(completion.end, completion.end + 24))) return false;
  const difference = proseFiguresOf(analysis, statement.block).find((f) => f.start > completion.end && f.start - completion.end <= 24 && f.kind === 'money');
  if (!difference || !isMoneyUnit(actual.unit) || !isMoneyUnit(difference.unit)) return false;
  const words = DIFFERENCE.exec(text.slice(completion.end, difference.start));
  if (!words) return false;
  const sign = /小于|少于|低于/.test(words[1]!) ? -1 : 1;
  const a = wanInterval(actual);
  const d = wanInterval(difference);
  const ratios: Dec[] = [];
  for (const av of [a.lo, a.hi]) {
    for (const dv of [d.lo, d.hi]) {
      const budget = av.minus(dv.times(sign));
      if (budget.lte(0)) return false;
      ratios.push(av.div(budget).times(HUNDRED));
    }
  }
  const implied = new Interval(D.min(...ratios), D.max(...ratios));
  const figures = [completion, actual, difference];
  sink.checked(figures);
  if (implied.meets(intervalOf(completion))) return true;
  const point = wanInterval(actual).mid.div(wanInterval(actual).mid.minus(wanInterval(difference).mid.times(sign))).times(HUNDRED);
  const expected = percentText(point, Math.max(1, completion.scale));
  sink.add(
    'error',
    say('budgetVsActual_completionByDifference', { name: displayName(statement), actual: actual.text, difference: difference.text, words: words[0]!.replace(/^[\s，,、]+/, '').trim(), expected: percent(point, Math.max(1, completion.scale)), stated: completion.text }),
    figures,
    expected,
    completion.text,
  );
  return true;
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
