/**
 * Family 7, unit slips: a figure whose unit differs from its neighbours' ("其他交通费 7.02 元" in a list
 * of 万元) where the identity closes only if it is read in the neighbours' unit; the same number stated
 * with two units ("减少10.95万元" / "减少10.95元"). Also says which bare numbers took a unit from context.
 */
import type { MoneyUnit } from '../../figures/figure';
import { isMoneyUnit } from '../../figures/figure';
import { majorityMoneyUnit } from '../judging/arith';
import { groupBy } from '../../group-by';
import type { Analysis, CheckFamily, FindingSink } from '../context';
import { restatedGroups } from '../judging/same-quantity';
import { say, unitName } from '../../i18n/phrases';
import { PACE } from '../context';

export const unitSlip: CheckFamily = {
  id: 'unit-slip',
  *run(analysis: Analysis, sink: FindingSink) {
    let done = 0;
    const groups = restatedGroups(analysis);
    let documentUnit: MoneyUnit | null | undefined;
    yield;
    // The same quantity, the same digits, two different money units.
    for (const group of groups) {
      if (++done % PACE === 0) yield;
      const money = group.filter((m) => isMoneyUnit(m.figure.unit));
      const units = new Set(money.map((m) => m.figure.unit));
      if (units.size < 2) continue;
      const numbers = new Set(money.map((m) => m.figure.number));
      if (numbers.size !== 1) continue;
      sink.checked(money.map((m) => m.figure));
      // One of each (10.95元 / 10.95万元): the document's own money unit says which is the slip.
      const tie = units.size === 2 && money.filter((m) => m.figure.unit === money[0]!.figure.unit).length * 2 === money.length;
      const majority = (tie ? (documentUnit ??= majorityMoneyUnit(analysis.figures)) : null) ?? majorityMoneyUnit(money.map((m) => m.figure))!;
      const odd = money.filter((m) => m.figure.unit !== majority).map((m) => m.figure);
      const reference = money.find((m) => m.figure.unit === majority)!.figure;
      for (const figure of odd) {
        sink.addUnitSlip(say(figure.unit === '元' ? 'unitSlip_sameNumberTenThousand' : 'unitSlip_sameNumberOtherUnit', { reference: reference.text, figure: figure.text }), figure, [reference], reference.text, figure.text);
      }
    }
    // Bare numbers among money figures: say which unit they were read in.
    // One majority unit per sentence (a bare figure has no unit, so it never counts in its own majority).
    const bySentence = groupBy(analysis.mentions, (m) => `${m.block}:${m.sentence}`);
    const majorityOf = new Map<string, MoneyUnit | null>();
    for (const mention of analysis.mentions) {
      const figure = mention.figure;
      if (figure.kind !== 'bare') continue;
      const key = `${mention.block}:${mention.sentence}`;
      if (!majorityOf.has(key)) majorityOf.set(key, majorityMoneyUnit(bySentence.get(key)!.map((m) => m.figure)));
      const unit = majorityOf.get(key);
      if (!unit) continue;
      sink.add('info', say('unitSlip_bareNumber', { figure: figure.text, unit: unitName(unit) }), [figure], null, null);
    }
  },
};
