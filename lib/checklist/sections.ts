/**
 * 完整性 and 细化程度 of the 情况说明: what the inspections require it to explain — the 三公 costs (in a
 * 决算 with the numbers of trips, vehicles and receptions), 机关运行经费, 政府采购 (in a 决算 with the
 * share awarded to small and medium enterprises), the state assets (车辆), 绩效, and a 名词解释.
 * Judged only when the document has a 情况说明: a file of 附表 alone is "not checked".
 */
import { because as explain } from './because';
import type { ChecklistInput, Requirement, Verdict } from './requirement';

/** Below this much prose, the document is its tables (the 情况说明 published as another file). */
const MIN_PROSE_CHARS = 1500;

/** The prose of each document, joined once: nine requirements ask for it (20-50 ms of CPU each time on a 5 MB page). */
const PROSE = new WeakMap<object, string | null>();

function proseOf(input: ChecklistInput): string | null {
  const document = input.analysis.document;
  let prose = PROSE.get(document);
  if (prose === undefined) {
    const text = document.blocks.map((block) => block.text).join('\n');
    PROSE.set(document, (prose = text.length >= MIN_PROSE_CHARS ? text : null));
  }
  return prose;
}

/** `none`: the text saying the unit has nothing of the kind ("本单位无政府采购事项"), which meets it. */
function mentions(pattern: RegExp, only?: '预算' | '决算', none?: RegExp): (input: ChecklistInput) => Verdict {
  return (input) => {
    if (only && input.kind !== only) return { status: 'na', explain: explain(only === '决算' ? 'checklist_common_finalOnly' : 'checklist_common_budgetOnly') };
    const prose = proseOf(input);
    if (prose === null) return { status: 'unchecked', explain: explain('checklist_common_noProse') };
    if (pattern.test(prose)) return { status: 'pass' };
    if (none?.test(prose)) return { status: 'na', explain: explain('checklist_common_statedNone') };
    return { status: 'fail', explain: explain('checklist_common_notMentioned') };
  };
}

const NO_PROCUREMENT = /(?:无|未发生|没有|未安排)[^。；]{0,6}政府采购|政府采购[^。；]{0,20}(?:无|为0(?![\d.])|(?<![\d.])0(?:\.0+)?万元|为零)/;

/**
 * The 三公 parts with their numbers (决算): each part gives its count ("组织因公出国（境）团组2个",
 * "公务用车保有量5辆", "国内公务接待12批次"), or says it had none.
 */
const SANGONG_PARTS: Record<'trips' | 'vehicles' | 'receptions', [RegExp, RegExp]> = {
  trips: [/\d+\s*个?\s*(?:团组|团次)|团组\s*\d+|出国[^。；]{0,30}\d+\s*人次/, /(?:无|未发生|没有|未安排)[^。；]{0,10}因公出国|因公出国[^。；]{0,30}(?:为0(?![\d.])|(?<![\d.])0(?:\.0+)?万元|为零|无)/],
  vehicles: [/\d+\s*辆/, /(?:无|未发生|没有)[^。；]{0,10}公务用车|公务用车[^。；]{0,40}(?:为0(?![\d.])|(?<![\d.])0(?:\.0+)?万元|为零|无)/],
  receptions: [/\d+\s*批次|接待[^。；]{0,30}\d+\s*人次/, /(?:无|未发生|没有)[^。；]{0,10}公务接待|公务接待[^。；]{0,30}(?:为0(?![\d.])|(?<![\d.])0(?:\.0+)?万元|为零|无)/],
};

function sangongCount([count, none]: [RegExp, RegExp]): (input: ChecklistInput) => Verdict {
  return (input) => {
    if (input.kind !== '决算') return { status: 'na', explain: explain('checklist_common_finalOnly') };
    const prose = proseOf(input);
    if (prose === null) return { status: 'unchecked', explain: explain('checklist_common_noProse') };
    if (count.test(prose)) return { status: 'pass' };
    return none.test(prose) ? { status: 'pass', explain: explain('checklist_common_statedNone') } : { status: 'fail', explain: explain('checklist_common_notMentioned') };
  };
}

export const SECTION_REQUIREMENTS: Requirement[] = [
  { id: 'sangong-explained', group: 'completeness', judge: mentions(/三公/) },
  { id: 'running-costs-explained', group: 'completeness', judge: mentions(/机关运行经费/) },
  { id: 'procurement-explained', group: 'completeness', judge: mentions(/政府采购/) },
  { id: 'assets-explained', group: 'completeness', judge: mentions(/国有资产|资产占[有用]|车辆|公务用车[^。；]{0,10}\d+\s*辆/, '决算') },
  { id: 'performance-explained', group: 'completeness', judge: mentions(/绩效/) },
  { id: 'sangong-trips-count', group: 'detail', judge: sangongCount(SANGONG_PARTS.trips) },
  { id: 'sangong-vehicles-count', group: 'detail', judge: sangongCount(SANGONG_PARTS.vehicles) },
  { id: 'sangong-receptions-count', group: 'detail', judge: sangongCount(SANGONG_PARTS.receptions) },
  { id: 'procurement-sme', group: 'detail', judge: mentions(/中小企业/, '决算', NO_PROCUREMENT) },
];
