/**
 * Family 19, empty tables: a table with no amounts must come with a statement that the unit has no such
 * funds; and a table with amounts must not be described as empty. The statement is printed in one of
 * three places, all accepted:
 * - in the prose, naming the fund: "本单位无政府性基金预算财政拨款收支", "省检察院无政府性基金预算相关收支
 *   项目", or its spending as zero: "2019年政府性基金支出预算支出 0 万元", "…支出预算支出万元。…主要
 *   原因是本部门无此项支出";
 * - under the table, as its note, which need not name the fund (the Jiangsu 附表: "注：本部门无相关收支
 *   项目", "注：本部门无该项目", "说明：本部门无相关收支项目。", "（无政府性基金支出）");
 * - inside the table ("此表为空").
 * A file of tables alone (the 情况说明 published as another file, as Jiangsu does) may carry its statement
 * in the file that is not there: an empty table without a note is then not checked, not a warning.
 */
import type { Figure } from '../../figures/figure';
import { kindOf } from '../../tables/kinds';
import { notesUnder } from '../../tables/notes';
import type { CheckFamily } from '../context';
import { clause, say } from '../../i18n/phrases';

const FUND_NAMES: Array<[string, RegExp]> = [
  ['fund', /政府性基金/],
  ['soe', /国有资本经营/],
];

/** Below this much prose, the document is its tables (the 情况说明 is another file). */
const MIN_PROSE_CHARS = 1500;

/** The prose's statements that the unit has none of the fund. */
function proseNone(fund: RegExp): RegExp {
  const f = fund.source;
  // Never across blocks (the prose is joined with \n): a note under another table is not this statement.
  return new RegExp(
    [
      `(无|没有|未(发生|安排|使用))[^。；\\n]{0,12}${f}`,
      `${f}[^。；\\n]{0,16}(为空|无数据|没有数据|均为0|为零)`,
      // Its spending stated as zero, the number standing alone ("支出 0 万元", not "10万元" or "0.5万元").
      `${f}[^。；，,\\d\\n]{0,16}(支出|收支)[^。；，,\\d\\n]{0,6}(?<![\\d.])0(\\.0+)?\\s*(万元|元|亿元)`,
      // Its spending with the template's reason for a blank: "…支出预算支出万元。…主要原因是本部门无此项支出".
      `${f}[^。；，,\\d\\n]{0,16}支出[^；\\n]{0,80}?(无|没有)(此|该|相关)项?(支出|收支)`,
    ].join('|'),
  );
}

/** A note under (or a line inside) the table saying it has nothing: it need not name the fund. */
const NOTE_NONE = /(无(?!形|偿|线)|没有|未(发生|安排|使用))[^。；]{0,16}(收支|支出|收入|项目|数据|资金|安排|事项|业务)|(此|本)表(为空|无数据)|^空表$|不涉及/;
/** What a note is: a marked note, or a short line. */
const NOTE = /^[（(]?(注|说明|备注)|^[（(]/;
const NOTE_MAX_CHARS = 40;

function noteSaysNone(text: string, fund: RegExp): boolean {
  const t = text.trim();
  if (!NOTE.test(t) && t.length > NOTE_MAX_CHARS) return false;
  if (!NOTE_NONE.test(t)) return false;
  // A note naming another fund only is about that fund.
  const others = FUND_NAMES.filter(([, name]) => name !== fund && name.test(t));
  return others.length === 0 || fund.test(t);
}

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
      prose ??= analysis.document.blocks.map((b) => b.text).join('\n');
      if (!proseSaysNone.has(fund[0])) proseSaysNone.set(fund[0], proseNone(fund[1]).test(prose));
      const saysNone = proseSaysNone.get(fund[0])! || proseNone(fund[1]).test(table.title);
      sink.checked(figures);
      if (nonZero.length > 0 && saysNone) {
        sink.add('error', say('emptyTables_saysNoneButHasAmounts', { fund: clause(`emptyTables_${fund[0]}`), title: table.title }), nonZero.slice(0, 3), '0', nonZero[0]!.text);
      } else if (nonZero.length === 0 && !saysNone) {
        const grid = analysis.document.tables[table.source];
        const cells = (grid?.rows ?? []).flatMap((row) => row.map((cell) => cell.text));
        const noted = [...notesUnder(analysis.document, table.source).map((b) => b.text), ...cells].some((text) => noteSaysNone(text, fund[1]));
        if (noted) continue;
        if (prose.length < MIN_PROSE_CHARS) sink.unchecked();
        else sink.add('warning', say('emptyTables_emptyWithoutStatement', { title: table.title }), [], null, null);
      }
    }
  },
};
