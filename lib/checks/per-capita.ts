/**
 * Family 9, per-capita and per-vehicle figures: "人均接待费98.25元" = 接待费 ÷ 接待人数,
 * "车均维护费1.54万元" = 运行维护费 ÷ 车辆数, all as intervals. Unclear bindings are not checked.
 */
import { D } from '../decimal';
import { intervalOf, toWan, isMoneyUnit, type Figure } from '../figures/figure';
import { Interval } from '../interval';
import type { Mention } from '../prose/mentions';
import type { Analysis, CheckFamily } from './context';

const PER = /(人均|车均|户均|平均每人|平均每车)(.{1,8})$/;

function distinctByValue(figures: Figure[]): Figure[] {
  const seen = new Map<string, Figure>();
  for (const f of figures) if (!seen.has(f.text)) seen.set(f.text, f);
  return [...seen.values()];
}

function numeratorFor(analysis: Analysis, noun: string, exclude: Mention): Figure | null {
  const stem = noun.replace(/费$/, '');
  const candidates = analysis.statements
    .filter((s) => s.value && s.value !== exclude && s.value.figure.kind === 'money' && !PER.test(s.value.label))
    .filter((s) => s.subject.endsWith(noun) && s.subject.includes(stem))
    .map((s) => s.value!.figure);
  const distinct = distinctByValue(candidates);
  return distinct.length === 1 ? distinct[0]! : null;
}

function denominatorFor(analysis: Analysis, perWord: string, noun: string, per: Mention): Figure | null {
  const stem = noun.replace(/(费|支出)$/, '').slice(-2);
  const counts = analysis.mentions.filter((m) => m.figure.kind === 'count');
  // "国内公务接待86批次、1,074人次，人均接待费…": the count just before it in the same sentence.
  const unit = perWord === '车均' ? '辆' : '人';
  const inSentence = counts.filter((m) => m.block === per.block && m.sentence === per.sentence && m.figure.start < per.figure.start && m.figure.unit === unit);
  if (inSentence.length > 0) return inSentence[inSentence.length - 1]!.figure;
  let candidates: Figure[];
  if (perWord === '车均') {
    candidates = counts.filter((m) => m.figure.unit === '辆' && /保有量|共有车辆|公务用车\d*$|车辆$/.test(m.label) && !/购置|更新/.test(m.label)).map((m) => m.figure);
  } else {
    candidates = counts.filter((m) => m.figure.unit === '人' && m.quote.includes(stem) && !/其中|外事|境外|国（境）外/.test(m.window + m.quote)).map((m) => m.figure);
  }
  const distinct = distinctByValue(candidates);
  return distinct.length === 1 ? distinct[0]! : null;
}

export const perCapita: CheckFamily = {
  id: 'per-capita',
  title: '人均与车均',
  description: '“人均接待费98.25元”“车均维护费1.54万元”：应等于总额除以人数或车辆数（按区间判断）。',
  run(analysis, sink) {
    for (const mention of analysis.mentions) {
      const match = PER.exec(mention.label);
      if (!match || !isMoneyUnit(mention.figure.unit)) continue;
      const noun = match[2]!;
      const amount = numeratorFor(analysis, noun, mention);
      const count = denominatorFor(analysis, match[1]!, noun, mention);
      if (!amount || !count || !isMoneyUnit(amount.unit)) {
        sink.unchecked();
        continue;
      }
      if (count.value.isZero()) {
        sink.unchecked();
        continue;
      }
      sink.checked([mention.figure, amount, count]);
      const perUnit = mention.figure.unit;
      // amount in the per-capita figure's unit
      const factor = toWan(new D(1), amount.unit).div(toWan(new D(1), perUnit));
      const amountInterval = intervalOf(amount).times(factor);
      const implied = amountInterval.dividedBy(Interval.point(count.value));
      const stated = intervalOf(mention.figure);
      if (!implied || implied.meets(stated)) continue;
      const point = amount.value.times(factor).div(count.value).toDecimalPlaces(Math.max(2, mention.figure.scale));
      sink.add(
        'error',
        `“${match[0]}”：${amount.text} ÷ ${count.text} = ${point.toFixed()}${perUnit}（考虑取整为${implied.lo.toDecimalPlaces(2).toFixed()}至${implied.hi.toDecimalPlaces(2).toFixed()}${perUnit}），文中为${mention.figure.text}。`,
        [mention.figure, amount, count],
        `${point.toFixed()}`,
        mention.figure.number,
      );
    }
  },
};
