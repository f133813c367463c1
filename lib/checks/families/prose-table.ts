/**
 * Family 18, prose against tables: an amount the prose states for a line that a table also lists
 * ("一般公共服务（类）网信事务（款）行政运行（项）：支出决算为125.55万元" ↔ row 2013601) must match it. When
 * several tables list that line with different amounts (different fund scopes), the prose cannot be
 * bound to one of them and is not checked.
 */
import { wanInterval, type Figure } from '../../figures/figure';
import { totalColumnIndex } from '../../tables/kinds';
import { columnFigure, columnItem, sangongItem } from '../../tables/sangong';
import type { ReadTable, TableRow } from '../../tables/read';
import { childrenOf } from '../../tables/structure';
import type { Analysis, CheckFamily } from '../context';
import { PACE } from '../context';
import { say } from '../../i18n/phrases';
import { quantityName, type DocumentKind } from '../../facts/names';

/**
 * The quantity a row label or a prose name stands for (lib/facts/names.ts: list number, 类/款/项 marks,
 * period words, a trailing 支出 off; a 决算's 决算数 off in the document's kind). Row labels are read
 * without the document's kind: a table line is never printed as "X决算数", and a 预算's prose "X决算数"
 * (last year's) then stays apart from row X. Made once per name and kind: every statement's subject is
 * asked of every table.
 */
function plain(name: string, kind: DocumentKind = null): string {
  const key = `${kind ?? ''}|${name}`;
  let named = PLAIN.get(key);
  if (named === undefined) {
    if (PLAIN.size >= PLAIN_LIMIT) PLAIN.clear();
    PLAIN.set(key, (named = quantityName(name, kind)));
  }
  return named;
}

/** plain() of the names seen lately. */
const PLAIN = new Map<string, string>();
const PLAIN_LIMIT = 20_000;

/**
 * "一般公共服务（类）网信事务（款）行政运行（项）" → ["一般公共服务", "网信事务", "行政运行"]; "政协事务（款）委员视察
 * （项）" under the heading "（一）一般公共服务支出（类）" takes its 类 from the heading.
 */
function chainOf(subject: string, headingClass: string | null, kind: DocumentKind): string[] | null {
  const text = subject.replace(/[：:].*$/, '');
  const match = /^(.+?)[（(]类[）)](.+?)[（(]款[）)](.+?)[（(]项[）)]/.exec(text);
  if (match) return [match[1]!, match[2]!, match[3]!].map((part) => plain(part, kind));
  const under = headingClass !== null ? /^([^（(]+?)[（(]款[）)](.+?)[（(]项[）)]/.exec(text) : null;
  return under ? [headingClass!, under[1]!, under[2]!].map((part) => plain(part, kind)) : null;
}

/** The 类 a heading names and nothing else ("（一）一般公共服务支出（类）"), or null. */
const CLASS_HEADING = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])?\s*([^\d，。；：（）“”、\s]+?)[（(]类[）)]\s*$/;

function headingClassOf(analysis: Analysis, block: number): string | null {
  const heading = analysis.sectionOf[block] ?? -1;
  if (heading < 0) return null;
  return CLASS_HEADING.exec(analysis.document.blocks[heading]?.text ?? '')?.[1] ?? null;
}

/**
 * Each code row's parent (the first code row whose children include it), made once per table: looking
 * it up row by row asked every row of the table for its children, for every candidate row of every
 * statement (most of this family's time on a page of many tables).
 */
const PARENTS = new WeakMap<TableRow[], Map<TableRow, TableRow>>();

function parentOf(rows: TableRow[], row: TableRow): TableRow | undefined {
  return row.code ? parentsIn(rows).get(row) : undefined;
}

function parentsIn(rows: TableRow[]): Map<TableRow, TableRow> {
  let parents = PARENTS.get(rows);
  if (!parents) {
    parents = new Map();
    for (const candidate of rows) {
      if (candidate.code === null) continue;
      for (const child of childrenOf(rows, candidate)) if (!parents.has(child)) parents.set(child, candidate);
    }
    PARENTS.set(rows, parents);
  }
  return parents;
}

/**
 * Each table's rows by their plain name, made once: every statement of the prose asks every table, and
 * comparing names row by row made this family the longest step on a page of many tables (2–3 s on ten
 * 决算 in one page, in one slice of the content script).
 */
const ROWS_BY_NAME = new WeakMap<ReadTable, Map<string, TableRow[]>>();

function rowsNamed(table: ReadTable, name: string): TableRow[] {
  return rowsByName(table).get(name) ?? [];
}

function rowsByName(table: ReadTable): Map<string, TableRow[]> {
  let index = ROWS_BY_NAME.get(table);
  if (!index) {
    index = new Map();
    for (const row of table.rows) {
      const key = plain(row.label);
      const list = index.get(key);
      if (list) list.push(row);
      else index.set(key, [row]);
    }
    ROWS_BY_NAME.set(table, index);
  }
  return index;
}

/**
 * A name marked as a classification line ("（8）公务接待费（款）支出16万元" under "商品和服务支出（类）", 政协
 * 2017): the economic row 30217 of that name, not the 三公 item.
 */
const CLASSIFIED = /[（(][类款项][）)]/;

function rowsFor(table: ReadTable, subject: string, chain: string[] | null, kind: DocumentKind): TableRow[] {
  if (chain) {
    return rowsNamed(table, chain[2]!).filter((row) => {
      if (!row.code || row.code.length !== 7) return false;
      const segment = parentOf(table.rows, row);
      const category = segment && parentOf(table.rows, segment);
      return !!segment && !!category && plain(segment.label) === chain[1] && plain(category.label) === chain[0];
    });
  }
  const name = plain(subject, kind);
  if (name.length < 4) return [];
  const rows = rowsNamed(table, name);
  if (rows.length === 0) return rows;
  // A 三公 item in the prose is the whole of it, 基本 and 项目 spending alike; the economic row of that
  // name (30217 公务接待费, 30212, 30231, 31013) is one part of it, in one fund: not the same quantity.
  if (sangongItem(subject) && !CLASSIFIED.test(subject)) return rows.filter((row) => !row.code || !/^3\d{2}(\d{2})?$/.test(row.code));
  return rows;
}

/**
 * Tables that list items as columns (the 三公 table: one data row, item × 预算数/决算数): the column for
 * a prose amount, by item and by whether the prose speaks of the budget or the actual.
 */
function columnCells(analysis: Analysis, subject: string): Figure[] {
  const item = sangongItem(subject);
  if (!item || CLASSIFIED.test(subject) || !/三公|因公出国|公务用车|公务接待|公务车/.test(subject)) return [];
  const wantsBudget = /预算/.test(subject) || analysis.kind === '预算';
  const out: Figure[] = [];
  for (const { table, row } of itemTables(analysis.tables)) {
    table.columns.forEach((column, c) => {
      const figure = columnFigure(column);
      if (figure !== null && (figure === 'budget') !== wantsBudget) return;
      if (columnItem(column) === item) {
        const figure = row.values[c];
        if (figure) out.push(figure);
      }
    });
  }
  return out;
}

/** The 三公 tables with one data row, and that row: found once per page, not once per statement. */
const ITEM_TABLES = new WeakMap<readonly ReadTable[], Array<{ table: ReadTable; row: TableRow }>>();

function itemTables(tables: readonly ReadTable[]): Array<{ table: ReadTable; row: TableRow }> {
  let found = ITEM_TABLES.get(tables);
  if (!found) {
    found = [];
    for (const table of tables) {
      const rows = table.rows.filter((r) => r.values.some((v) => v !== null));
      if (rows.length === 1 && /三公/.test(table.title)) found.push({ table, row: rows[0]! });
    }
    ITEM_TABLES.set(tables, found);
  }
  return found;
}

/** A cell's amount in 万元 as a key, made once per figure (a line can be listed in many tables). */
const AMOUNT_KEYS = new WeakMap<Figure, string>();

function amountKey(figure: Figure): string {
  let key = AMOUNT_KEYS.get(figure);
  if (key === undefined) AMOUNT_KEYS.set(figure, (key = wanInterval(figure).mid.toFixed(6)));
  return key;
}

/** Tables asked about a statement between two pauses (a few milliseconds on a page of hundreds). */
const TABLES_A_STEP = 1024;

/**
 * The table cells of the fact a prose amount is certainly bound to (lib/facts: the same concept, year,
 * scenario and fund), when no row of its name was found: "本年收入" in the prose and the 收支总表's
 * "本年收入合计", "上年结转" and "年初结转和结余". Classification items are matched by name above.
 */
function factCells(analysis: Analysis, figure: Figure): Figure[] {
  const fact = analysis.facts.factOf(figure);
  if (!fact || fact.source !== 'prose' || fact.certainty !== 'certain' || fact.concept.startsWith('item:')) return [];
  return analysis.facts
    .all(fact)
    .filter((other) => other.source === 'table' && other.certainty === 'certain')
    .map((other) => other.figure);
}

export const proseTable: CheckFamily = {
  id: 'prose-table',
  *run(analysis: Analysis, sink) {
    if (analysis.tables.length === 0) return;
    let done = 0;
    // Each table's total column, found once (every statement asks every table).
    const totalColumns = analysis.tables.map((table) => ({ table, column: totalColumnIndex(table) })).filter((t) => t.column >= 0);
    // The indexes, a few tables a step: made on first use, they put hundreds of tables in one step.
    let indexed = 0;
    let asked = 0;
    for (const { table } of totalColumns) {
      rowsByName(table);
      if (table.rows.some((row) => row.code?.length === 7)) parentsIn(table.rows);
      if (++indexed % 8 === 0) yield;
    }
    for (const statement of analysis.statements) {
      // Every statement asks every table: a page of many tables needs the pauses.
      if (++done % PACE === 0) yield;
      const value = statement.value;
      if (!value || (value.figure.kind !== 'money' && value.figure.kind !== 'bare')) continue;
      const subject = `${statement.context.replace(/[：:]支出决算$|[：:]?支出决算为?$/, '')}`;
      const headingClass = headingClassOf(analysis, statement.block);
      const chain = chainOf(subject, headingClass, analysis.kind) ?? chainOf(statement.subject, headingClass, analysis.kind);
      const candidates: Figure[] = [];
      for (const { table, column } of totalColumns) {
        // A page of hundreds of tables: PACE statements ask too many of them for one step.
        if (++asked % TABLES_A_STEP === 0) yield;
        for (const row of rowsFor(table, statement.subject, chain, analysis.kind)) {
          const figure = row.values[column];
          if (figure) candidates.push(figure);
        }
      }
      if (candidates.length === 0) candidates.push(...columnCells(analysis, statement.subject));
      if (candidates.length === 0) candidates.push(...factCells(analysis, value.figure));
      if (candidates.length === 0) continue;
      const amounts = new Set(candidates.map(amountKey));
      if (amounts.size > 1) {
        sink.unchecked();
        continue;
      }
      const cell = candidates[0]!;
      const prose = value.figure;
      sink.checked([prose, cell]);
      if (wanInterval(prose, prose.kind === 'bare' ? '万元' : null).meets(wanInterval(cell))) continue;
      if (prose.value.eq(cell.value) && prose.unit !== cell.unit) {
        // The same digits in another unit: the prose's unit is the slip ("125.55元" for a table's 125.55 万元).
        sink.addUnitSlip(say('proseTable_unitSlip', { subject: statement.subject, prose: prose.text, cell: `${cell.text}${cell.unit}`, where: analysis.cellQuote.get(cell) ?? '' }), prose, [cell], `${prose.number}${cell.unit}`, prose.text);
        continue;
      }
      sink.add(
        'error',
        say('proseTable_mismatch', { subject: statement.subject, prose: prose.text, cell: `${cell.text}${cell.unit}`, where: analysis.cellQuote.get(cell) ?? '' }),
        [prose, cell],
        `${cell.text}${cell.unit}`,
        prose.text,
      );
    }
  },
};
