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
    // Two breakdowns of one total run together ("1. 一般公共服务支出…" then "此外，基本支出…"): each
    // adds up, so nothing is wrong.
    if (twoBreakdowns(total, parts)) {
      sink.checked(figures);
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

/** Whether an over-full list is two lists of the same total, one after the other, each adding up to it. */
function twoBreakdowns(total: Figure, parts: Figure[]): boolean {
  const closes = (terms: Figure[]) => {
    const verdict = evaluateSum(total, terms.map((figure) => ({ figure, sign: 1 as const }))).verdict;
    return verdict === 'exact' || verdict === 'rounding';
  };
  for (let k = 2; k <= parts.length - 2; k++) if (closes(parts.slice(0, k)) && closes(parts.slice(k))) return true;
  return false;
}
