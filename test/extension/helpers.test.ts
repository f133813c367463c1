/** The extension's pure helpers (the DOM and browser parts are covered by test/e2e). */
import { describe, expect, it } from 'vitest';
import { checkTitle, counts, difference, spokenFinding } from '../../components/format';
import { reportAsText } from '../../components/export-text';
import { sitePattern } from '../../entrypoints/shared/site-pattern';
import { DEFAULT_SETTINGS, parseSettings } from '../../entrypoints/shared/settings';
import { delaysAfterRead, DISCLOSURE_DELAYS } from '../../entrypoints/content/watch-mutations';
import type { DocumentReport, Finding } from '../../lib/report';
import { EN, ZH } from '../helpers/words';

describe('difference (printed − expected)', () => {
  it.each([
    ['412.00', '411.91', '-0.09'],
    ['93.1', '90', '-3.1'],
    ['3.45', '30.36', '+26.91'],
    ['98.4%', '100%', '+1.6%'],
    ['7.02万元', '7.02万元', '0.00万元'],
    ['1,234.5', '1,234.6', '+0.1'],
  ])('%s vs %s → %s', (expected, actual, diff) => {
    expect(difference(expected, actual)).toBe(diff);
  });

  it.each([
    ['7.02万元', '7.02元'],
    [null, '1'],
    ['1', null],
    ['约一半', '50%'],
  ])('no difference for %s vs %s', (expected, actual) => {
    expect(difference(expected, actual)).toBeNull();
  });
});

describe('sitePattern', () => {
  it.each([
    ['https://www.example.org:8443/a/b.html?x=1#y', 'https://www.example.org/*'],
    ['http://10.1.2.3:8080/', 'http://10.1.2.3/*'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, pattern) => {
    expect(sitePattern(url)).toBe(pattern);
  });
});

describe('settings read from storage', () => {
  it('accepts a well-formed value and falls back on anything else', () => {
    expect(parseSettings({ highlights: false, showInfo: true, ticks: true })).toEqual({ highlights: false, showInfo: true, ticks: true });
    // Stored before the ticks switch existed: it takes its default, the others are kept.
    expect(parseSettings({ highlights: false, showInfo: true })).toEqual({ highlights: false, showInfo: true, ticks: false });
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ highlights: 'no' })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('re-reading a page that is not a disclosure', () => {
  it.each([
    [2, DISCLOSURE_DELAYS.delayMs, DISCLOSURE_DELAYS.maxWaitMs],
    [100, 2000, 8000],
    [1000, 5000, 20000],
  ])('after a %d ms read: wait %d ms (at most %d ms)', (readMs, delayMs, maxWaitMs) => {
    expect(delaysAfterRead(readMs)).toEqual({ delayMs, maxWaitMs });
  });
});

const finding: Finding = {
  check: 'parts-total',
  severity: 'error',
  message: '“收入预算”560.00万元，所列各项相加为550万元。',
  figures: [{ text: '560.00万元', value: '560.00', unit: '万元', quote: '收入预算总额为560.00万元', at: { block: 1, start: 0, end: 9 } }],
  expected: '550.00',
  actual: '560.00',
};

describe('words for findings', () => {
  it('names check families in Chinese and counts by severity', () => {
    expect(checkTitle(ZH, 'parts-total')).not.toBe('parts-total');
    expect(checkTitle(ZH, 'no-such-check')).toBe('no-such-check');
    expect(counts([finding, { ...finding, severity: 'info' }])).toEqual({ error: 1, warning: 0, info: 1 });
  });

  it('speaks a finding with its expected and printed values', () => {
    // The card's words (lib/i18n/finding.ts), with the unit the engine left off.
    expect(spokenFinding(ZH, finding)).toContain('按其他数字算得：550.00万元；此处所印：560.00万元；相差：+10.00万元；存疑的数字：560.00万元');
    expect(spokenFinding(EN, finding)).toContain('Computed from the other figures: 550.00 ×10k yuan; Printed here: 560.00 ×10k yuan; Difference: +10.00 ×10k yuan; The figure in doubt: 560.00万元');
  });

  it('exports text with the address, the time and the quoted clause', () => {
    const report: DocumentReport = {
      source: 'https://x.gov.cn/a.html',
      detected: true,
      kind: '预算',
      year: 2024,
      unit: '示例县数据中心',
      title: '示例县数据中心2024年部门预算情况说明',
      totals: {},
      findings: [finding, { ...finding, severity: 'info' }],
      stats: { figures: 1, relations: 1, checked: 1, unchecked: 0 },
      truncated: false,
      verified: [],
    };
    const text = reportAsText(ZH, report, 'https://x.gov.cn/a.html', new Date(2025, 0, 2, 3, 4, 5), false);
    expect(text).toContain('地址：https://x.gov.cn/a.html');
    expect(text).toContain('2025');
    expect(text).toContain('“收入预算总额为560.00万元”');
    expect(text).toContain('相差：+10.00万元');
    expect(text.match(/【/g)).toHaveLength(1);
  });
});
