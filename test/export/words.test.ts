/** Words shared by the panel, the page and the exports. */
import { describe, expect, it } from 'vitest';
import { checkTitle, readableTime } from '../../lib/export';
import { checkTitle as panelTitle } from '../../components/format';

describe('checkTitle', () => {
  it.each([
    ['history-prior-year', '与上年公开数比较'],
    ['history-budget', '决算与预算文件比较'],
    ['unit-slip', '单位错误'],
    ['no-such-check', 'no-such-check'],
  ])('%s → %s', (check, title) => {
    expect(checkTitle(check)).toBe(title);
    // The panel and the page use the same words.
    expect(panelTitle(check)).toBe(title);
  });
});

describe('readableTime', () => {
  it('local time, with its offset unless asked not to', () => {
    const date = new Date(2025, 0, 2, 3, 4, 5);
    expect(readableTime(date, false)).toBe('2025-01-02 03:04:05');
    expect(readableTime(date)).toMatch(/^2025-01-02 03:04:05（UTC[+-]\d\d:\d\d）$/);
  });
});
