/**
 * Binding table cells: the table's title says which fund it covers, the column's header path which
 * concept and scenario, the row which line. Only what the template fixes is bound: the columns of the
 * 三公 table, and the total rows (合计, 本年收入合计, 人员经费合计…) of the others. Every binding here
 * is certain.
 */
import type { ReadTable, TableRow } from '../tables/read';
import { isTotalRow } from '../tables/structure';
import { wanInterval } from '../figures/figure';
import { defaultScenario, type Fact } from './fact';
import { conceptNamed, fundOfTitle, parseName, templateLine, type Fund, type Scenario } from './vocabulary';
import { kindOf, type TableKind } from '../tables/kinds';

export interface TableContext {
  kind: '预算' | '决算' | null;
  year: number | null;
}

function scenarioOf(path: readonly string[], context: TableContext): Scenario {
  const leaf = path[path.length - 1] ?? '';
  if (/决算数?$/.test(leaf)) return 'actual';
  if (/预算数?$/.test(leaf)) return context.kind === '决算' ? 'initial-budget' : 'budget';
  return defaultScenario(context.kind);
}

/** The parts of the 三公 table's 公务用车 group, as its headers print them. */
const VEHICLE_PART: ReadonlyArray<[RegExp, string]> = [
  [/购置/, '公务用车购置费'],
  [/运行/, '公务用车运行维护费'],
];

/**
 * The 三公 table's concept for a column: the deepest header that names one (a 小计 or 合计 is its
 * parent's; 购置费 and 运行费 under 公务用车 are the vehicle's two parts).
 */
function sangongConcept(path: readonly string[], widerTotal: boolean): string | null {
  const names = path.filter((name) => !/^(预算数|决算数|预算|决算)$/.test(name));
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]!.replace(/[“”"]/g, '');
    if (/^(合计|小计|总计)$/.test(name)) {
      if (i === 0) return widerTotal ? null : '三公经费';
      continue;
    }
    const parent = names[i - 1] ?? '';
    if (/公务用车/.test(parent) && !/公务用车/.test(name)) return VEHICLE_PART.find(([pattern]) => pattern.test(name))?.[1] ?? null;
    const concept = parseName(name.replace(/(预算数|决算数)$/, ''), null).concept;
    if (concept) return concept.id;
    // "“三公”经费预算数" over the whole table: its 合计 is the total.
    if (/三公/.test(name) && i === names.length - 1) return '三公经费';
  }
  return null;
}

/** The concept of a total row's column: 合计 under 支出 is 本年支出合计; a named column is itself. */
function totalColumnConcept(path: readonly string[]): string | null {
  const leafIndex = [...path.keys()].reverse().find((i) => !/^(预算数|决算数|金额)$/.test(path[i]!));
  if (leafIndex === undefined) return null;
  const leaf = path[leafIndex]!.replace(/[“”"]/g, '');
  if (/^(合计|小计|总计)$/.test(leaf)) {
    const parent = path.slice(0, leafIndex).join('');
    const named = parseName(parent, null).concept;
    if (named) return named.id;
    if (/支出/.test(parent)) return '本年支出合计';
    if (/收入/.test(parent)) return '本年收入合计';
    return null;
  }
  return parseName(leaf, null).concept?.id ?? null;
}

/**
 * The 三公 table's top-level 合计 is 三公经费 unless the table sums more: Jiangsu's "“三公”经费、会议费、
 * 培训费支出预算表" prints 合计 over a “三公”经费 group (小计) and the 会议费 and 培训费 columns.
 */
function sumsMoreThanSangong(table: ReadTable): boolean {
  return table.columns.some((column) => {
    const top = (column.path[0] ?? '').replace(/[“”"]/g, '');
    return /^三公经费|会议费|培训费/.test(top);
  });
}

/** A list number before a row's name: "一、", "（二）", "1.", "3、". */
const LIST_NUMBER = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])/;

/**
 * A row that names a concept itself ("本年收入合计", "人员经费合计", "收入总计", the 支出 lane's
 * "一、基本支出"), in a one-amount lane.
 */
function rowConcept(row: TableRow): string | null {
  return conceptNamed(row.label.replace(/[“”"\s]/g, '').replace(LIST_NUMBER, ''))?.id ?? null;
}

/** The carry-over line each side of a summary lane adds to its year's amount to make the 总计. */
const CARRY_OVER: Readonly<Record<string, [carry: string, whole: string]>> = {
  本年收入合计: ['年初结转和结余', '收入总计'],
  本年支出合计: ['年末结转和结余', '支出总计'],
};

/**
 * A row's concept in its lane. "收入合计" is the year's income (本年收入合计) in the 决算 templates, but
 * Chongqing's 预算 收支总表 prints 当年收入小计 and 上年结转资金 above it and sums both: there it is the
 * 收入总计 (and 支出合计 under 结转下年资金 the 支出总计). A carry-over line printed above a total that does
 * not say 本年 makes it the lane's 总计, when the amounts say so too (the subtotal above, if printed, and
 * the carry-over add up to it); when they do not, the row is not bound at all.
 */
function laneRowConcept(rows: readonly TableRow[], index: number): string | null {
  const row = rows[index]!;
  const named = rowConcept(row);
  const carryOver = named ? CARRY_OVER[named] : undefined;
  if (!carryOver || /^本年|^当年/.test(row.label.replace(LIST_NUMBER, '').trim())) return named;
  const above = rows.slice(0, index);
  const carry = above.find((r) => rowConcept(r) === carryOver[0]);
  if (!carry) return named;
  const subtotal = above.find((r) => /^(当年|本年)(收入|支出)小计$/.test(r.label.replace(/\s/g, '')));
  const [total, carried, year] = [row.values[0], carry.values[0], subtotal?.values[0]];
  if (total && carried && year && !wanInterval(year).plus(wanInterval(carried)).meets(wanInterval(total))) return null;
  return carryOver[1];
}

/**
 * The template tables whose one-amount lanes list template lines row by row, with the side each lane
 * is on: a 收支总表 prints 收入 then 支出 (lane 0 and 1, or one lane per table), a 收入 table income.
 */
const LINE_TABLES: ReadonlySet<TableKind> = new Set(['summary', 'fiscal-summary', 'income', 'spending']);

function sideOf(table: ReadTable, kind: TableKind): '收入' | '支出' | undefined {
  const header = table.columns[0]?.path.join('') ?? '';
  if (/收入/.test(header) && !/支出/.test(header)) return '收入';
  if (/支出/.test(header) && !/收入/.test(header)) return '支出';
  if (kind === 'income') return '收入';
  if (kind === 'spending') return '支出';
  return undefined;
}

/**
 * A row of a known template table, by templateLine (template-lines.ts): the table's kind from its title,
 * one amount per row, not a column of another year ("上年预算数"), and a line the template names
 * (classification items are left to their codes: a 类 of the 支出 lane is bound by prose-table by name).
 */
function templateRowLine(table: ReadTable, kind: TableKind | null, row: TableRow): { concept: string; fund: Fund } | null {
  if (!kind || !LINE_TABLES.has(kind) || table.columns.length !== 1 || row.code !== null || row.spansLanes) return null;
  if (/上年|去年|20\d\d/.test(table.columns[0]!.path.join(''))) return null;
  const line = templateLine(row.label, { side: sideOf(table, kind) });
  return line && !line.concept.startsWith('class:') ? line : null;
}

export function bindTables(tables: readonly ReadTable[], context: TableContext): Fact[] {
  const facts: Fact[] = [];
  for (const table of tables) {
    const fund = fundOfTitle(table.title);
    const add = (figure: TableRow['values'][number], concept: string | null, path: readonly string[], ownFund = fund) => {
      if (!figure || !concept) return;
      const fundless = conceptNamed(concept)?.fundless;
      facts.push({ figure, concept, period: context.year, scenario: scenarioOf(path, context), fund: fundless ? '' : ownFund, certainty: 'certain', source: 'table' });
    };
    if (/三公/.test(table.title)) {
      // One line of amounts (a second line would be another unit's, or a breakdown: not bound).
      const lines = table.rows.filter((row) => row.values.some((v) => v !== null));
      if (lines.length !== 1) continue;
      const widerTotal = sumsMoreThanSangong(table);
      table.columns.forEach((column, c) => add(lines[0]!.values[c] ?? null, sangongConcept(column.path, widerTotal), column.path));
      continue;
    }
    const kind = kindOf(table);
    for (const [index, row] of table.rows.entries()) {
      if (row.code !== null) continue;
      const named = table.columns.length === 1 ? laneRowConcept(table.rows, index) : rowConcept(row);
      // Any other line of a known template table ("一、一般公共预算财政拨款收入", "上年结转").
      const line = named || rowConcept(row) !== null ? null : templateRowLine(table, kind, row);
      if (named && table.columns.length === 1) add(row.values[0] ?? null, named, table.columns[0]!.path);
      else if (line) add(row.values[0] ?? null, line.concept, table.columns[0]!.path, line.fund || fund);
      else if (isTotalRow(row) && /^(合计|总计)$/.test(row.label) && !row.spansLanes) {
        table.columns.forEach((column, c) => add(row.values[c] ?? null, totalColumnConcept(column.path), column.path));
      }
    }
  }
  return facts;
}
