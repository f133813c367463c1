/** Shared by the table families: judge a table identity, blanks being "not stated" unless shown zero. */
import type { Figure } from '../figures/figure';
import { cellKey, type TableIdentity, type TableIdentityKind } from '../tables/identities';
import { evaluateSum, showAmount } from './arith';
import type { Analysis, CheckFamily, FindingSink } from './context';

/**
 * Checks total = Σ parts. A blank part counts as zero when the table's identities show it is; a total
 * smaller than the stated parts is wrong whatever other blanks hide (amounts are not negative), a larger
 * one is "not checked" while some part is an unexplained blank.
 */
export function judgeIdentity(analysis: Analysis, sink: FindingSink, identity: TableIdentity): void {
  const total = identity.total.figure;
  if (!total) return;
  const stated = identity.parts.filter((p) => p.figure !== null).map((p) => p.figure!);
  if (stated.length === 0) return;
  const figures = [total, ...stated];
  if (figures.some((f) => analysis.explained.has(f))) return;
  const result = evaluateSum(total, stated.map((figure) => ({ figure, sign: 1 as const })));
  const unexplainedBlank = identity.parts.some((p) => p.figure === null && !analysis.zeroBlanks.has(cellKey(identity.table, p)));
  if (result.verdict !== 'exact' && result.verdict !== 'rounding' && unexplainedBlank && result.gap.lt(0)) {
    sink.unchecked();
    return;
  }
  sink.checked(figures);
  if (result.verdict === 'exact') return;
  const sum = showAmount(result.sum, figures, result.unit);
  const printed = showAmount(result.total, figures, result.unit);
  const difference = showAmount(result.gap.abs(), figures, result.unit);
  const severity = result.verdict === 'fail' ? 'error' : result.verdict === 'coarse' ? 'warning' : 'info';
  const tail = severity === 'info' ? '，在取整误差范围内（可能为取整误差）' : severity === 'warning' ? '；只有当未印小数的金额本身是四舍五入后的数时才可能成立' : '，超出取整误差';
  sink.add(severity, `${identity.describe(sum, printed, difference)}${tail}。`, figures, sum, printed);
}

/** A table family: judge every identity of its kind. */
export function tableFamily(id: TableIdentityKind, title: string, description: string): CheckFamily {
  return {
    id,
    title,
    description,
    run(analysis, sink) {
      for (const identity of analysis.tableIdentities) if (identity.kind === id) judgeIdentity(analysis, sink, identity);
    },
  };
}

/** For identities between tables (no grid of their own): total = Σ parts, a blank part never counted as zero. */
export function judgeCells(analysis: Analysis, sink: FindingSink, total: Figure | null, parts: Array<Figure | null>, describe: TableIdentity['describe']): void {
  if (!total || parts.every((p) => p === null)) return;
  const stated = parts.filter((p): p is Figure => p !== null);
  const figures = [total, ...stated];
  if (figures.some((f) => analysis.explained.has(f))) return;
  const result = evaluateSum(total, stated.map((figure) => ({ figure, sign: 1 as const })));
  if (result.verdict !== 'exact' && result.verdict !== 'rounding' && stated.length < parts.length && result.gap.lt(0)) {
    sink.unchecked();
    return;
  }
  sink.checked(figures);
  if (result.verdict === 'exact') return;
  const severity = result.verdict === 'fail' ? 'error' : result.verdict === 'coarse' ? 'warning' : 'info';
  const sum = showAmount(result.sum, figures, result.unit);
  const printed = showAmount(result.total, figures, result.unit);
  const tail = severity === 'info' ? '，在取整误差范围内（可能为取整误差）' : severity === 'warning' ? '；只有当未印小数的金额本身是四舍五入后的数时才可能成立' : '，超出取整误差';
  sink.add(severity, `${describe(sum, printed, showAmount(result.gap.abs(), figures, result.unit))}${tail}。`, figures, sum, printed);
}
