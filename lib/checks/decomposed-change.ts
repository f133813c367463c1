/**
 * Family 5, decomposed changes: the parts of a change add up to it ("项目收支减少396.02万元，基本支出增加
 * 89.43万元，两项品迭后减少306.59万元"), and the changes of listed parts add up to the change of their
 * total. Explanations introduced by 主要 may leave things out: a mismatch there is a warning.
 */
import type { Figure } from '../figures/figure';
import { displayName, type Change, type Statement } from '../prose/statements';
import { evaluateSum, showAmount, sumsCompatible, type SumTerm } from './arith';
import type { Analysis, CheckFamily, FindingSink } from './context';
import { findUnitSlip, unitSlipMessage } from './unit-slip';

function signOf(direction: number | null): 1 | -1 {
  return direction === -1 ? -1 : 1;
}

function judge(analysis: Analysis, sink: FindingSink, name: string, total: Figure, totalSign: 1 | -1, terms: SumTerm[], partial: boolean, what: string): void {
  const figures = [total, ...terms.map((t) => t.figure)];
  if (!sumsCompatible(figures) || figures.some((f) => analysis.explained.has(f))) return;
  // Compare signed: total·sign = Σ sign·term. Flip everything so the total is positive.
  const flipped = terms.map((t) => ({ figure: t.figure, sign: (t.sign * totalSign) as 1 | -1 }));
  const result = evaluateSum(total, flipped);
  sink.checked(figures, partial ? 'soft' : 'hard');
  if (result.verdict === 'exact') return;
  const partsText = terms.map((t) => `${t.sign === -1 ? '减少' : '增加'}${t.figure.text}`).join('、');
  const sum = showAmount(result.sum.times(totalSign), figures, result.unit);
  const printed = showAmount(result.total.times(totalSign), figures, result.unit);
  const difference = showAmount(result.gap.abs(), figures, result.unit);
  const unit = result.unit ?? '';
  if (result.verdict === 'fail' || result.verdict === 'coarse') {
    const slip = findUnitSlip(total, flipped);
    if (slip) {
      analysis.explained.add(slip.figure);
      sink.add('error', unitSlipMessage(slip.figure, slip.readAs, `${what}（${partsText}）与“${name}”的变动额${total.text}`), [slip.figure, ...figures.filter((f) => f !== slip.figure)], `${slip.figure.number}${slip.readAs}`, slip.figure.text, 'unit-slip');
      return;
    }
  }
  const head = `“${name}”变动${totalSign === -1 ? '减少' : '增加'}${total.text}，${what}（${partsText}）合计为${sum.startsWith('-') ? '减少' + sum.slice(1) : '增加' + sum}${unit}`;
  if (result.verdict === 'rounding') {
    sink.add('info', `${head}，相差${difference}${unit}，在取整误差范围内（可能为取整误差）。`, figures, sum, printed);
  } else if (result.verdict === 'coarse' || partial) {
    sink.add('warning', `${head}，相差${difference}${unit}；${partial ? '说明只列了主要原因，可能不完整' : '只有当未印小数的金额本身是四舍五入后的数时才可能成立'}。`, figures, sum, printed);
  } else {
    sink.add('error', `${head}，与变动额相差${difference}${unit}，超出取整误差。`, figures, sum, printed);
  }
}

function reasonTerms(change: Change): SumTerm[] {
  return change.reasons.map((m) => ({ figure: m.figure, sign: signOf(m.direction) }));
}

function reportReasons(analysis: Analysis, sink: FindingSink, statement: Statement, change: Change): void {
  const delta = change.delta;
  if (!delta || delta.direction === 0) return;
  const name = displayName(statement);
  const money = (m: { figure: Figure }) => m.figure.kind === 'money' || m.figure.kind === 'bare';
  // A net restatement ("两项品迭后减少306.59万元") must equal the change itself.
  for (const net of change.nets.filter(money)) {
    judge(analysis, sink, name, delta.figure, signOf(delta.direction), [{ figure: net.figure, sign: signOf(net.direction) }], false, '说明中的净额');
  }
  const reasons = change.reasons.filter(money);
  if (reasons.length === 0 || !money(delta)) return;
  if (reasons.length === 1 && reasons[0]!.figure.number === delta.figure.number && reasons[0]!.figure.unit === delta.figure.unit) {
    sink.checked([delta.figure, reasons[0]!.figure], change.reasonsPartial ? 'soft' : 'hard');
    return;
  }
  const partial = change.reasonsPartial && change.nets.length === 0;
  judge(analysis, sink, name, delta.figure, signOf(delta.direction), reasonTerms({ ...change, reasons }), partial, '说明中列出的各项变动');
}

function reportListedChanges(analysis: Analysis, sink: FindingSink, owner: Statement): void {
  for (const change of owner.changes) {
    if (!change.delta || change.delta.direction === null) continue;
    for (const list of owner.lists) {
      const itemChanges = list.items.map((item) => item.changes.find((c) => c.basis === change.basis && c.delta && c.delta.direction !== null));
      if (list.items.length < 2 || itemChanges.some((c) => !c)) continue;
      const terms = itemChanges.map((c) => ({ figure: c!.delta!.figure, sign: signOf(c!.delta!.direction) }));
      judge(analysis, sink, displayName(owner), change.delta.figure, signOf(change.delta.direction), terms, false, '各分项的变动');
    }
  }
}

export const decomposedChange: CheckFamily = {
  id: 'decomposed-change',
  title: '变动的构成',
  description: '说明变动原因时列出的各项增减之和应等于总变动；各分项的变动之和应等于合计的变动。',
  run(analysis, sink) {
    for (const statement of analysis.statements) {
      for (const change of statement.changes) reportReasons(analysis, sink, statement, change);
      reportListedChanges(analysis, sink, statement);
    }
  },
};
