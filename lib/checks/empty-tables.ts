/**
 * Family 19, empty tables: a table with no amounts must come with a statement that the unit has no such
 * funds ("本单位无政府性基金预算财政拨款收支"); and a table with amounts must not be described as empty.
 */
import type { Figure } from '../figures/figure';
import { kindOf } from '../tables/kinds';
import type { CheckFamily } from './context';

const FUND_NAMES: Array<[string, RegExp]> = [
  ['fund', /政府性基金/],
  ['soe', /国有资本经营/],
];

export const emptyTables: CheckFamily = {
  id: 'empty-tables',
  title: '空表说明',
  description: '没有数据的表须有说明（如“本单位无政府性基金预算财政拨款收支”）；有数据的表不能被说成没有。',
  run(analysis, sink) {
    const prose = analysis.document.blocks.map((b) => b.text).join('\n');
    for (const table of analysis.tables) {
      const kind = kindOf(table);
      const fund = FUND_NAMES.find(([k]) => k === kind);
      if (!fund) continue;
      const figures = table.rows.flatMap((r) => r.values).filter((v): v is Figure => v !== null);
      const nonZero = figures.filter((f) => !f.value.isZero());
      const saysNone = new RegExp(`(无|没有|未(发生|安排|使用))[^。；]{0,12}${fund[1].source}|${fund[1].source}[^。；]{0,16}(为空|无数据|没有数据|均为0|为零)`).test(prose + table.title);
      sink.checked(figures);
      if (nonZero.length > 0 && saysNone) {
        sink.add('error', `文中说明没有${fund[1].source}收支，但“${table.title}”中有金额。`, nonZero.slice(0, 3), '0', nonZero[0]!.text);
      } else if (nonZero.length === 0 && !saysNone) {
        sink.add('warning', `“${table.title}”没有数据，文中也没有说明本单位无此类收支（按规定空表应附说明）。`, [], null, null);
      }
    }
  },
};
