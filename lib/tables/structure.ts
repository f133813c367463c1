/**
 * The structure inside a table that its identities come from: which rows are totals, which rows a total
 * sums (code hierarchy, or the rows since the previous total), and the header tree of the columns.
 */
import type { ReadTable, TableColumn, TableRow } from './read';

// 江苏's 收支预算总表 totals its lanes as 当年收入小计 / 当年支出小计 before 上年结转 and the 合计.
export const TOTAL_LABEL = /^(合计|总计|小计|本年收入合计|本年支出合计|收入总计|支出总计|收入合计|支出合计|人员经费合计|公用经费合计)$|合计$|^(当年|本年)(收入|支出)小计$/;
/** "其中：…" rows repeat part of the row above: never one more part of a total. */
export const SUB_ITEM_LABEL = /^(其中|其中：|“?其中”?)/;

export function isTotalRow(row: TableRow): boolean {
  return row.code === null && TOTAL_LABEL.test(row.label);
}

/** A total of one lane (not a row that spans both lanes of a side-by-side table). */
export function isLaneTotal(row: TableRow): boolean {
  return isTotalRow(row) && !row.spansLanes;
}

/** Function codes (2xx) and economic codes (3xx, 5xx) are different domains and never mix. */
export function codeDomain(code: string): string {
  return code[0] === '2' ? 'function' : code[0] === '3' || code[0] === '5' ? 'economic' : 'other';
}

/**
 * Direct children of a code row: codes two digits longer with it as prefix, same domain. A code that
 * stands on two rows makes the hierarchy unreadable (a row read twice, or a code misread): none then.
 */
export function childrenOf(rows: TableRow[], parent: TableRow): TableRow[] {
  const code = parent.code!;
  const children = rows.filter((row) => row.code !== null && row.code.length === code.length + 2 && row.code.startsWith(code));
  return new Set(children.map((row) => row.code)).size === children.length ? children : [];
}

/** Outline numbering of a row label: 一、 (1), （一） (2), 1. (3), （1） (4); null without one. */
export function outlineLevel(label: string): number | null {
  if (/^[一二三四五六七八九十]+[、.．]/.test(label)) return 1;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(label)) return 2;
  if (/^\d+[.、．](?!\d)/.test(label)) return 3;
  if (/^[（(]\d+[）)]/.test(label)) return 4;
  return null;
}

/** Rows numbered one level below a row, up to the next row at its level or above ("一、本年收入" › "（一）…"). */
export function outlineChildren(rows: TableRow[], parent: TableRow): TableRow[] {
  const level = outlineLevel(parent.label);
  if (level === null) return [];
  const start = rows.indexOf(parent);
  const numbered: TableRow[] = [];
  const unnumbered: TableRow[] = [];
  for (let i = start + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const rowLevel = outlineLevel(row.label);
    if (isTotalRow(row) || (rowLevel !== null && rowLevel <= level)) break;
    if (rowLevel === level + 1) numbered.push(row);
    else if (rowLevel === null && row.label !== '') unnumbered.push(row);
  }
  // "一、本年支出" followed by unnumbered lines (科学技术支出, 社会保障和就业支出…) up to "二、…": those are its parts.
  if (numbered.length > 0) return unnumbered.length === 0 ? numbered : [];
  return level === 1 ? unnumbered : [];
}

/**
 * Each row's parent where a table prints its levels in columns of their own (政府采购预算表: 一、货物A under
 * 采购品目大类, its 专项 under 专项名称, their 品目 under 采购物品名称): the nearest row above whose name
 * ends in a column left of where this row's begins. A row that prints names in the columns of the rows
 * after it (单位 | 项目 on one line) is one of them, not their heading; a total row begins afresh.
 */
export function labelParents(rows: TableRow[]): Map<TableRow, TableRow> {
  const parents = new Map<TableRow, TableRow>();
  let open: TableRow[] = [];
  for (const row of rows) {
    if (isTotalRow(row)) {
      open = [];
      continue;
    }
    const at = row.labelColumns;
    if (!at) continue;
    while (open.length > 0 && open[open.length - 1]!.labelColumns!.last >= at.first) open.pop();
    const parent = open[open.length - 1];
    if (parent) parents.set(row, parent);
    open.push(row);
  }
  return parents;
}

/** The rows printed one level in (by column) under a row, up to the next row at its level or above. */
export function labelChildren(rows: TableRow[], parent: TableRow, parents = labelParents(rows)): TableRow[] {
  return rows.filter((row) => parents.get(row) === parent && !SUB_ITEM_LABEL.test(row.label));
}

/** Of a run of rows, those no other row of the run heads by column (the run's outermost level). */
function outermost(rows: TableRow[]): TableRow[] {
  const parents = labelParents(rows);
  return rows.filter((row) => !parents.has(row));
}

/** Rows a total row sums: the top-level code rows when the table has codes; otherwise the rows since the previous total. */
export function partsOfTotal(table: TableRow[], totalIndex: number): { parts: TableRow[]; previousTotal: TableRow | null; byCodes: boolean } {
  const rows = table;
  const coded = rows.filter((row) => row.code !== null);
  if (coded.length >= 2) {
    const shortest = Math.min(...coded.map((row) => row.code!.length));
    const domains = new Set(coded.map((row) => codeDomain(row.code!)));
    if (domains.size !== 1) return { parts: [], previousTotal: null, byCodes: true };
    return { parts: coded.filter((row) => row.code!.length === shortest), previousTotal: null, byCodes: true };
  }
  const total = rows[totalIndex]!;
  // A total printed first ("合计" right under the header) sums everything after it.
  if (totalIndex === 0 || rows.slice(0, totalIndex).every((row) => isTotalRow(row))) {
    const until = rows.findIndex((row, i) => i > totalIndex && isTotalRow(row));
    const parts = outermost(rows.slice(totalIndex + 1, until < 0 ? rows.length : until)).filter((row) => !SUB_ITEM_LABEL.test(row.label));
    return { parts, previousTotal: null, byCodes: false };
  }
  let start = totalIndex - 1;
  while (start >= 0 && !isLaneTotal(rows[start]!)) start--;
  const previousTotal = start >= 0 ? rows[start]! : null;
  void total;
  let parts = outermost(rows.slice(start + 1, totalIndex)).filter((row) => !SUB_ITEM_LABEL.test(row.label) && (row.label !== '' || row.values.some((v) => v !== null)));
  // Outline-numbered rows: only the top level counts ("一、本年收入" and "二、上年结转", not their "（一）…").
  const levels = parts.map((row) => outlineLevel(row.label)).filter((level): level is number => level !== null);
  if (levels.length > 0) {
    const top = Math.min(...levels);
    parts = parts.filter((row) => outlineLevel(row.label) === top);
  }
  return { parts, previousTotal, byCodes: false };
}

export interface HeaderNode {
  name: string;
  column: TableColumn | null;
  children: HeaderNode[];
}

/** The columns' header paths as a tree (root has no name). */
export function headerTree(columns: TableColumn[]): HeaderNode {
  const root: HeaderNode = { name: '', column: null, children: [] };
  for (const column of columns) {
    let node = root;
    column.path.forEach((name, depth) => {
      let child = node.children.find((c) => c.name === name && c.column === null);
      if (!child || depth === column.path.length - 1) {
        child = { name, column: depth === column.path.length - 1 ? column : null, children: [] };
        node.children.push(child);
      }
      node = child;
    });
  }
  return root;
}

export const TOTAL_COLUMN = /合计$|^小计$|^总计$/;

/**
 * The columns that give a node's value for a given bottom suffix ("预算数"): its own column, its
 * 小计/合计 child, or the sum of its children's.
 */
export function columnsFor(node: HeaderNode, suffix: string[]): TableColumn[] | null {
  if (suffix.length === 0 && node.column) return [node.column];
  if (suffix.length > 0 && node.children.length === 0) return null;
  const direct = suffix.length > 0 ? node.children.find((c) => c.name === suffix[0]) : undefined;
  if (direct) return columnsFor(direct, suffix.slice(1));
  const total = node.children.find((c) => TOTAL_COLUMN.test(c.name));
  if (total) return columnsFor(total, suffix);
  const parts = node.children.map((c) => columnsFor(c, suffix));
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return parts.flat() as TableColumn[];
}

/** The bottom suffixes under a node ([] for a leaf; ["预算数"], ["决算数"] for an item with both). */
export function suffixesOf(node: HeaderNode): string[][] {
  if (node.children.length === 0) return [[]];
  const out: string[][] = [];
  for (const child of node.children) {
    if (child.children.length === 0) out.push([child.name]);
  }
  return out.length > 0 ? out : [[]];
}
