/**
 * Family 13, code hierarchy: a 类 (3 digits) equals the sum of its 款 (5), a 款 the sum of its 项 (7);
 * economic classes 301 = Σ 301xx. Function (2xx) and economic (3xx) codes never mix.
 */
import type { CheckFamily } from './context';
import { childrenOf } from '../tables/structure';
import { columnName, judgeCells } from './table-sums';

export const tableCodes: CheckFamily = {
  id: 'table-codes',
  title: '科目层级',
  description: '功能分类“类=各款之和、款=各项之和”，经济分类“301=各30101…之和”，逐列核对，不混用两种编码。',
  run(analysis, sink) {
    for (const table of analysis.tables) {
      for (const parent of table.rows) {
        if (!parent.code) continue;
        const children = childrenOf(table.rows, parent);
        if (children.length === 0) continue;
        table.columns.forEach((column, c) => {
          judgeCells(analysis, sink, parent.values[c] ?? null, children.map((child) => child.values[c] ?? null), (sum, printed, difference) =>
            `${table.title}：${parent.code}“${parent.label}”的“${columnName(column.path)}”为${printed}，其下级 ${children.map((ch) => ch.code).join('、')} 之和为${sum}，相差${difference}`,
          );
        });
      }
    }
  },
};
