/**
 * Family 19, empty tables: a table with no amounts must come with a statement that the unit has no such
 * funds ("本单位无政府性基金预算财政拨款收支"); and a table with amounts must not be described as empty.
 */
import type { Figure } from '../../figures/figure';
import { kindOf } from '../../tables/kinds';
import type { CheckFamily } from '../context';
import { clause, say } from '../../i18n/phrases';

const FUND_NAMES: Array<[string, RegExp]> = [
  ['fund', /政府性基金/],
  ['soe', /国有资本经营/],
];

export const emptyTables: CheckFamily = {
  id: 'empty-tables',
  run(analysis, sink) {
    // The whole prose, joined only when a fund's table asks (most pages have none, or no tables at all).
    let prose: string | null = null;
    // Whether the prose says a fund has nothing, asked once per fund (not once per table: a long page
    // has many tables, and each question scans the whole prose).
    const proseSaysNone = new Map<string, boolean>();
    for (const table of analysis.tables) {
      const kind = kindOf(table);
      const fund = FUND_NAMES.find(([k]) => k === kind);
      if (!fund) continue;
      const figures = table.rows.flatMap((r) => r.values).filter((v): v is Figure => v !== null);
      const nonZero = figures.filter((f) => !f.value.isZero());
      const none = new RegExp(`(无|没有|未(发生|安排|使用))[^。；]{0,12}${fund[1].source}|${fund[1].source}[^。；]{0,16}(为空|无数据|没有数据|均为0|为零)`);
      if (!proseSaysNone.has(fund[0])) proseSaysNone.set(fund[0], none.test((prose ??= analysis.document.blocks.map((b) => b.text).join('\n'))));
      const saysNone = proseSaysNone.get(fund[0])! || none.test(table.title);
      sink.checked(figures);
      if (nonZero.length > 0 && saysNone) {
        sink.add('error', say('emptyTables_saysNoneButHasAmounts', { fund: clause(`emptyTables_${fund[0]}`), title: table.title }), nonZero.slice(0, 3), '0', nonZero[0]!.text);
      } else if (nonZero.length === 0 && !saysNone) {
        sink.add('warning', say('emptyTables_emptyWithoutStatement', { title: table.title }), [], null, null);
      }
    }
  },
};
