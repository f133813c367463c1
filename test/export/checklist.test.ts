/**
 * The checklist in the exports: Markdown (a section after the findings, grouped in the inspections'
 * order, each item with its mark, word, why, and its places' quotes), CSV (rows after the findings in
 * the same table: the first seventeen columns as before, 记录类型 / 清单分组 / 清单结论 / 清单说明 added at
 * the end) and JSON (the checklist as the contract has it, validated by its schema); left out on request.
 */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, MARKDOWN_PLACES, ReportFileSchema, csvHeader, toCsv, toJson, toMarkdown } from '../../lib/export';
import type { Checklist, ChecklistItem, FigureRef } from '../../lib/report';
import { parseCsv } from '../helpers/csv';
import { EN, ZH } from '../helpers/words';
import { sampleItem } from './sample';

const place = (text: string, block: number): FigureRef => ({ text, value: text, unit: '万元', quote: `合计${text}万元`, at: { block, start: 2, end: 2 + text.length } });
const item = (id: string, group: ChecklistItem['group'], status: ChecklistItem['status'], more: Partial<ChecklistItem> = {}): ChecklistItem => ({ id, group, status, label: `要求${id}`, places: [], findings: [], ...more });

const MANY = [1, 2, 3, 4, 5, 6, 7].map((i) => place(`${i}.00`, i));
// Out of the groups' order, with every status, a repeated place and more places than Markdown lists.
const CHECKLIST: Checklist = {
  version: 1,
  items: [
    item('no-placeholders', 'form', 'pass'),
    item('figures-consistent', 'consistency', 'fail', { detail: '发现 8 处问题', explain: { key: 'checklist_common_findings', args: { count: { number: '8' } } }, places: [MANY[0]!, MANY[0]!, ...MANY.slice(1)], findings: [0] }),
    item('contents-match', 'completeness', 'unchecked', { detail: '相关检查未运行（已关闭或未完成）', explain: { key: 'checklist_common_notRun', args: {} } }),
    item('units-printed', 'form', 'na', { detail: '不适用于此文件' }),
    item('x-hostile', 'form', 'fail', { label: '标题 *粗* [链](javascript:x)', detail: '=HYPERLINK("x")', places: [place('9.00', 9)] }),
  ],
};
const withChecklist = sampleItem({ checklist: CHECKLIST });

describe('Markdown', () => {
  const markdown = toMarkdown([withChecklist], { includeInfo: false, words: ZH });
  const section = markdown.slice(markdown.indexOf('### 检查清单'));

  it('after the findings: a heading, the summary, the four groups in order, an empty group said to be empty', () => {
    expect(markdown.indexOf('### 检查清单')).toBeGreaterThan(markdown.indexOf('【错误·分项与合计】'));
    expect(section).toContain('清单：5 项，✓ 1，✗ 2，不适用 1，未核对 1');
    const headings = section.split('\n').filter((line) => line.startsWith('#### '));
    expect(headings).toEqual(['#### 完整性', '#### 细化程度', '#### 真实性/一致性', '#### 规范性']);
    const detail = section.slice(section.indexOf('#### 细化程度'), section.indexOf('#### 真实性/一致性'));
    expect(detail).toContain('- （本版暂无此类检查项）');
  });

  it('each item with its mark and word, its label in the reader’s words and why', () => {
    const items = section.split('\n').filter((line) => /^- [✓✗—?] /.test(line));
    expect(items).toEqual([
      '- ? 未核对：目录所列表格在正文中都有——相关检查未运行（已关闭或未完成）',
      '- ✗ 不符合：数字相互一致（无错误）——发现 8 处问题',
      '- ✓ 符合：没有未填写的占位符（如“XX”）',
      '- — 不适用：金额和比例都标明了单位——不适用于此文件',
      '- ✗ 不符合：标题 \\*粗\\* \\[链\\](javascript:x)——=HYPERLINK("x")',
    ]);
  });

  it('a ✗ quotes its places, each once, the first few, and counts the rest', () => {
    const start = section.indexOf('数字相互一致');
    const lines = section.slice(start).split('\n').slice(1, 1 + MARKDOWN_PLACES + 1);
    expect(lines).toEqual([...MANY.slice(0, MARKDOWN_PLACES).map((p) => `  - ${p.text}：“${p.quote}”`), `  - ……另有 ${MANY.length - MARKDOWN_PLACES} 处`]);
  });

  it('in English: words and the messages’ labels in English, the document’s quotes as printed', () => {
    const english = toMarkdown([withChecklist], { includeInfo: false, words: EN });
    expect(english).toContain('### Checklist');
    expect(english).toContain('Checklist: 5 items, ✓ 1, ✗ 2, not applicable 1, not checked 1');
    expect(english).toContain('#### Truthfulness / consistency');
    expect(english).toContain('- ✗ not met: The figures agree with each other (no errors) — 8 problems found');
    expect(english).toContain('- ? not checked: Every table listed in the contents is in the body — The checks it needs did not run (switched off or not finished)');
    expect(english).toContain('  - 1.00: “合计1.00万元”');
  });

  it('left out when asked, and absent from a report without one', () => {
    expect(toMarkdown([withChecklist], { includeInfo: false, words: ZH, checklist: false })).not.toContain('检查清单');
    const { checklist: _, ...without } = withChecklist.report;
    expect(toMarkdown([{ ...withChecklist, report: without }], { includeInfo: false, words: ZH })).not.toContain('检查清单');
  });
});

describe('CSV', () => {
  const header = csvHeader(ZH);
  const rows = parseCsv(toCsv([withChecklist], { includeInfo: false, words: ZH }).slice(1));
  const column = (row: string[], name: string) => row[header.indexOf(name)];

  it('the columns of before, unchanged, then four at the end', () => {
    expect(CSV_COLUMNS.slice(0, 17)).toEqual(['address', 'readAt', 'title', 'unit', 'year', 'kind', 'index', 'severity', 'check', 'message', 'expected', 'actual', 'difference', 'differenceUnit', 'figures', 'quotes', 'table']);
    expect(header.slice(17)).toEqual(['记录类型', '清单分组', '清单结论', '清单说明']);
    expect(rows[0]).toEqual(header);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('the findings’ rows first (问题), then an item’s row each (清单项), grouped in order and numbered', () => {
    const kinds = rows.slice(1).map((row) => column(row, '记录类型'));
    const findings = withChecklist.report.findings.filter((f) => f.severity !== 'info').length;
    expect(kinds).toEqual([...Array<string>(findings).fill('问题'), ...Array<string>(5).fill('清单项')]);
    const items = rows.slice(1 + findings);
    expect(items.map((row) => [column(row, '序号'), column(row, '清单分组'), column(row, '清单结论'), column(row, '说明'), column(row, '清单说明')])).toEqual([
      ['1', '完整性', '? 未核对', '目录所列表格在正文中都有', '相关检查未运行（已关闭或未完成）'],
      ['2', '真实性/一致性', '✗ 不符合', '数字相互一致（无错误）', '发现 8 处问题'],
      ['3', '规范性', '✓ 符合', '没有未填写的占位符（如“XX”）', ''],
      ['4', '规范性', '— 不适用', '金额和比例都标明了单位', '不适用于此文件'],
      // Page text never becomes a formula (csvField), here as anywhere.
      ['5', '规范性', '✗ 不符合', '标题 *粗* [链](javascript:x)', '\'=HYPERLINK("x")'],
    ]);
    // Its places, each once, in the columns of a finding's figures and quotes; no severity, no check.
    expect(column(items[1]!, '涉及数字')).toBe(MANY.map((p) => p.text).join('；'));
    expect(column(items[1]!, '原文摘录')).toBe(MANY.map((p) => `“${p.quote}”`).join('；'));
    expect([column(items[1]!, '严重程度'), column(items[1]!, '检查'), column(items[1]!, '地址')]).toEqual(['', '', withChecklist.url]);
  });

  it('left out when asked', () => {
    const plain = parseCsv(toCsv([withChecklist], { includeInfo: false, words: ZH, checklist: false }).slice(1));
    expect(plain.slice(1).every((row) => column(row, '记录类型') === '问题')).toBe(true);
    expect(plain.length).toBe(rows.length - 5);
  });

  it('in English', () => {
    const english = parseCsv(toCsv([withChecklist], { includeInfo: false, words: EN }).slice(1));
    expect(english[0]!.slice(17)).toEqual(['Record', 'Checklist group', 'Checklist status', 'Checklist detail']);
    expect(english.at(-1)!.slice(17, 19)).toEqual(['Checklist item', 'Form']);
  });
});

describe('JSON', () => {
  it('carries the checklist as the report has it, and reads back through the schema', () => {
    const file = ReportFileSchema.parse(JSON.parse(toJson([withChecklist], new Date())));
    expect(file.documents[0]!.report.checklist).toEqual(CHECKLIST);
  });

  it('the engine’s own checklist goes through too', () => {
    const engine = sampleItem();
    expect(engine.report.checklist!.items.length).toBeGreaterThan(0);
    expect(ReportFileSchema.parse(JSON.parse(toJson([engine], new Date()))).documents[0]!.report.checklist).toEqual(engine.report.checklist);
  });

  it('refuses a checklist that does not fit the contract', () => {
    const bad = { ...CHECKLIST, items: [{ ...CHECKLIST.items[0]!, status: 'maybe' as 'pass' }] };
    expect(() => toJson([sampleItem({ checklist: bad })], new Date())).toThrow();
  });
});
