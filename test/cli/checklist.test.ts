/**
 * The checklist on the command line: after each document's findings in the text output, compactly
 * (the summary line, then only ✗ and 未核对 items, a ✗ with its first place); in --md and --csv as the
 * panel exports it; always in --json (the contract); --no-checklist leaves it out of the first three.
 */
import { describe, expect, it } from 'vitest';
import { AuditOutputSchema, type Checklist } from '../../lib';
import { checklistTextLines } from '../../scripts/cli/format-text';
import { auditInProcess as audit } from '../helpers/cli';
import { EN, ZH } from '../helpers/words';

const WANZHOU = 'seeds/wanzhou-2024-yusuan.html'; // 1 error: the figures are not consistent

const place = (text: string, block: number) => ({ text, value: text, unit: '万元', quote: `合计${text}万元`, at: { block, start: 0, end: text.length } });
const CHECKLIST: Checklist = {
  version: 1,
  items: [
    { id: 'no-placeholders', group: 'form', status: 'pass', label: 'a', places: [], findings: [] },
    { id: 'units-printed', group: 'form', status: 'na', label: 'b', detail: 'not for this kind', places: [], findings: [] },
    { id: 'figures-consistent', group: 'consistency', status: 'fail', label: 'c', detail: '发现 2 处问题', explain: { key: 'checklist_common_findings', args: { count: { number: '2' } } }, places: [place('1.00', 1), place('1.00', 1), place('2.00', 2)], findings: [0, 1] },
    { id: 'contents-match', group: 'completeness', status: 'unchecked', label: 'd', detail: '相关检查未运行（已关闭或未完成）', explain: { key: 'checklist_common_notRun', args: {} }, places: [], findings: [] },
  ],
};

describe('checklistTextLines', () => {
  it('the count line, then ✗ and 未核对 only, in the groups’ order, a ✗ with its first place and how many more', () => {
    expect(checklistTextLines(CHECKLIST, ZH)).toEqual([
      '清单：4 项，✓ 1，✗ 1，不适用 1，未核对 1',
      '? 未核对 · 完整性 · 目录所列表格在正文中都有：相关检查未运行（已关闭或未完成）',
      '✗ 不符合 · 真实性/一致性 · 数字相互一致（无错误）：发现 2 处问题',
      '  1.00：“合计1.00万元”（另有 1 处）',
    ]);
  });

  it('in English', () => {
    expect(checklistTextLines(CHECKLIST, EN)).toEqual([
      'Checklist: 4 items, ✓ 1, ✗ 1, not applicable 1, not checked 1',
      '? not checked · Completeness · Every table listed in the contents is in the body: The checks it needs did not run (switched off or not finished)',
      '✗ not met · Truthfulness / consistency · The figures agree with each other (no errors): 2 problems found',
      '  1.00: “合计1.00万元” (1 more)',
    ]);
  });
});

describe('audit and the checklist', () => {
  it('text: after the findings, the summary and the ✗ item with its place; no ✓ item', async () => {
    const { code, stdout } = await audit([WANZHOU]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const summary = lines.findIndex((line) => /^ {3}清单：\d+ 项，✓ \d+，✗ 2，/.test(line));
    expect(summary).toBeGreaterThan(lines.findIndex((line) => line.includes('[错误] 单位错误')));
    const failed = lines.findIndex((line) => line === '   ✗ 不符合 · 真实性/一致性 · 数字相互一致（无错误）：发现 1 处问题');
    expect(failed).toBeGreaterThan(summary);
    expect(lines[failed + 1]).toMatch(/^ {5}10\.95元：“.*比上年减少10\.95元/);
    expect(stdout).not.toMatch(/✓ 符合/);
  });

  it('--no-checklist leaves it out of the text, Markdown and CSV, and the rest as it was', async () => {
    for (const [format, marker] of [[[], '清单：'], [['--md'], '### 检查清单'], [['--csv'], '"清单项"']] as const) {
      const withList = await audit([...format, WANZHOU]);
      const without = await audit([...format, '--no-checklist', WANZHOU]);
      expect(withList.stdout, format.join()).toContain(marker);
      expect(without.stdout, format.join()).not.toContain(marker);
      expect(without.code).toBe(0);
    }
    // The findings are untouched.
    const text = (await audit(['--no-checklist', WANZHOU])).stdout;
    expect(text).toContain('[错误] 单位错误');
  });

  it('--json always has it, per document, in the contract', async () => {
    for (const args of [['--json', WANZHOU], ['--json', '--no-checklist', WANZHOU]]) {
      const output = AuditOutputSchema.parse(JSON.parse((await audit(args)).stdout));
      const checklist = output.documents[0]!.checklist!;
      expect(checklist.version).toBe(1);
      expect(checklist.items.find((item) => item.id === 'figures-consistent')).toMatchObject({ status: 'fail', findings: [0] });
    }
  });
});
