/** Which standard table a table is, by its title (预算 and 决算 templates and their common variant names). */
import type { ReadTable } from './read';

export type TableKind = 'summary' | 'fiscal-summary' | 'income' | 'spending' | 'general-spending' | 'basic' | 'sangong' | 'fund' | 'soe' | 'project';

const KINDS: Array<[TableKind, RegExp]> = [
  ['sangong', /三公/],
  ['fund', /政府性基金/],
  ['soe', /国有资本经营/],
  ['basic', /基本支出/],
  ['project', /项目支出/],
  ['fiscal-summary', /财政拨款收(入)?支(出)?(决算|预算)?总表/],
  // "一般公共预算支出功能分类预算表" (Shanghai's budget), "一般公共预算财政拨款支出决算表".
  ['general-spending', /一般公共预算(财政)?(拨款)?支出(功能分类)?(决算|预算)?(明细)?表/],
  ['summary', /收(入)?支(出)?(决算|预算)?总表/],
  // "收入决算表", "部门收入预算总表", "收入总表".
  ['income', /收入(决算|预算)?总?表/],
  ['spending', /支出(决算|预算)?总?表/],
];

export function kindOf(table: Pick<ReadTable, 'title'>): TableKind | null {
  for (const [kind, pattern] of KINDS) if (pattern.test(table.title)) return kind;
  return null;
}

/** The amount columns that hold a row's total: a column called 合计/本年…合计/决算数/预算数 at the top level. */
export function totalColumnIndex(table: ReadTable): number {
  const index = table.columns.findIndex((c) => c.path.length >= 1 && /^(合计|本年收入合计|本年支出合计|总计|小计|决算数|预算数|金额|年初预算数|全年决算数)$/.test(c.path[c.path.length - 1]!) && c.path.length <= 2);
  return index >= 0 ? index : table.columns.length === 1 ? 0 : -1;
}
