import { describe as group, expect, it } from 'vitest';
import { formatNumber, renderExplain } from '../../lib/i18n/render';
import { describe, lookupFor, messageKeys } from '../../lib/i18n/dictionaries';
import { explain } from '../../lib/i18n/explain';

group('formatNumber', () => {
  it.each([
    ['1234.5', 'zh_CN', 2, '1234.50'],
    ['1234.5', 'en', 2, '1,234.50'],
    ['-1234567.891', 'en', undefined, '-1,234,567.891'],
    ['-0.05', 'zh_CN', 1, '-0.0'],
    ['12', 'en', 0, '12'],
    ['999', 'en', undefined, '999'],
  ] as const)('%s in %s with %s places → %s', (value, locale, places, shown) => {
    expect(formatNumber(value, locale, places)).toBe(shown);
  });
});

group('renderExplain', () => {
  const templates: Record<string, string> = { sum: '“{name}”相加为{sum}{unit}{note}', note: '（{why}）', unit_wan: '万元' };
  const lookup = (key: string) => templates[key];
  it.each([
    [{ name: '基本支出', sum: { number: '1234.5', places: 2 }, unit: { unit: '万元' as const }, note: { message: 'note', args: { why: '取整' } } }, '“基本支出”相加为1234.50万元（取整）'],
    [{ name: 'x' }, '“x”相加为{sum}{unit}{note}'],
  ])('fills named arguments %#', (args, words) => {
    expect(renderExplain(explain('sum', args), lookup, 'zh_CN')).toBe(words);
  });
  it('shows the key when the dictionary has no such message', () => {
    expect(renderExplain(explain('missing_key'), lookup, 'en')).toBe('missing_key');
  });
});

group('locales', () => {
  it('has an English message for every Chinese one and no stray English keys', () => {
    const zh = new Set(messageKeys('zh_CN'));
    const en = new Set(messageKeys('en'));
    expect([...zh].filter((key) => !en.has(key))).toEqual([]);
    expect([...en].filter((key) => !zh.has(key))).toEqual([]);
  });
  it('renders money units per locale', () => {
    expect(describe(explain('unit_wan'), 'zh_CN')).toBe('万元');
    expect(describe(explain('unit_wan'), 'en')).toBe(' ×10k yuan');
    expect(lookupFor('en')('extName')).toContain('Suanpan');
  });
});
