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
import { say } from '../../i18n/phrases';
import { keyed, restatedGroups } from '../judging/same-quantity';

export const restated: CheckFamily = {
  id: 'restated',
  *run(analysis, sink) {
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
