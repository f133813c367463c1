/**
 * One finding in words (lib/i18n/finding.ts), the renderer the card, the panel, the copied text,
 * Markdown, CSV and the CLI share: what the printed figure is compared with and how that value came
 * about, units on every number, differences between rates in percentage points, which figure is in
 * doubt, and the CLI's lines.
 */
import { describe, expect, it } from 'vitest';
import { findingTextLines, findingWords, numbersLine } from '../../lib/i18n/finding';
import type { Finding, FigureRef } from '../../lib/report';
import { formatReport } from '../../scripts/cli/format-text';
import { EN, ZH } from '../helpers/words';

const fig = (text: string, unit: string | null, quote = `……${text}……`): FigureRef => ({ text, value: text.replace(/[^\d.]/g, ''), unit, quote });
const finding = (check: string, figures: FigureRef[], expected: string | null, actual: string | null): Finding => ({ check, severity: 'error', message: 'm', figures, expected, actual });

describe('findingWords', () => {
  it.each([
    // check, figures, expected, actual → [label, value] pairs, figure in doubt
    ['parts-total: bare sums take the total\'s unit', finding('parts-total', [fig('161.78万元', '万元'), fig('4.18万元', '万元')], '161.07', '161.78'), '按其他数字算得：161.07万元；此处所印：161.78万元；相差：+0.71万元', '161.78万元'],
    ['a score keeps its printed precision and unit', finding('non-money-sum', [fig('90分', '分'), fig('59.1分', '分'), fig('34分', '分')], '93.1', '90'), '按其他数字算得：93.1分；此处所印：90分；相差：-3.1分', '90分'],
    ['restated: the other value is printed elsewhere', finding('restated', [fig('3.62万元', '万元'), fig('3.61万元', '万元')], '3.61万元', '3.62万元'), '另一处所印：3.61万元；此处所印：3.62万元；相差：+0.01万元', '3.62万元'],
    ['unit slip: the figure read in its neighbours\' unit', finding('unit-slip', [fig('7.02元', '元'), fig('16.01万元', '万元')], '7.02万元', '7.02元'), '按邻近数字的单位计：7.02万元；此处所印：7.02元', '7.02元'],
    ['two rates differ in percentage points', finding('budget-vs-actual', [fig('100%', '%'), fig('212.11万元', '万元')], '98.4%', '100%'), '按其他数字算得：98.4%；此处所印：100%；相差：+1.6个百分点', '100%'],
    ['a sum equal to one of its terms is still computed (215.36 + 0)', finding('table-cross-footing', [fig('215.63', '万元'), fig('215.36', '万元')], '215.36', '215.63'), '按其他数字算得：215.36万元；此处所印：215.63万元；相差：+0.27万元', '215.63万元'],
    ['the figure in doubt is the one printed as `actual`, not the first', finding('budget-vs-actual', [fig('83.32万元', '万元'), fig('83.32万元', '万元'), fig('100.0%', '%')], null, '100.0%'), '此处所印：100.0%', '100.0%'],
    ['a table cell without its unit in the text', finding('table-codes', [fig('215.63', '万元'), fig('396.83', '万元'), fig('181.47', '万元')], '397.10', '396.83'), '按其他数字算得：397.10万元；此处所印：396.83万元；相差：-0.27万元', '396.83万元'],
  ])('%s', (_, item, line, questioned) => {
    const view = findingWords(ZH, item);
    expect(numbersLine(ZH, view)).toBe(line);
    expect(view.questioned).toBe(questioned);
  });

  it.each([
    [ZH, '+1.6', '个百分点', '相差：+1.6个百分点'],
    [EN, '+1.6', 'percentage points', 'Difference: +1.6 percentage points'],
  ])('%#: a difference of rates, apart for CSV and in words', (words, number, unit, text) => {
    const view = findingWords(words, finding('budget-vs-actual', [fig('100%', '%')], '98.4%', '100%'));
    expect(view.difference).toEqual({ number, unit });
    expect(numbersLine(words, view)).toContain(text);
  });

  it('in English: grouped digits and the unit in words', () => {
    const view = findingWords(EN, finding('parts-total', [fig('1300.50万元', '万元')], '100.00', '1300.50'));
    expect(numbersLine(EN, view)).toBe('Computed from the other figures: 100.00 ×10k yuan; Printed here: 1,300.50 ×10k yuan; Difference: +1,200.50 ×10k yuan');
  });
});

describe('the CLI prints what the card shows', () => {
  const slip = { ...finding('unit-slip', [fig('7.02元', '元', '其他交通费7.02元'), fig('16.01万元', '万元')], '7.02万元', '7.02元'), message: '单位疑似有误' };
  it('findingTextLines: head, numbers, the figure in doubt in its clause', () => {
    expect(findingTextLines(ZH, slip)).toEqual(['[错误] 单位错误：单位疑似有误', '按邻近数字的单位计：7.02万元；此处所印：7.02元', '原文：“其他交通费7.02元”']);
  });
  it('formatReport (scripts/cli) uses those very lines', () => {
    const text = formatReport(
      { source: 'a.html', detected: true, kind: '决算', year: 2024, unit: 'u', title: 't', totals: {}, findings: [slip], stats: { figures: 2, relations: 1, checked: 1, unchecked: 0 }, truncated: false, verified: [] },
      { showInfo: false, words: ZH },
    );
    for (const line of findingTextLines(ZH, slip)) expect(text).toContain(line);
  });
});
