/**
 * 完整性: the tables the national template requires, present (an empty one with its statement counts),
 * and 细化程度: spending by function down to 项, basic spending by economic class down to 款.
 *
 * The Ministry of Finance's templates (部门预算 8 tables, 部门决算 9) name them; every province's
 * template keeps them under its own numbering and near-identical titles, which lib/tables/kinds.ts reads.
 * Judged only when the document prints tables at all: a 情况说明 published without its 附表 is "not
 * checked", not "missing".
 */
import { because as explain } from './because';
import { kindOf, type TableKind } from '../tables/kinds';
import type { ReadTable } from '../tables/read';
import type { ChecklistInput, Requirement, Verdict } from './requirement';

/**
 * The tables every 部门预算 and 部门决算 must publish (the national templates' eight; the 国有资本经营 table
 * is required only by some provinces' templates, so it is not judged), each one requirement, as the
 * inspections' sheets list them.
 */
const REQUIRED: TableKind[] = ['summary', 'income', 'spending', 'fiscal-summary', 'general-spending', 'basic', 'sangong', 'fund'];

/** A fund's table may be left out when the text says the unit has none of that fund. */
const NONE_STATEMENT: Partial<Record<TableKind, RegExp>> = {
  fund: /(无|没有|未安排|不涉及)[^。；]{0,12}政府性基金|政府性基金[^。；]{0,20}(为空|无数据|为0|为零|没有|无)/,
  sangong: /(无|没有|未安排|不涉及)[^。；]{0,12}三公|三公[^。；]{0,20}(为空|无数据|均为0|为零)/,
};

/** At least this many standard tables: below it, the document is a 情况说明 whose 附表 are elsewhere. */
const MIN_TABLES = 3;

function kindsPresent(input: ChecklistInput): Map<TableKind, ReadTable> {
  const present = new Map<TableKind, ReadTable>();
  for (const table of input.analysis.tables) {
    const kind = kindOf(table);
    if (kind && !present.has(kind)) present.set(kind, table);
  }
  return present;
}

/**
 * The kinds of table printed, by read title or, where the title was broken over lines ("“三公”经费、会议
 * 费、培训费支出预算" / "表"), by the caption above the grid read whole.
 */
function kindsPrinted(input: ChecklistInput): Set<TableKind> {
  const kinds = new Set(kindsPresent(input).keys());
  for (const grid of input.analysis.document.tables) {
    // The caption's title lines only: a caption also carries the note under the table before it
    // ("注：本表反映部门本年度“三公”经费支出预决算情况。"), which names another table's subject.
    const lines = grid.caption.split(/(?<=[。；])|\s{2,}|\n/).filter((line) => !/^\s*注/.test(line) && !/[。；]\s*$/.test(line));
    const kind = kindOf({ title: lines.join('').replace(/\s+/g, '') });
    if (kind) kinds.add(kind);
  }
  return kinds;
}

function judgeTable(kind: TableKind): (input: ChecklistInput) => Verdict {
  return (input) => {
    if (!input.kind) return { status: 'unchecked', explain: explain('checklist_common_kindUnknown') };
    const present = kindsPrinted(input);
    if (present.size < MIN_TABLES) return { status: 'unchecked', explain: explain('checklist_common_noTables') };
    if (present.has(kind)) return { status: 'pass' };
    const prose = input.analysis.document.blocks.map((block) => block.text).join('\n');
    if (NONE_STATEMENT[kind]?.test(prose)) return { status: 'pass', explain: explain('checklist_common_statedNone') };
    return { status: 'fail', explain: explain('checklist_common_tableMissing') };
  };
}

/** The codes a table's rows carry, by length (3 类, 5 款, 7 项; 3 and 5 economic). */
function codeLengths(table: ReadTable): Set<number> {
  return new Set(table.rows.flatMap((row) => (row.code ? [row.code.length] : [])));
}

function judgeDepth(kinds: TableKind[], depth: number): (input: ChecklistInput) => Verdict {
  return (input) => {
    const present = kindsPresent(input);
    const table = kinds.map((kind) => present.get(kind)).find((t) => t !== undefined);
    if (!table) return { status: 'unchecked', explain: explain('checklist_common_noTable') };
    const lengths = codeLengths(table);
    // A table with no amounts (an empty fund's table) has no rows to break down.
    if (table.rows.every((row) => row.values.every((v) => v === null || v.value.isZero()))) return { status: 'na', explain: explain('checklist_common_emptyTable') };
    if (lengths.size === 0) return { status: 'unchecked', explain: explain('checklist_common_noCodes') };
    return lengths.has(depth) ? { status: 'pass' } : { status: 'fail', explain: explain('checklist_common_shallow') };
  };
}

export const TABLE_REQUIREMENTS: Requirement[] = [
  ...REQUIRED.map((kind): Requirement => ({ id: `table-${kind}`, group: 'completeness', judge: judgeTable(kind) })),
  { id: 'function-to-item', group: 'detail', judge: judgeDepth(['general-spending', 'spending'], 7) },
  { id: 'economic-to-kuan', group: 'detail', judge: judgeDepth(['basic'], 5) },
];
