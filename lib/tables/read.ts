/**
 * Reading a disclosure table: which rows are headers, what each numeric column is called (its header
 * path, top to bottom), which columns hold codes and row names, the unit, and every numeric cell as a
 * figure. Blank cells and dashes are "not stated" (null), never zero. Two-lane tables (the same column
 * group printed twice side by side) are read lane by lane.
 */
import { isAsciiDigit } from '../chars';
import type { DisclosureDocument, TableGrid } from '../model/document';
import type { Figure, MoneyUnit } from '../figures/figure';
import { numberFromParts, numberParts, plainNumber, type ParsedNumber } from '../figures/number';
import { resolveGrid, type Grid, type GridPosition } from './grid';

export interface TableColumn {
  /** Index in the resolved grid. */
  index: number;
  /** Header texts from the top header row down, repeats of a spanning cell removed. */
  path: string[];
}

export interface TableRow {
  /** Index in the resolved grid. */
  index: number;
  /** The row's name (科目名称 / 项目), without its code. */
  label: string;
  /** Classification code ("2080501", "30101"), from a code column, split 类/款/项 columns or the label. */
  code: string | null;
  /** One entry per numeric column (same order as ReadTable.columns): a figure, or null when blank. */
  values: Array<Figure | null>;
  /** In a two-lane table, a row whose name spans both lanes ("基本支出合计" under 人员经费 | 公用经费). */
  spansLanes: boolean;
  /**
   * Where the row's own name is printed among the lane's name columns (0 = the first), first and last:
   * in a table whose levels stand in columns of their own (政府采购: 采购品目大类 | 专项名称 | 采购物品名称)
   * that is the row's level. Null when the row prints no name of its own.
   */
  labelColumns: { first: number; last: number } | null;
}

export interface ReadTable {
  /** Index of the (first) source table in document.tables. */
  source: number;
  /** The title line above the table ("一般公共预算财政拨款支出决算表"). */
  title: string;
  unit: MoneyUnit;
  /** 0 for a one-lane table; 0 and 1 for the two lanes of a side-by-side table. */
  lane: number;
  columns: TableColumn[];
  rows: TableRow[];
}

const CODE = /^(\d{3}|\d{5}|\d{7})$/;
const CODE_HEADER = /编码|代码|^类$|^款$|^项$|科目代码/;
const LINE_NUMBER_HEADER = /^(行次|栏次|序号)$/;
const UNIT_LINE = /(金额)?单位[：:]\s*(万元|元|亿元)/;

function unitOf(caption: string): MoneyUnit {
  const match = UNIT_LINE.exec(caption);
  return (match?.[2] as MoneyUnit | undefined) ?? '万元';
}

/** A table's number ("公开02表", "表3"), not its title. */
const TABLE_NUMBER = /^(公开\d+表|公开表[\d一二三四五六七八九十]+|表[\d一二三四五六七八九十]+|附表\d+|部门公开表\d+)$/;

/** The title is the caption's last line that names a table (…表): the one nearest the table. */
function titleOf(caption: string): string {
  const parts = caption.split(/\s+/).filter((part) => part && !UNIT_LINE.test(part) && !TABLE_NUMBER.test(part));
  return [...parts].reverse().find((part) => /表/.test(part)) ?? parts[parts.length - 1] ?? '';
}

/** A row that only carries the table's number, unit or compiling unit ("公开02表 | 金额单位：万元"). */
function isCaptionRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t.trim() !== '');
  return filled.length > 0 && filled.every((t) => TABLE_NUMBER.test(t.replace(/\s/g, '')) || UNIT_LINE.test(t) || /^(编制(单位|部门)|单位名称)[：:]/.test(t.trim()));
}

interface ParsedCell {
  blank: boolean;
  value: (ParsedNumber & { negative: boolean }) | null;
}

/** A cell's printed number before its value is read: blank, or its parts (null when it is not a number). */
interface CellNumber {
  blank: boolean;
  parts: { integer: string; fraction: string; negative: boolean } | null;
}

function cellNumber(text: string): CellNumber {
  const t = text.trim();
  // Most cells: a digit at each end, so neither blank, nor a dash, nor negative, nor in brackets.
  if (isAsciiDigit(t.charCodeAt(0)) && isAsciiDigit(t.charCodeAt(t.length - 1))) {
    const parts = numberParts(t);
    return { blank: false, parts: parts ? { ...parts, negative: false } : null };
  }
  if (t === '' || /^[-－—–/\\]+$/.test(t)) return { blank: true, parts: null };
  const negative = /^[（(].*[)）]$/.test(t) || t.startsWith('-');
  const parts = numberParts(t.replace(/^[（(-]|[)）]$/g, ''));
  return { blank: false, parts: parts ? { ...parts, negative } : null };
}

/** A cell's number: "1,234.50", "(12.00)" and "-12.00" for negatives; "", "-", "—" are blank (not stated). */
export function parseCell(text: string): ParsedCell {
  const { blank, parts } = cellNumber(text);
  return { blank, value: parts ? { ...numberFromParts(parts.integer, parts.fraction), negative: parts.negative } : null };
}

/**
 * Whether a cell holds a number, asked of every cell to classify the columns: its shape alone, the
 * value (a Decimal) is read only for the cells that become figures.
 */
function isNumberCell(text: string): boolean {
  return cellNumber(text).parts !== null;
}

function isDataLike(text: string): boolean {
  const { parts } = cellNumber(text);
  if (!parts) return false;
  const plain = plainNumber(parts.integer, parts.fraction);
  // Codes and line numbers are integers; amounts usually carry decimals or are large.
  return parts.fraction.length > 0 || /,/.test(text) || (plain.length >= 4 && !CODE.test(plain));
}

function cellText(position: GridPosition | null): string {
  return position?.cell.text ?? '';
}

function headerRowCount(grid: Grid): number {
  for (let r = 0; r < grid.length; r++) {
    if (grid[r]!.some((position) => position && position.originRow === r && isDataLike(cellText(position)))) return r;
  }
  return grid.length;
}

function columnPath(grid: Grid, headerRows: number, c: number): string[] {
  const path: string[] = [];
  for (let r = 0; r < headerRows; r++) {
    const text = cellText(grid[r]![c]!).replace(/\s/g, '');
    // "栏次" names the row of column numbers (1 2 3 …), not the column it stands in.
    if (!text || /^\d+$/.test(text) || text === '栏次' || (path.length > 0 && text === path[path.length - 1])) continue;
    path.push(text);
  }
  return path;
}

/** Column groups printed twice side by side: the header texts of one row repeat with period width/2. */
function laneSplit(grid: Grid, headerRows: number, width: number): number[][] {
  const all = Array.from({ length: width }, (_, c) => c);
  if (width < 4 || width % 2 !== 0) return headerGroupLanes(grid, headerRows, width) ?? labelStartLanes(grid, headerRows, width) ?? [all];
  const half = width / 2;
  for (let r = 0; r < headerRows; r++) {
    const texts = all.map((c) => cellText(grid[r]![c]!).replace(/\s/g, ''));
    const left = texts.slice(0, half);
    const right = texts.slice(half);
    if (left.every((t, i) => t === right[i]) && left.some((t) => /编码|项目|科目|名称/.test(t))) return [all.slice(0, half), all.slice(half)];
  }
  // Summary tables: 收入 | 支出 halves whose lower header row repeats (项目 行次 金额 | 项目 行次 金额).
  const last = headerRows - 1;
  if (last >= 0) {
    const texts = all.map((c) => cellText(grid[last]![c]!).replace(/\s/g, ''));
    if (texts.slice(0, half).every((t, i) => t === texts[half + i]) && texts.slice(0, half).some((t) => /项目|科目/.test(t))) return [all.slice(0, half), all.slice(half)];
  }
  return headerGroupLanes(grid, headerRows, width) ?? labelStartLanes(grid, headerRows, width) ?? [all];
}

const LANE_START_HEADER = /^(项目|科目|科目名称|项目名称|名称|功能科目名称|经济科目名称)$/;

/**
 * Lanes nested under the top header (江苏's 收支预算总表: 收入 › 项目名称 | 金额, then 支出 › 功能分类 ›
 * 功能科目名称 | 金额 and 支出 › 支出用途 › 项目名称 | 金额): each lane starts at a column headed by a name
 * header (in any header row, in a cell that starts there) and runs to the next; every lane has a name
 * column and at least one other.
 */
function labelStartLanes(grid: Grid, headerRows: number, width: number): number[][] | null {
  if (headerRows < 2) return null;
  const starts: number[] = [];
  for (let c = 0; c < width; c++) {
    const named = grid.slice(0, headerRows).some((row) => {
      const position = row[c];
      return !!position && position.originCol === c && LANE_START_HEADER.test(cellText(position).replace(/\s/g, ''));
    });
    if (named) starts.push(c);
  }
  if (starts.length < 2 || starts[0] !== 0) return null;
  const lanes = starts.map((start, i) => Array.from({ length: (starts[i + 1] ?? width) - start }, (_, k) => start + k));
  // Each lane has amounts of its own (not only the code columns before a 科目名称).
  const hasAmounts = (lane: number[]) => lane.some((c) => grid.slice(headerRows).some((row) => row[c]?.originCol === c && isDataLike(cellText(row[c]!))));
  return lanes.every((lane) => lane.length >= 2 && hasAmounts(lane)) ? lanes : null;
}

const LANE_LABEL_HEADER = /^(项目|科目|科目名称|项目名称|名称)$/;

/**
 * Lanes of unequal width (财政拨款收支总表: 收入 › 项目 | 预算数, then 支出 › 项目 | 合计 | 一般公共预算 | …): the
 * top header row's cells split the columns into groups, and each group starts with its own 项目 column.
 */
function headerGroupLanes(grid: Grid, headerRows: number, width: number): number[][] | null {
  if (headerRows < 2) return null;
  const top = grid[0]!;
  const groups: number[][] = [];
  for (let c = 0; c < width; c++) {
    const position = top[c];
    if (!position) return null;
    if (position.originCol === c) groups.push([]);
    groups[groups.length - 1]!.push(c);
  }
  if (groups.length < 2) return null;
  const labelled = groups.every((group) => group.length >= 2 && grid.slice(1, headerRows).some((row) => LANE_LABEL_HEADER.test(cellText(row[group[0]!]!).replace(/\s/g, ''))));
  return labelled ? groups : null;
}


interface LaneColumns {
  code: number[];
  label: number[];
  numeric: number[];
}

function classifyColumns(grid: Grid, headerRows: number, columns: number[]): LaneColumns {
  const out: LaneColumns = { code: [], label: [], numeric: [] };
  for (const c of columns) {
    const path = columnPath(grid, headerRows, c);
    const header = path.join('');
    const cells = grid.slice(headerRows).map((row) => cellText(row[c]!)).filter((t) => t.trim() !== '');
    if (LINE_NUMBER_HEADER.test(path[path.length - 1] ?? '')) continue;
    const codes = cells.filter((t) => CODE.test(t.trim())).length;
    const numbers = cells.filter(isNumberCell).length;
    // A column headed 类, 款 or 项 holds that part of the code ("05"), whatever the header above says.
    if ((CODE_HEADER.test(header) || /^[类款项]$/.test(path[path.length - 1] ?? '')) && !/金额|合计|数$/.test(header)) out.code.push(c);
    // An amount column may be blank all the way down (a continued table's 项目支出): its header says what it is.
    else if (cells.length === 0 && /合计|支出|收入|经费|金额|数$|费$/.test(path[path.length - 1] ?? '')) out.numeric.push(c);
    // Integers of 3/5/7 digits are codes only where the header does not name an amount ("公务接待费 240").
    else if (cells.length > 0 && codes === cells.length && numbers === codes && !/金额|合计|数$|费$|支出|收入|经费/.test(header)) out.code.push(c);
    else if (numbers > 0 && numbers >= cells.length / 2) out.numeric.push(c);
    else out.label.push(c);
  }
  return out;
}

/** A line that may stand between a table and its continuation: 续表, the unit, the table's number. */
function isContinuationLine(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return /^[（(]?续(表[\d一二三四五六七八九十]*)?[）)]?[：:]?$/.test(t) || UNIT_LINE.test(t) && t.length <= 20 || TABLE_NUMBER.test(t);
}

/**
 * Whether a table's lane can continue another: as many amount columns, and the same headers when it
 * repeats them (a continuation printed without a header has none of its own; one that repeats the
 * lower header rows has the ends of the same paths).
 */
function sameColumns(previous: ReadTable, next: ReadTable): boolean {
  if (previous.columns.length !== next.columns.length) return false;
  return next.columns.every((column, i) => {
    const before = previous.columns[i]!.path;
    // A repeated header may repeat only its lower rows (项目 | 行次 | 金额 without 收入 | 支出 above).
    return column.path.every((name, k) => before[before.length - column.path.length + k] === name);
  });
}

/**
 * A caption that repeats the one before without its table's number (表十二 2017年政府采购预算表 on the
 * first page, 2017年政府采购预算表 over the rest): the same table, continued. A caption with a number
 * of its own begins a table.
 */
function repeatsTitle(previous: string | null, caption: string): boolean {
  const parts = (text: string) => text.split(/\s+/).filter((part) => part !== '');
  const numbered = (part: string) => TABLE_NUMBER.test(part);
  if (previous === null || parts(caption).some(numbered) || !parts(previous).some(numbered)) return false;
  return parts(previous).filter((part) => !numbered(part)).join(' ') === parts(caption).join(' ');
}

export interface ReadOptions {
  firstFigureId: number;
}

/** Reads every table of a document, merging continuations (a table with the same caption, no title of its own). */
export function readTables(document: DisclosureDocument, options: ReadOptions = { firstFigureId: 0 }): { tables: ReadTable[]; figures: Figure[] } {
  const steps = readTablesInSteps(document, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * readTables() a table a step, for the engine's generator: a page of hundreds of tables took 300 ms
 * of CPU to read in one step.
 */
export function* readTablesInSteps(document: DisclosureDocument, options: ReadOptions = { firstFigureId: 0 }): Generator<void, { tables: ReadTable[]; figures: Figure[] }, void> {
  const tables: ReadTable[] = [];
  const figures: Figure[] = [];
  let previousCaption: string | null = null;
  let previous: ReadTable[] = [];
  let previousFile: string | undefined;
  for (const table of document.tables) {
    // A table never continues one of another file (a document merged from several: lib/model/merge.ts).
    const sameFile = table.file === previousFile;
    const continued = previous.length > 0 && sameFile && (table.caption === previousCaption || repeatsTitle(previousCaption, table.caption) || (table.lead !== null && table.lead.every(isContinuationLine)));
    const read = readTable(table, options.firstFigureId + figures.length);
    for (const lane of read.tables) {
      const target = continued ? previous.find((p) => p.lane === lane.lane && sameColumns(p, lane)) : undefined;
      if (target) target.rows.push(...lane.rows);
      else tables.push(lane);
    }
    figures.push(...read.figures);
    if (!continued) previous = read.tables;
    previousCaption = table.caption;
    previousFile = table.file;
    yield;
  }
  return { tables, figures };
}

function readTable(source: TableGrid, firstId: number): { tables: ReadTable[]; figures: Figure[] } {
  // Leading rows that only hold the table's number and unit belong to its caption.
  let captionRows = 0;
  while (captionRows < source.rows.length && isCaptionRow(source.rows[captionRows]!.map((cell) => cell.text))) captionRows++;
  const table: TableGrid = captionRows === 0 ? source : {
    ...source,
    caption: [source.caption, ...source.rows.slice(0, captionRows).flatMap((row) => row.map((cell) => cell.text))].join(' '),
    rows: source.rows.slice(captionRows),
  };
  const grid = resolveGrid(table);
  const width = grid[0]?.length ?? 0;
  const headerRows = headerRowCount(grid);
  const unit = unitOf(table.caption);
  const title = titleOf(table.caption);
  const figures: Figure[] = [];
  const lanes = laneSplit(grid, headerRows, width);
  const tables = lanes.map((laneColumns, lane) => {
    const kinds = classifyColumns(grid, headerRows, laneColumns);
    const columns = kinds.numeric.map((index) => ({ index, path: columnPath(grid, headerRows, index) }));
    const rows: TableRow[] = [];
    let inheritedCode = '';
    /** The name last printed in each name column (k: its place among kinds.label). */
    const lastName: string[] = [];
    for (let r = headerRows; r < grid.length; r++) {
      const row = grid[r]!;
      const label = kinds.label.map((c) => cellText(row[c]!)).filter((t, i, all) => t && all.indexOf(t) === i).join('').replace(/\s/g, '');
      let code: string | null = null;
      if (kinds.code.length > 0) {
        const parts = kinds.code.map((c) => cellText(row[c]!).replace(/\s/g, ''));
        const joined = parts.join('');
        // Split 类/款/项 columns sometimes print only the new part of a code: inherit the rest.
        code = joined === '' ? null : parts[0] === '' && inheritedCode ? inheritedCode.slice(0, 3) + joined : joined;
        if (code && /^\d+$/.test(code)) inheritedCode = code;
        else if (code && !/^\d+$/.test(code)) code = null;
      }
      const codeInLabel = /^(\d{3}(?:\d{2}){0,2})(?!\d)/.exec(label);
      if (!code && codeInLabel) code = codeInLabel[1]!;
      // Split 类/款/项 columns whose 项 digits slipped into the name ("212 | 01 | | 04城管执法", as a PDF's
      // columns are sometimes read): the row is 2120104.
      const slipped = code && code.length < 7 && kinds.code.length > 1 ? /^(\d{2})(?=[\u4e00-\u9fff])/.exec(label) : null;
      if (slipped) code += slipped[1]!;
      const cleanLabel = codeInLabel ? label.slice(codeInLabel[0].length) : slipped ? label.slice(2) : label;
      const values = columns.map(({ index }) => {
        const position = row[index];
        if (!position || position.originRow !== r) return null;
        const parsed = parseCell(position.cell.text);
        if (!parsed.value) return null;
        const text = position.cell.text.trim();
        const start = position.cell.text.indexOf(text);
        const figure: Figure = {
          id: firstId + figures.length,
          block: -1,
          cell: { table: table.index, row: position.sourceRow + captionRows, cell: position.sourceCell },
          start,
          end: start + text.length,
          number: parsed.value.plain,
          text,
          value: parsed.value.negative ? parsed.value.value.neg() : parsed.value.value,
          scale: parsed.value.scale,
          unit,
          kind: 'money',
        };
        figures.push(figure);
        return figure;
      });
      if (values.every((v) => v === null) && !label) continue;
      const first = laneColumns[0]!;
      const last = laneColumns[laneColumns.length - 1]!;
      const spansLanes = lanes.length > 1 && kinds.label.some((c) => {
        const position = row[c];
        return !!position && (position.originCol < first || position.originCol + position.cell.colSpan - 1 > last);
      });
      // Only cells that begin here: a name spanning down from a row above is that row's, and one spanning
      // several name columns stands where it begins.
      const own = kinds.label.map((c, k) => (row[c]?.originRow === r && row[c]!.originCol === c && cellText(row[c]!).trim() !== '' ? k : -1)).filter((k) => k >= 0);
      const nameAt = (k: number) => cellText(row[kinds.label[k]!]!).replace(/\s/g, '');
      // A heading's merged cell printed again where a page breaks its group (省委办公厅 2017's 政府采购:
      // 机要及电子政务业务费 over its first item on one page and over the other seven on the next) stays
      // the heading's: the row's own name begins after it.
      while (own.length > 1 && row[kinds.label[own[0]!]!]!.cell.rowSpan > 1 && nameAt(own[0]!) === lastName[own[0]!]) own.shift();
      for (const k of own) lastName[k] = nameAt(k);
      const labelColumns = own.length > 0 ? { first: own[0]!, last: own[own.length - 1]! } : null;
      rows.push({ index: r, label: cleanLabel, code, values, spansLanes, labelColumns });
    }
    return { source: table.index, title, unit, lane, columns, rows };
  });
  return { tables, figures };
}

