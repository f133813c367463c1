/**
 * Family 9, per-capita and per-vehicle figures: "人均接待费98.25元" = 接待费 ÷ 接待人数,
 * "车均维护费1.54万元" = 运行维护费 ÷ 车辆数, all as intervals. Unclear bindings are not checked.
 */
import { D } from '../../decimal';
import { intervalOf, toWan, isMoneyUnit, type Figure } from '../../figures/figure';
import { Interval } from '../../interval';
import { groupBy } from '../../group-by';
import type { Mention } from '../../prose/mentions';
import type { Statement } from '../../prose/statements';
import type { Analysis, CheckFamily } from '../context';
import { num, say, unit } from '../../i18n/phrases';

const PER = /(人均|车均|户均|平均每人|平均每车)(.{1,8})$/;

function distinctByValue(figures: Figure[]): Figure[] {
  const seen = new Map<string, Figure>();
  for (const f of figures) if (!seen.has(f.text)) seen.set(f.text, f);
  return [...seen.values()];
}

function numeratorFor(moneyStatements: Statement[], noun: string): Figure | null {
  const stem = noun.replace(/费$/, '');
  const candidates = moneyStatements
    .filter((s) => s.subject.endsWith(noun) && s.subject.includes(stem))
    .map((s) => s.value!.figure);
  const distinct = distinctByValue(candidates);
  return distinct.length === 1 ? distinct[0]! : null;
}

interface CountCandidates {
  /** Counts by sentence ("block:sentence"). */
  bySentence: Map<string, Mention[]>;
  /** Fleet sizes ("公务车保有量为1辆"), not purchases. */
  vehicles: Figure[];
  /** Head counts outside foreign-affairs clauses. */
  people: Mention[];
}

function countCandidates(analysis: Analysis): CountCandidates {
  const all = analysis.mentions.filter((m) => m.figure.kind === 'count');
  const bySentence = groupBy(all, (m) => `${m.block}:${m.sentence}`);
  return {
    bySentence,
    vehicles: all.filter((m) => m.figure.unit === '辆' && /保有量|共有车辆|公务用车\d*$|车辆$/.test(m.label) && !/购置|更新/.test(m.label)).map((m) => m.figure),
    people: all.filter((m) => m.figure.unit === '人' && !/其中|外事|境外|国（境）外/.test(m.window) && !/外事|境外|国（境）外/.test(m.quote)),
  };
}

function denominatorFor(candidatesOf: CountCandidates, perWord: string, noun: string, per: Mention): Figure | null {
  const counts = candidatesOf.bySentence.get(`${per.block}:${per.sentence}`) ?? [];
  const stem = noun.replace(/(费|支出)$/, '').slice(-2);
  // "国内公务接待86批次、1,074人次，人均接待费…": the count just before it in the same sentence.
  const unit = perWord === '车均' ? '辆' : '人';
  const inSentence = counts.filter((m) => m.block === per.block && m.sentence === per.sentence && m.figure.start < per.figure.start && m.figure.unit === unit);
  if (inSentence.length > 0) return inSentence[inSentence.length - 1]!.figure;
  const candidates = perWord === '车均' ? candidatesOf.vehicles : candidatesOf.people.filter((m) => m.quote.includes(stem)).map((m) => m.figure);
  const distinct = distinctByValue(candidates);
  return distinct.length === 1 ? distinct[0]! : null;
}

export const perCapita: CheckFamily = {
  id: 'per-capita',
  run(analysis, sink) {
    const perMentions = analysis.mentions.filter((m) => PER.test(m.label) && isMoneyUnit(m.figure.unit));
    if (perMentions.length === 0) return;
    const moneyStatements = analysis.statements.filter((s) => s.value && s.value.figure.kind === 'money' && !PER.test(s.value.label));
    const counts = countCandidates(analysis);
    // The amount a per-capita figure divides depends only on its noun (接待费, 维护费…): look each up once.
    const amounts = new Map<string, Figure | null>();
    for (const mention of perMentions) {
      const match = PER.exec(mention.label)!;
      const noun = match[2]!;
      if (!amounts.has(noun)) amounts.set(noun, numeratorFor(moneyStatements, noun));
      const amount = amounts.get(noun)!;
      const count = denominatorFor(counts, match[1]!, noun, mention);
      if (!amount || !count || !isMoneyUnit(amount.unit)) {
        sink.unchecked();
        continue;
      }
      if (count.value.isZero()) {
        sink.unchecked();
        continue;
      }
      const perUnit = mention.figure.unit;
      if (!isMoneyUnit(perUnit)) continue;
      sink.checked([mention.figure, amount, count]);
      // amount in the per-capita figure's unit
      const factor = toWan(new D(1), amount.unit).div(toWan(new D(1), perUnit));
      const amountInterval = intervalOf(amount).times(factor);
      const implied = amountInterval.dividedBy(Interval.point(count.value));
      const stated = intervalOf(mention.figure);
      if (!implied || implied.meets(stated)) continue;
      const point = amount.value.times(factor).div(count.value).toDecimalPlaces(Math.max(2, mention.figure.scale));
      sink.add(
        'error',
        say('perCapita_mismatch', {
          label: match[0],
          amount: amount.text,
          count: count.text,
          point: num(point.toFixed()),
          low: num(implied.lo.toDecimalPlaces(2).toFixed()),
          high: num(implied.hi.toDecimalPlaces(2).toFixed()),
          unit: unit(perUnit),
          stated: mention.figure.text,
        }),
        [mention.figure, amount, count],
        `${point.toFixed()}`,
        mention.figure.number,
      );
    }
  },
};
