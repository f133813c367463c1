/**
 * Reading a figure in its neighbours' unit: the one figure of a sum whose unit is not the majority's,
 * when the sum closes only if it is read in that unit ("其他交通费 7.02 元" among 万元). Shared by the
 * families that judge sums and changes, which report such a figure as a unit slip.
 */
import type { Figure, MoneyUnit } from '../../figures/figure';
import { isMoneyUnit } from '../../figures/figure';
import { evaluateSum, majorityMoneyUnit, type SumResult, type SumTerm } from './arith';
import type { Explain, ExplainArg } from '../../i18n/explain';
import { say, unitName } from '../../i18n/phrases';

/** Try reading each figure whose unit is not the majority's in the majority unit; return the one that closes the sum. */
export function findUnitSlip(total: Figure, terms: SumTerm[]): { figure: Figure; readAs: MoneyUnit; result: SumResult } | null {
  const all = [total, ...terms.map((t) => t.figure)];
  const majority = majorityMoneyUnit(all);
  if (!majority) return null;
  const odd = all.filter((f) => isMoneyUnit(f.unit) && f.unit !== majority);
  if (odd.length !== 1) return null;
  const figure = odd[0]!;
  const result = evaluateSum(total, terms, new Map([[figure, majority]]));
  return result.verdict === 'exact' || result.verdict === 'rounding' ? { figure, readAs: majority, result } : null;
}

/** "单位疑似有误：“7.02元”若按“万元”计，<context>即可对上…": `context` names what then adds up. */
export function unitSlipMessage(figure: Figure, readAs: string, context: ExplainArg): Explain {
  return say('unitSlip_closesInOtherUnit', { figure: figure.text, readAs: unitName(readAs), context, printedUnit: unitName(figure.unit) });
}
