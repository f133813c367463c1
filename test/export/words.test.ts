/** Words shared by the panel, the page and the exports, in both locales. */
import { describe, expect, it } from 'vitest';
import { amountText, checkTitle, difference, kindLabel, readableTime, severityLabel, totalLabel, TOTAL_WORDS, unitText } from '../../lib/export';
import { checkTitle as panelTitle } from '../../components/format';
import { TOTAL_KEYS } from '../../lib/report';
import { EN, ZH } from '../helpers/words';

describe('checkTitle', () => {
  it.each([
    ['history-prior-year', '与上年公开数比较', "Against last year's disclosure"],
    ['history-budget', '决算与预算文件比较', 'Final accounts against the budget'],
    ['unit-slip', '单位错误', 'Unit errors'],
    ['parts-total', '分项与合计', 'Parts and totals'],
    ['no-such-check', 'no-such-check', 'no-such-check'],
  ])('%s → %s / %s', (check, zh, en) => {
    expect(checkTitle(ZH, check)).toBe(zh);
    expect(checkTitle(EN, check)).toBe(en);
    // The panel and the page use the same words.
    expect(panelTitle(ZH, check)).toBe(zh);
  });
});

describe('words by locale', () => {
  it.each([
    [ZH, '错误', '预算', '未识别', '+1200.50万元', '1234567.50'],
    [EN, 'Error', 'budget', 'not recognised', '+1,200.50 ×10k yuan', '1,234,567.50'],
  ])('%#: severity, kind, difference with its unit, a total', (words, error, budget, unknown, diff, amount) => {
    expect(severityLabel(words, 'error')).toBe(error);
    expect(kindLabel(words, '预算')).toBe(budget);
    expect(kindLabel(words, null)).toBe(unknown);
    expect(difference('100.00万元', '1300.50万元', words)).toBe(diff);
    expect(amountText(words, '1234567.5')).toBe(amount);
  });

  it('keeps units that are not money as printed, and the documents\' style without words', () => {
    expect(unitText(EN, '%')).toBe('%');
    expect(difference('98.4%', '100%', EN)).toBe('+1.6%');
    expect(difference('100.00万元', '1300.50万元')).toBe('+1200.50万元');
  });

  it('names every total, in Chinese by the data key itself', () => {
    expect(TOTAL_WORDS).toHaveLength(TOTAL_KEYS.length);
    for (const key of TOTAL_KEYS) {
      expect(totalLabel(ZH, key)).toBe(key);
      expect(totalLabel(EN, key)).toMatch(/^[\x20-\x7e“”]+$/);
    }
  });
});

describe('readableTime', () => {
  it('local time, with its offset when given words', () => {
    const date = new Date(2025, 0, 2, 3, 4, 5);
    expect(readableTime(date)).toBe('2025-01-02 03:04:05');
    expect(readableTime(date, ZH)).toMatch(/^2025-01-02 03:04:05（UTC[+-]\d\d:\d\d）$/);
    expect(readableTime(date, EN)).toMatch(/^2025-01-02 03:04:05 \(UTC[+-]\d\d:\d\d\)$/);
  });
});
