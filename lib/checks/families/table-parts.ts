/**
 * Family 17, part ≤ whole: the basic-spending table's 30212 因公出国(境)费用, 30217 公务接待费, 30231 公务用车
 * 运行维护费 and 31013 公务用车购置 are parts of the 三公 table's 决算数 (预算数 in a budget) for the same
 * item (the 三公 table also covers project spending). Only part > whole is reported.
 */
import { wanInterval } from '../../figures/figure';
import { kindOf, totalColumnIndex } from '../../tables/kinds';
import { columnFigure, columnItem, type SangongItem } from '../../tables/sangong';
import type { CheckFamily } from '../context';
import { clause, say } from '../../i18n/phrases';

const ITEMS: Array<[string, SangongItem]> = [
  ['30212', 'abroad'],
  ['30217', 'reception'],
  ['30231', 'operation'],
  ['31013', 'purchase'],
];

export const tableParts: CheckFamily = {
  id: 'table-parts',
  run(analysis, sink) {
    const sangong = analysis.tables.find((t) => kindOf(t) === 'sangong');
    if (!sangong || sangong.rows.length === 0) return;
    const figureColumn = analysis.kind === '预算' ? 'budget' : 'actual';
    const dataRow = sangong.rows.find((r) => r.values.some((v) => v !== null));
    if (!dataRow) return;
    for (const basic of analysis.tables.filter((t) => kindOf(t) === 'basic')) {
      const column = totalColumnIndex(basic);
      if (column < 0) continue;
      for (const [code, item] of ITEMS) {
        const row = basic.rows.find((r) => r.code === code);
        const part = row?.values[column];
        const wholeIndex = sangong.columns.findIndex((c) => columnItem(c) === item && columnFigure(c) === figureColumn);
        const whole = wholeIndex >= 0 ? dataRow.values[wholeIndex] : null;
        if (!part || !whole) continue;
        sink.checked([part, whole]);
        const partInterval = wanInterval(part);
        const wholeInterval = wanInterval(whole);
        if (partInterval.lo.lte(wholeInterval.hi)) continue;
        sink.add(
          'error',
          say('tableParts_exceeds', {
            basic: basic.title,
            code,
            label: row!.label,
            part: `${part.text}${part.unit}`,
            sangong: sangong.title,
            column: clause(figureColumn === 'budget' ? 'tableParts_budgetColumn' : 'tableParts_actualColumn'),
            whole: `${whole.text}${whole.unit}`,
          }),
          [part, whole],
          `≤ ${whole.text}${whole.unit}`,
          `${part.text}${part.unit}`,
        );
      }
    }
  },
};
