/**
 * Families 11 and 14, column footings and the summary table's balance: a 合计/总计/小计 row equals the
 * sum of the rows it totals (top-level code rows, or the rows since the previous total, so that
 * 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余), column by column.
 */
import type { CheckFamily } from './context';
import { columnName, judgeCells } from './table-sums';
import { isTotalRow, partsOfTotal } from '../tables/structure';

export const tableFooting: CheckFamily = {
  id: 'table-footing',
  title: '表格合计行',
  description: '表中“合计/总计/小计”行应等于其所汇总各行之和（逐列核对；汇总表的收入总计、支出总计同样核对）。',
  run(analysis, sink) {
    for (const table of analysis.tables) {
      table.rows.forEach((row, index) => {
        if (!isTotalRow(row)) return;
        const { parts, previousTotal } = partsOfTotal(table.rows, index);
        const terms = previousTotal ? [previousTotal, ...parts] : parts;
        if (terms.length === 0) return;
        table.columns.forEach((column, c) => {
          judgeCells(analysis, sink, row.values[c] ?? null, terms.map((t) => t.values[c] ?? null), (sum, printed, difference) =>
            `${table.title}：第${index + 1}行“${row.label}”的“${columnName(column.path)}”为${printed}，而${previousTotal ? `“${previousTotal.label}”与其后各行` : `所汇总的${terms.length}行`}之和为${sum}，相差${difference}`,
          );
        });
      });
    }
  },
};
