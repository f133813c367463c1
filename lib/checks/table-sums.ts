/** Shared by the table families: judge "total = Σ parts" over table cells, blanks being "not stated". */
import type { Figure } from '../figures/figure';
import { evaluateSum, showAmount } from './arith';
import type { Analysis, FindingSink } from './context';

/**
 * Checks total = Σ parts. Blank parts count as zero only if the identity then closes; a total smaller
 * than the stated parts is wrong whatever the blanks hide (amounts are not negative), a larger one is
 * "not checked" when some part is blank.
 */
export function judgeCells(analysis: Analysis, sink: FindingSink, total: Figure | null, parts: Array<Figure | null>, describe: (sum: string, printed: string, difference: string) => string): void {
  if (!total) return;
  const stated = parts.filter((p): p is Figure => p !== null);
  if (stated.length === 0) return;
  const figures = [total, ...stated];
  if (figures.some((f) => analysis.explained.has(f))) return;
  const result = evaluateSum(total, stated.map((figure) => ({ figure, sign: 1 as const })));
  const someBlank = stated.length < parts.length;
  if (result.verdict !== 'exact' && result.verdict !== 'rounding' && someBlank && result.gap.lt(0)) {
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
  sink.add(severity, `${describe(sum, printed, difference)}${tail}。`, figures, sum, printed);
}

export function columnName(path: string[]): string {
  return path.length > 0 ? path.join('›') : '金额';
}
