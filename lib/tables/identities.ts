/**
 * Every identity a table implies, enumerated once: column footings (a total row = the rows it sums),
 * hierarchies (a code or an outline number = its children), and row cross-footings (a 合计/小计 column =
 * its sibling columns). The table check families judge them; blank cells are inferred to be zero where
 * some identity closes with them as zero ("blank is not known, unless the table's identities close").
 */
import type { Figure } from '../figures/figure';
import { evaluateSum } from '../checks/judging/arith';
import type { ExplainArg } from '../i18n/explain';
import { clause, num, quoted, series } from '../i18n/phrases';
import type { ReadTable, TableColumn, TableRow } from './read';
import { TOTAL_COLUMN, childrenOf, columnsFor, headerTree, isLaneTotal, isTotalRow, labelChildren, labelParents, outlineChildren, partsOfTotal, suffixesOf, type HeaderNode } from './structure';

export type TableIdentityKind = 'table-footing' | 'table-codes' | 'table-cross-footing';

export interface CellRef {
  row: TableRow;
  column: number;
  figure: Figure | null;
}

export interface TableIdentity {
  kind: TableIdentityKind;
  table: ReadTable;
  total: CellRef;
  parts: CellRef[];
  /**
   * The parts were read from where rows stand (after a total, under an outline number), not from
   * printed codes or column headers: the rows' nesting is a reading, not printed.
   */
  inferred: boolean;
  /** The identity as an explanation clause, given the sum, the printed total and the difference. */
  describe: (sum: ExplainArg, printed: ExplainArg, difference: ExplainArg) => ExplainArg;
}

/** A column by its header path ("基本支出›小计"); a table with no header names its one column "金额". */
function columnName(path: string[]): ExplainArg {
  return path.length > 0 ? path.join('›') : clause('table_amountColumn');
}

function cell(row: TableRow, column: number): CellRef {
  return { row, column, figure: row.values[column] ?? null };
}

interface CrossIdentity {
  total: TableColumn;
  parts: TableColumn[];
  names: string[];
}

function crossIdentities(node: HeaderNode, out: CrossIdentity[]): CrossIdentity[] {
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
  for (const child of node.children) crossIdentities(child, out);
  return out;
}

export function tableIdentities(table: ReadTable): TableIdentity[] {
  const out: TableIdentity[] = [];
  const columns = table.columns.map((_, c) => c);
  // Column footings: total rows.
  table.rows.forEach((row, index) => {
    if (!isTotalRow(row) || row.spansLanes) return;
    const { parts, previousTotal, byCodes } = partsOfTotal(table.rows, index);
    const terms = previousTotal ? [previousTotal, ...parts] : parts;
    if (terms.length === 0) return;
    for (const c of columns) {
      out.push({
        kind: 'table-footing',
        table,
        inferred: !byCodes,
        total: cell(row, c),
        parts: terms.map((t) => cell(t, c)),
        describe: (sum, printed, difference) =>
          clause('table_footing', {
            table: table.title,
            row: num(String(index + 1)),
            label: row.label,
            column: columnName(table.columns[c]!.path),
            printed,
            terms: previousTotal ? clause('table_sinceTotal', { label: previousTotal.label }) : clause('table_rowsSummed', { count: num(String(terms.length)) }),
            sum,
            difference,
          }),
      });
    }
  });
  // Hierarchies: codes (类 › 款 › 项, 301 › 30101) and outline numbers (一、 › （一）).
  const parents = labelParents(table.rows);
  for (const parent of table.rows) {
    const byCode = parent.code ? childrenOf(table.rows, parent) : [];
    const byColumn = byCode.length > 0 ? [] : labelChildren(table.rows, parent, parents);
    const children = byCode.length > 0 ? byCode : byColumn.length > 0 ? byColumn : outlineChildren(table.rows, parent);
    if (children.length === 0) continue;
    const name = parent.code ? clause('table_codedRow', { code: parent.code, label: parent.label }) : quoted(parent.label);
    const childNames = series(byCode.length > 0 ? children.map((ch) => ch.code ?? '') : children.map((ch) => quoted(ch.label)));
    for (const c of columns) {
      out.push({
        kind: 'table-codes',
        table,
        inferred: byCode.length === 0,
        total: cell(parent, c),
        parts: children.map((child) => cell(child, c)),
        describe: (sum, printed, difference) =>
          clause('table_codes', { table: table.title, name, column: columnName(table.columns[c]!.path), printed, children: childNames, sum, difference }),
      });
    }
  }
  // Row cross-footings by the header tree.
  for (const identity of crossIdentities(headerTree(table.columns), [])) {
    const totalIndex = table.columns.indexOf(identity.total);
    const partIndexes = identity.parts.map((p) => table.columns.indexOf(p));
    table.rows.forEach((row, r) => {
      out.push({
        kind: 'table-cross-footing',
        table,
        inferred: false,
        total: cell(row, totalIndex),
        parts: partIndexes.map((i) => cell(row, i)),
        describe: (sum, printed, difference) =>
          clause('table_crossFooting', {
            table: table.title,
            row: num(String(r + 1)),
            label: `${row.code ?? ''}${row.label}`,
            column: columnName(identity.total.path),
            printed,
            parts: identity.names.join(' + '),
            sum,
            difference,
          }),
      });
    });
  }
  return out;
}

/**
 * Family 14 across the two sides of a summary table (收入 | 支出, read as two lanes): 收入总计 = 支出总计,
 * column by column.
 */
export function balanceIdentities(tables: ReadTable[]): TableIdentity[] {
  const out: TableIdentity[] = [];
  // A total spanning both lanes ("基本支出合计" under 人员经费 | 公用经费) = the sum of each lane's total above it.
  for (const table of tables) {
    table.rows.forEach((row, index) => {
      if (!row.spansLanes || !isTotalRow(row) || table.columns.length !== 1 || !row.values[0]) return;
      const lanes = tables.filter((t) => t.source === table.source);
      const laneTotals = lanes.map((lane) => [...lane.rows].reverse().find((r) => isLaneTotal(r) && r.index < row.index)).filter((r): r is TableRow => !!r);
      if (laneTotals.length !== lanes.length) return;
      out.push({
        kind: 'table-footing',
        table,
        inferred: false,
        total: cell(row, 0),
        parts: laneTotals.map((r) => ({ row: r, column: 0, figure: r.values[0] ?? null })),
        describe: (sum, printed, difference) =>
          clause('table_acrossLanes', {
            table: table.title,
            row: num(String(index + 1)),
            label: row.label,
            printed,
            parts: series(laneTotals.map((r) => quoted(r.label)), 'common_plus'),
            sum,
            difference,
          }),
      });
    });
  }
  for (const income of tables.filter((t) => t.lane === 0)) {
    const spending = tables.find((t) => t.source === income.source && t.lane === 1);
    const incomeTotal = income.rows.find((r) => /^收入总计$/.test(r.label));
    const spendingTotal = spending?.rows.find((r) => /^支出总计$/.test(r.label));
    if (!spending || !incomeTotal || !spendingTotal || income.columns.length !== spending.columns.length) continue;
    income.columns.forEach((column, c) => {
      out.push({
        kind: 'table-footing',
        table: income,
        inferred: false,
        total: cell(incomeTotal, c),
        parts: [{ ...cell(spendingTotal, c) }],
        describe: (sum, printed, difference) => clause('table_balance', { table: income.title, column: columnName(column.path), printed, sum, difference }),
      });
    });
  }
  return out;
}

/** Identities looked at between two pauses: most have no blank part and take no arithmetic. */
const ZERO_BLANKS_A_STEP = 512;

export function cellKey(table: ReadTable, ref: Pick<CellRef, 'row' | 'column'>): string {
  return `${table.source}/${table.lane}/${ref.row.index}/${ref.column}`;
}

/**
 * Blank cells that the table's own identities show to be zero: an identity whose stated total equals
 * the sum of its stated parts (within rounding) leaves nothing for its blank parts. Two passes, so a
 * blank shown to be zero can settle another identity.
 */
export function knownZeroBlanks(identities: TableIdentity[]): Set<string> {
  const steps = knownZeroBlanksInSteps(identities);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** knownZeroBlanks() in steps of ZERO_BLANKS_A_STEP identities, for the engine's generator. */
export function* knownZeroBlanksInSteps(identities: TableIdentity[]): Generator<void, Set<string>, void> {
  const zero = new Set<string>();
  let done = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (const identity of identities) {
      if (++done % ZERO_BLANKS_A_STEP === 0) yield;
      const total = identity.total.figure;
      const stated = identity.parts.filter((p) => p.figure !== null);
      const blanks = identity.parts.filter((p) => p.figure === null && !zero.has(cellKey(identity.table, p)));
      if (!total || blanks.length === 0 || stated.length === 0) continue;
      const result = evaluateSum(total, stated.map((p) => ({ figure: p.figure!, sign: 1 as const })));
      if (result.verdict === 'exact' || result.verdict === 'rounding') for (const blank of blanks) zero.add(cellKey(identity.table, blank));
    }
  }
  return zero;
}
