/**
 * Family 6, the same quantity stated twice must agree ("基本支出减少3.61万元" in one section, "3.62万元"
 * in another), "the same quantity" as judging/same-quantity.ts has it. Two printings of one value at
 * the same precision must be identical (one unit apart in the last digit is rounding); at different
 * precisions their intervals must meet.
 */
import { isMoneyUnit, wanInterval, intervalOf } from '../../figures/figure';
import type { Mention } from '../../prose/mentions';
import type { CheckFamily } from '../context';
import { PACE } from '../context';
import { change, clause, num, say, unit } from '../../i18n/phrases';
import { keyed, restatedGroups } from '../judging/same-quantity';
import { impliedPriors, type ImpliedPrior } from '../../facts';
import { displayName } from '../../prose/statements';
import type { Analysis, FindingSink } from '../context';

/** The concept a "concept|fund" member names, as a reader would say it ("财政拨款收入支出总计"). */
function memberName(member: string): string {
  const [concept, fund] = member.split('|');
  return `${fund ?? ''}${concept!.replace(/^item:/, '')}`;
}

/**
 * Last year's value, implied twice: "一般公共预算收入…增加3,959.28万元" and "一般公共预算财政拨款支出…增加
 * 3,958.98万元" of one budget (its 一般公共预算 income and spending are equal) give two prior values. Where
 * their intervals do not meet, one of the four figures is wrong: an error when every link is certain.
 */
function reportImpliedPriors(analysis: Analysis, sink: FindingSink): void {
  const byQuantity = new Map<string, ImpliedPrior[]>();
  for (const implied of impliedPriors(analysis.facts, analysis.statements, analysis.kind)) {
    const list = byQuantity.get(implied.quantity);
    if (list) list.push(implied);
    else byQuantity.set(implied.quantity, [implied]);
  }
  for (const group of byQuantity.values()) {
    // One finding per quantity: the first statement against the first that contradicts it.
    const [first, ...others] = group;
    for (const other of others) {
      // Only one quantity stated alike this year: two amounts that differ are two quantities (or restated's
      // own finding), and their priors say nothing more.
      if (other.delta.figure === first!.delta.figure || !wanInterval(other.current).meets(wanInterval(first!.current))) continue;
      const figures = [other.delta.figure, first!.delta.figure, other.current, first!.current];
      const joined = other.member === first!.member ? 'certain' : other.joined;
      const certain = joined === 'certain' && other.certainty === 'certain' && first!.certainty === 'certain';
      sink.checked(figures, certain ? 'hard' : 'soft');
      if (other.prior.meets(first!.prior)) continue;
      const why =
        other.member === first!.member
          ? clause('restated_whySame')
          : clause(joined === 'certain' ? 'restated_whyEqual' : 'restated_whyEqualInBudget', { a: memberName(first!.member), b: memberName(other.member) });
      const priorText = (implied: ImpliedPrior) => implied.priorPoint.toDecimalPlaces(Math.max(implied.current.scale, implied.delta.figure.scale)).toFixed();
      sink.add(
        certain ? 'error' : 'warning',
        say('restated_impliedPriorDiffers', {
          first: displayName(first!.statement),
          firstCurrent: first!.current.text,
          firstChange: change(first!.delta.direction, first!.delta.figure.text),
          firstPrior: num(priorText(first!)),
          second: displayName(other.statement),
          secondCurrent: other.current.text,
          secondChange: change(other.delta.direction, other.delta.figure.text),
          secondPrior: num(priorText(other)),
          unit: unit('万元'),
          why,
        }),
        figures,
      );
      break;
    }
  }
}

export const restated: CheckFamily = {
  id: 'restated',
  *run(analysis, sink) {
    reportImpliedPriors(analysis, sink);
    yield;
    const looseOf = new Map(keyed(analysis).map((k) => [k.mention, k.loose]));
    let done = 0;
    for (const group of restatedGroups(analysis)) {
      if (++done % PACE === 0) yield;
      // The same digits in two units are the unit-slip family's business; other digits are compared here.
      if (new Set(group.map((m) => m.figure.unit)).size > 1 && new Set(group.map((m) => m.figure.number)).size === 1) continue;
      const distinct = new Map<string, Mention>();
      for (const mention of group) if (!distinct.has(mention.figure.text)) distinct.set(mention.figure.text, mention);
      sink.checked(group.map((m) => m.figure), group.every((m) => looseOf.get(m)) ? 'soft' : 'hard');
      if (distinct.size < 2) continue;
      const [first, ...others] = [...distinct.values()];
      for (const other of others) {
        const a = first!.figure;
        const b = other.figure;
        const meets = isMoneyUnit(a.unit) ? wanInterval(a).meets(wanInterval(b)) : intervalOf(a).meets(intervalOf(b));
        const samePrecision = a.scale === b.scale && a.unit === b.unit;
        if (meets && !samePrecision) continue;
        const loose = looseOf.get(first!) && looseOf.get(other);
        // At one precision, 269.85 and 269.86 still meet (at 269.855): one value rounded two ways is
        // possible, so it is a note, not an error.
        const severity = meets ? 'info' : loose ? 'warning' : 'error';
        sink.add(
          severity,
          say(meets ? 'restated_withinRounding' : 'restated_differs', { name: first!.subject || first!.label, first: a.text, second: b.text }),
          [b, a],
          a.text,
          b.text,
        );
      }
    }
  },
};
