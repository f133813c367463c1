/**
 * Family 16, identities between tables: the summary table's 本年收入合计 / 本年支出合计 equal the income
 * and spending tables' totals; the general-budget spending table's 基本支出 equals the basic-spending
 * table's 人员经费合计 + 公用经费合计; a code carries the same amount in every table of the same kind.
 */
import type { Figure } from '../../figures/figure';
import { groupBy } from '../../group-by';
import { kindOf, totalColumnIndex, type TableKind } from '../../tables/kinds';
import type { ReadTable, TableRow } from '../../tables/read';
import { isTotalRow } from '../../tables/structure';
import { PACE, type Analysis, type CheckFamily, type FindingSink } from '../context';
import { judgeCells } from '../judging/table-sums';
import type { ExplainArg } from '../../i18n/explain';
import { clause } from '../../i18n/phrases';
import { fundOfTitle } from '../../facts/vocabulary';

/**
 * Each table's kind and total column, found once per page: the links below ask for tables of a kind
 * and for total columns again and again (every summary asks every income table, every coded row its column).
 */
interface Kinded {
  kinds: Map<ReadTable, TableKind | null>;
  byKind: Map<TableKind | null, ReadTable[]>;
  totalColumns: Map<ReadTable, number>;
}

function kinded(analysis: Analysis): Kinded {
  const kinds = new Map(analysis.tables.map((t) => [t, kindOf(t)] as const));
  const byKind = new Map<TableKind | null, ReadTable[]>();
  for (const [table, kind] of kinds) {
    const list = byKind.get(kind);
    if (list) list.push(table);
    else byKind.set(kind, [table]);
  }
  return { kinds, byKind, totalColumns: new Map(analysis.tables.map((t) => [t, totalColumnIndex(t)] as const)) };
}

function tablesOf(index: Kinded, kind: TableKind): ReadTable[] {
  return index.byKind.get(kind) ?? [];
}

function rowLabelled(table: ReadTable, label: RegExp): TableRow | undefined {
  return table.rows.find((row) => label.test(row.label));
}

/** The figure of a table's total row in its total column (合计 / 本年…合计 / 决算数). */
function tableTotal(table: ReadTable, index: Kinded): Figure | null {
  const row = table.rows.find((r) => isTotalRow(r) && /^(合计|总计|本年收入合计|本年支出合计)$/.test(r.label)) ?? table.rows.find(isTotalRow);
  const column = index.totalColumns.get(table) ?? -1;
  return row && column >= 0 ? (row.values[column] ?? null) : null;
}

/** `what` is made only for a finding (most links hold: a page of many tables has thousands). */
function equal(analysis: Analysis, sink: FindingSink, a: Figure | null, b: Figure | null, what: () => ExplainArg): void {
  judgeCells(analysis, sink, a, [b], (sum, printed, difference) => clause('tableLinks_equal', { what: what(), printed, sum, difference }));
}

export const tableLinks: CheckFamily = {
  id: 'table-links',
  *run(analysis, sink) {
    const index = kinded(analysis);
    for (const summary of tablesOf(index, 'summary')) {
      const incomeRow = rowLabelled(summary, /^本年收入合计$/);
      const spendingRow = rowLabelled(summary, /^本年支出合计$/);
      for (const income of tablesOf(index, 'income')) {
        if (incomeRow) equal(analysis, sink, incomeRow.values[0] ?? null, tableTotal(income, index), () => clause('tableLinks_incomeTotals', { summary: summary.title, table: income.title }));
      }
      for (const spending of tablesOf(index, 'spending')) {
        if (spendingRow) equal(analysis, sink, spendingRow.values[0] ?? null, tableTotal(spending, index), () => clause('tableLinks_spendingTotals', { summary: summary.title, table: spending.title }));
      }
    }
    // 基本支出 of the general-budget spending table = 人员经费合计 + 公用经费合计 of the basic-spending table.
    const basicLanes = tablesOf(index, 'basic');
    const personnel = basicLanes.map((t) => rowLabelled(t, /^人员经费合计$/)?.values[totalColumnIndex(t)] ?? null).find(Boolean) ?? null;
    const publicCosts = basicLanes.map((t) => rowLabelled(t, /^公用经费合计$/)?.values[totalColumnIndex(t)] ?? null).find(Boolean) ?? null;
    for (const spending of tablesOf(index, 'general-spending')) {
      const total = spending.rows.find((r) => isTotalRow(r));
      const basicColumn = spending.columns.findIndex((c) => c.path[0] === '基本支出' && (c.path.length === 1 || /^(小计|合计)$/.test(c.path[1]!)));
      if (!total || basicColumn < 0 || (!personnel && !publicCosts)) continue;
      judgeCells(analysis, sink, total.values[basicColumn] ?? null, [personnel, publicCosts], (sum, printed, difference) =>
        clause('tableLinks_basicSpending', { table: spending.title, printed, sum, difference }),
      );
    }
    // The same code in two tables of the same kind carries the same amount.
    const coded: Array<{ key: string; table: ReadTable; figure: Figure }> = [];
    for (const table of analysis.tables) {
      const kind = index.kinds.get(table) ?? null;
      const column = index.totalColumns.get(table) ?? -1;
      if (!kind || column < 0) continue;
      for (const row of table.rows) {
        const figure = row.values[column];
        if (row.code && figure) coded.push({ key: `${kind}|${row.code}`, table, figure });
      }
    }
    const byKindAndCode = groupBy(coded, (entry) => entry.key);
    linkSameMoney(analysis, sink, index);
    // A page of many tables has thousands of codes: a pause every PACE of them.
    let done = 0;
    for (const [key, entries] of byKindAndCode) {
      if (++done % PACE === 0) yield;
      const tables = new Set(entries.map((e) => `${e.table.source}:${e.table.lane}`));
      if (tables.size < 2) continue;
      const [first, ...others] = entries;
      for (const other of others) {
        if (other.table === first!.table) continue;
        equal(analysis, sink, first!.figure, other.figure, () => clause('tableLinks_sameCode', { code: key.split('|')[1]!, first: first!.table.title, second: other.table.title }));
      }
    }
  },
};

/** A table with no amount other than zero (blank, dashes, 0.00): the fund it covers has no money. */
function holdsNoMoney(table: ReadTable): boolean {
  return table.rows.every((row) => row.values.every((figure) => figure === null || figure.value.isZero()));
}

/**
 * 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营. When the 政府性基金 and 国有资本经营 tables hold no
 * money and the 财政拨款 spending table's total is the general-budget spending table's, the two tables
 * list the same money: a code carries one amount in both (Jiangsu's 预算 prints both tables, 公开表五 and
 * 公开表七). Silent when either total is missing or they differ, or another fund has money.
 */
function linkSameMoney(analysis: Analysis, sink: FindingSink, index: Kinded): void {
  const fiscal = tablesOf(index, 'spending').filter((t) => fundOfTitle(t.title) === '财政拨款');
  const general = tablesOf(index, 'general-spending');
  if (fiscal.length === 0 || general.length === 0) return;
  if (!analysis.tables.filter((t) => index.kinds.get(t) === 'fund' || index.kinds.get(t) === 'soe').every(holdsNoMoney)) return;
  for (const a of fiscal) {
    const aTotal = tableTotal(a, index);
    const aColumn = index.totalColumns.get(a) ?? -1;
    for (const b of general) {
      const bTotal = tableTotal(b, index);
      const bColumn = index.totalColumns.get(b) ?? -1;
      if (!aTotal || !bTotal || aTotal.unit !== bTotal.unit || !aTotal.value.eq(bTotal.value) || aColumn < 0 || bColumn < 0) continue;
      const inB = new Map<string, Figure>();
      for (const row of b.rows) {
        const figure = row.values[bColumn];
        if (row.code && figure && !inB.has(row.code)) inB.set(row.code, figure);
      }
      for (const row of a.rows) {
        const figure = row.values[aColumn];
        const other = row.code ? inB.get(row.code) : undefined;
        if (!figure || !other) continue;
        equal(analysis, sink, figure, other, () => clause('tableLinks_sameMoney', { code: row.code!, first: a.title, second: b.title }));
      }
    }
  }
}
