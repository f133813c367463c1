/**
 * The Shanghai 部门决算 template's 情况说明, filled with figures that hold together (the template's own
 * sentences, from ../shared/templates, with its slots filled). Used by test/seeds/template-fill.test.ts.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { auditDocument, documentFromText } from '../../lib';

export const D = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP });
const money = (cents: number) => new D(cents).div(100).toFixed(2);
/** A rate printed to two decimals, as the template prints it. */
const percent = (part: Decimal.Value, whole: Decimal.Value) => new D(part).div(whole).times(100).toFixed(2);
const change = (now: number, before: number) => (now >= before ? { amount: '增加', rate: '增长' } : { amount: '减少', rate: '下降' });

interface Filling {
  text: string;
  /** Figures as printed that the planted slips will change, by name. */
  slots: Record<string, string>;
}

const ITEMS = ['教育支出（类）普通教育（款）初中教育（项）', '教育支出（类）普通教育（款）高中教育（项）', '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）'];

/** Amounts in cents: this year's and last year's, and the items' budgets and actuals. */
export const amounts = fc.record({
  /** Spending of other funds than the general budget, and the part of all spending that is basic (per mille). */
  other: fc.integer({ min: 0, max: 900_000_000 }),
  basicPerMille: fc.integer({ min: 150, max: 850 }),
  lastYear: fc.integer({ min: 100_000, max: 1_800_000_000 }),
  items: fc.array(fc.record({ budget: fc.integer({ min: 1_000, max: 50_000_000 }), actual: fc.integer({ min: 1_000, max: 50_000_000 }) }), { minLength: 2, maxLength: 3 }),
  vehicle: fc.integer({ min: 100, max: 5_000_000 }),
  reception: fc.integer({ min: 100, max: 500_000 }),
  vehicleLast: fc.integer({ min: 100, max: 5_000_000 }),
  receptionLast: fc.integer({ min: 100, max: 500_000 }),
  running: fc.integer({ min: 10_000, max: 50_000_000 }),
  runningLast: fc.integer({ min: 10_000, max: 50_000_000 }),
});

export type Amounts = typeof amounts extends fc.Arbitrary<infer T> ? T : never;

/** `plant`: the slot to print one percentage point off (the planted slip). */
export function fill(a: Amounts, plant?: string): Filling {
  const items = a.items.slice(0, ITEMS.length);
  const itemBudget = items.reduce((sum, item) => sum + item.budget, 0);
  const itemActual = items.reduce((sum, item) => sum + item.actual, 0);
  // The general budget's spending is its items'; all spending adds the other funds'.
  const general = itemActual;
  const total = general + a.other;
  const basic = Math.round((total * a.basicPerMille) / 1000);
  const project = total - basic;
  const delta = Math.abs(total - a.lastYear);
  const word = change(total, a.lastYear);
  const sangong = a.vehicle + a.reception;
  const sangongLast = a.vehicleLast + a.receptionLast;
  const sangongWord = change(sangong, sangongLast);
  const vehicleWord = change(a.vehicle, a.vehicleLast);
  const receptionWord = change(a.reception, a.receptionLast);
  const runningWord = change(a.running, a.runningLast);
  const slots: Record<string, string> = {
    totalRate: percent(delta, a.lastYear),
    basicShare: percent(basic, total),
    sangongRate: percent(Math.abs(sangong - sangongLast), sangongLast),
    vehicleRate: percent(Math.abs(a.vehicle - a.vehicleLast), a.vehicleLast),
    runningRate: percent(Math.abs(a.running - a.runningLast), a.runningLast),
    itemBudget: money(items[0]!.budget),
  };
  // One percentage point off: outside any rounding of two-decimal figures.
  if (plant) slots[plant] = new D(slots[plant]!).plus(1).toFixed(2);
  const lines = [
    '上海市某区某某局2024年度部门决算',
    '第三部分 上海市某区某某局2024年度部门决算情况说明',
    '一、收入支出决算总体情况说明',
    `上海市某区某某局2024年度收入支出总计${money(total)}万元。与2023年度相比，收入支出总计${word.amount}${money(delta)}万元，${word.rate}${slots.totalRate}%。`,
    '二、收入决算情况说明',
    `本年收入合计${money(total)}万元，其中：财政拨款收入${money(total)}万元，占100.00%。`,
    '三、支出决算情况说明',
    `本年支出合计${money(total)}万元，其中：基本支出${money(basic)}万元，占${slots.basicShare}%；项目支出${money(project)}万元，占${percent(project, total)}%。`,
    '五、一般公共预算财政拨款支出决算情况说明',
    `一般公共预算财政拨款支出${money(general)}万元，占本年支出合计的${percent(general, total)}%。`,
    '（三）一般公共预算财政拨款支出决算具体情况',
    `一般公共预算财政拨款支出年初预算为${money(itemBudget)}万元，支出决算为${money(itemActual)}万元，完成年初预算的${percent(itemActual, itemBudget)}%。决算数${itemActual > itemBudget ? '大于' : itemActual < itemBudget ? '小于' : '等于'}预算数的主要原因：按实际需要安排。其中：`,
    ...items.map((item, i) => {
      const words = item.actual > item.budget ? '大于' : item.actual < item.budget ? '小于' : '等于';
      return `${i + 1}、${ITEMS[i]}。主要用于：日常工作。年初预算为${i === 0 ? slots.itemBudget : money(item.budget)}万元，支出决算为${money(item.actual)}万元。决算数${words}预算数的主要原因：按实际需要安排。`;
    }),
    '七、财政拨款“三公”经费支出决算情况说明',
    '（一）“三公”经费财政拨款支出决算总体情况说明',
    `“三公”经费财政拨款支出年初预算为${money(sangong + a.reception)}万元，支出决算为${money(sangong)}万元，完成预算的${percent(sangong, sangong + a.reception)}%。决算数小于预算数的主要原因是严格控制“三公”经费支出。`,
    `2024年度“三公”经费财政拨款支出决算数比2023年度${sangongWord.amount}${money(Math.abs(sangong - sangongLast))}万元，${sangongWord.rate}${slots.sangongRate}%，其中：因公出国（境）费支出决算为0.00万元；公务用车购置及运行维护费支出决算${vehicleWord.amount}${money(Math.abs(a.vehicle - a.vehicleLast))}万元，${vehicleWord.rate}${slots.vehicleRate}%；公务接待费支出决算${receptionWord.amount}${money(Math.abs(a.reception - a.receptionLast))}万元，${receptionWord.rate}${percent(Math.abs(a.reception - a.receptionLast), a.receptionLast)}%。`,
    `“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算${money(a.vehicle)}万元，占${percent(a.vehicle, sangong)}%；公务接待费支出决算${money(a.reception)}万元，占${percent(a.reception, sangong)}%。`,
    `2、公务用车购置及运行维护费支出${money(a.vehicle)}万元。`,
    `3、公务接待费支出${money(a.reception)}万元。`,
    '十一、其他重要事项的情况说明',
    `机关运行经费支出${money(a.running)}万元，比2023年度${runningWord.amount}${money(Math.abs(a.running - a.runningLast))}万元，${runningWord.rate}${slots.runningRate}%。`,
  ];
  return { text: lines.join('\n'), slots };
}

/** The filled template, audited: its errors, as "check: figures". */
export function errorsOf(text: string): string[] {
  const report = auditDocument(documentFromText(text, 'template.txt').document);
  return report.findings.filter((f) => f.severity === 'error').map((f) => `${f.check}: ${f.figures.map((g) => g.text).join(',')}`);
}

