/** Turning a list verdict into findings, shared by parts-and-total and non-money-sum. */
import { displayName, type Statement, type PartList } from '../../prose/statements';
import { evaluateSum, showAmount } from './arith';
import type { Figure } from '../../figures/figure';
import type { Analysis, FindingSink } from '../context';
import { judgeList } from './part-lists';
import { unitSlipMessage } from './unit-slip-reading';
import { clause, num, say, unit as unitArg } from '../../i18n/phrases';

export function reportList(analysis: Analysis, sink: FindingSink, owner: Statement, list: PartList): void {
  const verdict = judgeList(owner, list, analysis.facts);
  if (!verdict) return;
  const { total, parts, result, complete, unitSlip } = verdict;
  const figures = [total, ...parts];

  if (unitSlip) {
    const partsText = parts.map((p) => p.text).join(' + ');
    sink.checked(figures);
    sink.addUnitSlip(unitSlipMessage(unitSlip.figure, unitSlip.readAs, clause('unitSlip_listContext', { parts: partsText, name: displayName(owner), total: total.text })), unitSlip.figure, [total, ...parts], `${unitSlip.figure.number}${unitSlip.readAs}`, unitSlip.figure.text);
    return;
  }
  const exceeds = result.gap.gt(0);
  if (exceeds && result.verdict === 'fail') {
    // Two breakdowns of one total run together ("1. 一般公共服务支出…" then "此外，基本支出…"): one adds
    // up, the other stays within the total, so nothing is wrong.
    if (twoBreakdowns(total, parts)) {
      sink.checked(figures);
      return;
    }
    // A list of several levels read as one ("（一）人员经费4,704.35万元 1、工资福利支出（类）2,097.51万元
    // （1）基本工资（款）737.94万元…"): a part that is the sum of the parts after it counts them twice, and
    // which parts are of the total's own level is not known.
    if (nestedList(parts)) {
      sink.unchecked();
      return;
    }
  }
  if (!complete && !exceeds && result.verdict !== 'exact' && result.verdict !== 'rounding') {
    // "其中" need not list every part: the only identity is Σ parts ≤ total, and it holds.
    sink.unchecked();
    return;
  }
  sink.checked(figures);
  // Most lists add up: the words are made only for a finding.
  if (result.verdict === 'exact') return;
  const sum = showAmount(result.sum, figures, result.unit);
  // The total as printed ("90分" stays 90, not 90.0 in its parts' precision) when it is in the sum's unit.
  const printed = total.unit === result.unit ? total.number : showAmount(result.total, figures, result.unit);
  const difference = showAmount(result.gap.abs(), figures, result.unit);
  const args = { name: displayName(owner), total: total.text, parts: parts.map((p) => p.text).join(' + '), sum: num(sum), difference: num(difference), unit: unitArg(result.unit) };
  switch (result.verdict) {
    case 'rounding':
      sink.add('info', say('partsTotal_withinRounding', args), figures, sum, printed);
      return;
    case 'coarse':
      sink.add('warning', say('partsTotal_onlyIfRounded', args), figures, sum, printed);
      return;
    case 'fail':
      sink.add(
        // Parts above their total cannot be; parts below it reach here only for a list known complete.
        'error',
        say(exceeds && !complete ? 'partsTotal_exceedsTotal' : 'partsTotal_beyondRounding', args),
        figures,
        sum,
        printed,
      );
  }
}

export function listsOf(analysis: Analysis, wantCounts: boolean): Array<{ owner: Statement; list: PartList }> {
  const out: Array<{ owner: Statement; list: PartList }> = [];
  for (const owner of analysis.statements) {
    const kind = owner.value?.figure.kind;
    if (!kind) continue;
    const isCount = kind === 'count' || kind === 'score';
    if (isCount !== wantCounts) continue;
    for (const list of owner.lists) out.push({ owner, list });
  }
  return out;
}

/**
 * Whether an over-full list is two lists of the same total, one after the other: one adds up to it and
 * the other stays within it (the 江苏省人民检察院 2018 预算 lists its 支出预算总计 by class, 16,458.75 +
 * 1,836.22 + 3,660.38 = 21,955.35, then "此外，基本支出…13,994.31万元" and "项目支出…5,573万元" without its
 * 单位预留机动经费). Each list has at least two parts.
 */
function twoBreakdowns(total: Figure, parts: Figure[]): boolean {
  const verdictOf = (terms: Figure[]) => evaluateSum(total, terms.map((figure) => ({ figure, sign: 1 as const })));
  const closes = (terms: Figure[]) => {
    const verdict = verdictOf(terms).verdict;
    return verdict === 'exact' || verdict === 'rounding';
  };
  const within = (terms: Figure[]) => {
    const result = verdictOf(terms);
    return result.verdict === 'exact' || result.verdict === 'rounding' || !result.gap.gt(0);
  };
  // Zero parts prove nothing ("事业收入0万元，经营收入0万元" is within any total): each list needs two that are not.
  const twoNonZero = (terms: Figure[]) => terms.filter((figure) => !figure.value.isZero()).length >= 2;
  for (let k = 2; k <= parts.length - 2; k++) {
    const first = parts.slice(0, k);
    const rest = parts.slice(k);
    if (!twoNonZero(first) || !twoNonZero(rest)) continue;
    if ((closes(first) && within(rest)) || (within(first) && closes(rest))) return true;
  }
  return false;
}

/**
 * Whether some part is the sum of two or more of the parts right after it (a subtotal and its items), all
 * of them not zero: "0万元" is the sum of any zeros after it, and says nothing of levels.
 */
function nestedList(parts: Figure[]): boolean {
  for (let i = 0; i < parts.length - 2; i++) {
    if (parts[i]!.value.isZero()) continue;
    for (let j = i + 3; j <= parts.length; j++) {
      if (parts.slice(i + 1, j).some((figure) => figure.value.isZero())) break;
      const verdict = evaluateSum(parts[i]!, parts.slice(i + 1, j).map((figure) => ({ figure, sign: 1 as const }))).verdict;
      if (verdict === 'exact' || verdict === 'rounding') return true;
    }
  }
  return false;
}
