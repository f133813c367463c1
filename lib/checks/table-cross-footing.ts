/**
 * Families 12 and 15, row cross-footing by the header tree: in every row, a 合计/小计 column equals the
 * sum of its sibling columns (合计 = 基本支出 + 项目支出; 基本支出小计 = 人员经费 + 公用经费; the 三公 table's
 * 合计 = 因公出国(境) + 公务用车(小计 = 购置 + 运行) + 公务接待, for 预算数 and 决算数 alike).
 */
import type { TableColumn } from '../tables/read';
import { TOTAL_COLUMN, columnsFor, headerTree, suffixesOf, type HeaderNode } from '../tables/structure';
import type { CheckFamily } from './context';
import { columnName, judgeCells } from './table-sums';

interface Identity {
  total: TableColumn;
  parts: TableColumn[];
  names: string[];
}

function identities(node: HeaderNode, out: Identity[]): Identity[] {
  const total = node.children.find((c) => TOTAL_COLUMN.test(c.name));
  const others = node.children.filter((c) => c !== total);
  if (total && others.length >= 1) {
    for (const suffix of suffixesOf(total)) {
      const totalColumns = columnsFor(total, suffix);
      const parts = others.map((o) => columnsFor(o, suffix));
      if (!totalColumns || totalColumns.length !== 1 || parts.some((p) => p === null)) continue;
      out.push({ total: totalColumns[0]!, parts: parts.flat() as TableColumn[], names: others.map((o) => o.name + (suffix.length ? `（${suffix.join('')}）` : '')) });
    }
  }
  for (const child of node.children) identities(child, out);
  return out;
}

export const tableCrossFooting: CheckFamily = {
  id: 'table-cross-footing',
  title: '表格横向合计',
  description: '每一行中“合计/小计”列应等于同级各列之和（如合计=基本支出+项目支出，三公合计=出国+公务用车+接待，预算数、决算数分别核对）。',
  run(analysis, sink) {
    for (const table of analysis.tables) {
      const found = identities(headerTree(table.columns), []);
      for (const identity of found) {
        const totalIndex = table.columns.indexOf(identity.total);
        const partIndexes = identity.parts.map((p) => table.columns.indexOf(p));
        table.rows.forEach((row, r) => {
          judgeCells(analysis, sink, row.values[totalIndex] ?? null, partIndexes.map((i) => row.values[i] ?? null), (sum, printed, difference) =>
            `${table.title}：第${r + 1}行“${row.code ?? ''}${row.label}”的“${columnName(identity.total.path)}”为${printed}，${identity.names.join(' + ')} 为${sum}，相差${difference}`,
          );
        });
      }
    }
  },
};
