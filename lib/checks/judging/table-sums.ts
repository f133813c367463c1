/** Shared by the table families: judge total = Σ parts over table cells, blanks being "not stated". */
import type { Figure } from '../../figures/figure';
import { cellKey, type TableIdentity, type TableIdentityKind } from '../../tables/identities';
import { evaluateSum, showAmount } from './arith';
import { D } from '../../decimal';
import { PACE, type Analysis, type CheckFamily, type FindingSink } from '../context';
import { num, say } from '../../i18n/phrases';

/**
 * total = Σ stated parts. A total smaller than the stated parts is wrong whatever the blanks hide
 * (amounts are not negative); a larger one is "not checked" while some part is an unexplained blank.
 */
function judge(analysis: Analysis, sink: FindingSink, total: Figure | null, stated: Figure[], unexplainedBlank: boolean, describe: TableIdentity['describe'], inferred = false): void {
  if (!total || stated.length === 0) return;
  const figures = [total, ...stated];
  if (printedAlike(total, stated)) {
    // The same amount printed twice in the same unit: exact, whatever the blanks (most links between
    // tables, thousands on a page of many tables, skip the interval arithmetic).
    sink.checked(figures);
    return;
  }
  const result = evaluateSum(total, stated.map((figure) => ({ figure, sign: 1 as const })));
  if (result.verdict !== 'exact' && result.verdict !== 'rounding' && unexplainedBlank && result.gap.lt(0)) {
    sink.unchecked();
    return;
  }
  if (result.verdict === 'fail' && inferred && countsSubtotals(figures)) {
    sink.unchecked();
    return;
  }
  sink.checked(figures);
  if (result.verdict === 'exact') return;
  const show = (value: typeof result.sum) => showAmount(value, figures, result.unit);
  const severity = result.verdict === 'fail' ? 'error' : result.verdict === 'coarse' ? 'warning' : 'info';
  const identity = describe(num(show(result.sum)), num(show(result.total)), num(show(result.gap.abs())));
  const key = severity === 'info' ? 'tableSum_withinRounding' : severity === 'warning' ? 'tableSum_onlyIfRounded' : 'tableSum_beyondRounding';
  sink.add(severity, say(key, { identity }), figures, show(result.sum), show(result.total));
}

/**
 * One part, of the total's kind and unit and equal value, with few enough digits that the arithmetic
 * rounds nothing (decimal.js keeps 40): evaluateSum would find it exact.
 */
function printedAlike(total: Figure, stated: Figure[]): boolean {
  if (stated.length !== 1) return false;
  const part = stated[0]!;
  return part.kind === total.kind && part.unit === total.unit && part.value.eq(total.value) && total.value.precision(true) <= ALIKE_DIGITS;
}

const ALIKE_DIGITS = 30;

/**
 * Parts read from where rows stand (no codes) that add up to two or three times their total, within
 * rounding, include their own subtotals:
 * a 收入预算总表 whose 收入总计 heads groups that each carry a 小计, a 政府采购 table whose 总计 column
 * holds each item's total above its lines. The rows' nesting is not printed, so the identity cannot be
 * read; it is not a wrong total.
 */
function countsSubtotals(figures: Figure[]): boolean {
  const [total, ...parts] = figures;
  // Read in the figures' own unit, so only where they share one (a table's cells do).
  if (!total || parts.length < 2 || !total.value.gt(0) || parts.some((part) => part.unit !== total.unit)) return false;
  const sum = parts.reduce((acc, part) => acc.plus(part.value), new D(0));
  const times = sum.div(total.value).round();
  if (times.lt(2) || times.gt(3)) return false;
  const scale = Math.max(...figures.map((figure) => figure.scale));
  const slack = new D(10).pow(-scale).div(2).times(figures.length + times.toNumber());
  return sum.minus(total.value.times(times)).abs().lte(slack);
}

/** A table identity: a blank part counts as zero when the table's identities show it is. */
export function judgeIdentity(analysis: Analysis, sink: FindingSink, identity: TableIdentity): void {
  const stated = identity.parts.filter((p) => p.figure !== null).map((p) => p.figure!);
  const unexplainedBlank = identity.parts.some((p) => p.figure === null && !analysis.zeroBlanks.has(cellKey(identity.table, p)));
  judge(analysis, sink, identity.total.figure, stated, unexplainedBlank, identity.describe, identity.inferred);
}

/** An identity between tables (no grid of its own): a blank part is never taken for zero. */
export function judgeCells(analysis: Analysis, sink: FindingSink, total: Figure | null, parts: Array<Figure | null>, describe: TableIdentity['describe']): void {
  const stated = parts.filter((p): p is Figure => p !== null);
  judge(analysis, sink, total, stated, stated.length < parts.length, describe);
}

/**
 * A table family: judge every identity of its kind. A page of many tables has thousands (yichuan's
 * 决算 repeated ten times: 50–60 ms in one step), so it pauses every PACE of them, as table-codes does.
 */
export function tableFamily(id: TableIdentityKind): CheckFamily {
  return {
    id,
    *run(analysis, sink) {
      let done = 0;
      for (const identity of analysis.tableIdentities) {
        if (identity.kind !== id) continue;
        judgeIdentity(analysis, sink, identity);
        if (++done % PACE === 0) yield;
      }
    },
  };
}
