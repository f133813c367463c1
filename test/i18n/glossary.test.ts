/**
 * One glossary (locales/*.json, "glossary"): the severity names and the terms the messages use are the
 * same in the panel, the page's card, the CLI and every export. A message that names a severity uses
 * the glossary's word; the words it replaced (提醒 for 警告, 所指数字, 按其他数字推算, 算不上, 四舍五入)
 * appear nowhere.
 */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, severityLabel, toCsv } from '../../lib/export';
import { lookupFor, messageKeys } from '../../lib/i18n/dictionaries';
import { findingTextLines } from '../../lib/i18n/finding';
import type { Finding, Severity } from '../../lib/report';
import { tallyText } from '../../components/format';
import { EN, ZH } from '../helpers/words';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const glossary = (locale: 'zh_CN' | 'en', severity: Severity) => lookupFor(locale)(`glossary_severity_${severity}`)!;

describe.each([
  ['zh_CN', ZH],
  ['en', EN],
] as const)('%s', (locale, words) => {
  it.each(SEVERITIES)('%s: the panel, the card, the CLI and the exports say the glossary word', (severity) => {
    const word = glossary(locale, severity);
    expect(word).toBeTruthy();
    // Panel chips and the card's chip (components/format, FindingDetails → severityLabel).
    expect(severityLabel(words, severity)).toBe(word);
    expect(tallyText(words, severity, 2)).toContain(word);
    // The CLI's line and the CSV's severity column.
    const finding: Finding = { check: 'restated', severity, message: 'm', figures: [], expected: null, actual: null };
    expect(findingTextLines(words, finding)[0]).toContain(`[${word}]`);
    const csv = toCsv([{ url: 'u', readAt: new Date(0), report: { source: 'u', detected: true, kind: '预算', year: 2024, unit: null, title: 't', totals: {}, findings: [finding], stats: { figures: 0, relations: 0, checked: 0, unchecked: 0 }, truncated: false, verified: [] } }], { includeInfo: true, words });
    expect(csv.split('\r\n')[1]!.split('","')[CSV_COLUMNS.indexOf('severity')]).toBe(word);
  });

  it.each([
    // Messages that name all three severities in their own words: the CLI's counts, the Markdown intro
    // and result line, the options page's column.
    ['export_md_result'],
    ['export_md_intro'],
    ['ui_options_counts'],
  ])('%s names the severities as the glossary does, in order', (key) => {
    const text = lookupFor(locale)(key)!.toLowerCase();
    const at = SEVERITIES.map((severity) => text.indexOf(glossary(locale, severity).toLowerCase()));
    expect(at.every((i) => i >= 0), `${key}: ${text}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe.each(['zh_CN', 'en'] as const)('the CLI’s counts in %s', (locale) => {
  it.each(SEVERITIES)('name %s as the glossary does', (severity) => {
    const noun = { error: 'errors', warning: 'warnings', info: 'infos' }[severity];
    for (const key of [`cli_${noun}`, `cli_${noun}One`]) expect(lookupFor(locale)(key)!.toLowerCase(), key).toContain(glossary(locale, severity).toLowerCase());
  });
});

describe('retired words', () => {
  const all = messageKeys('zh_CN').map((key) => [key, lookupFor('zh_CN')(key)!] as const);
  it.each([
    ['提醒', 'the warning level is 警告'],
    ['所指数字', 'jargon: 存疑的数字'],
    ['按其他数字推算', 'the compared value is named for what it is (算得 / 另一处所印 / 按邻近数字的单位计)'],
    ['算不上', 'reads as "does not qualify": 对不上'],
    ['四舍五入', 'the glossary says 取整'],
    ['可能为取整误差', 'said twice beside 在取整误差范围内'],
    ['未能核对', 'the glossary says 无法核对'],
  ])('no message says %s (%s)', (word) => {
    expect(all.filter(([, text]) => text.includes(word)).map(([key]) => key)).toEqual([]);
  });
});

describe.each(['zh_CN', 'en'] as const)('%s: the labels are the glossary\'s terms', (locale) => {
  const say = (key: string) => lookupFor(locale)(key)!;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  it.each([
    ['finding_questioned', 'glossary_questioned'],
    ['finding_actual', 'glossary_printedHere'],
  ])('%s is %s', (label, term) => {
    expect(same(say(label), say(term)), `${say(label)} / ${say(term)}`).toBe(true);
  });
  it.each([
    ['finding_compared', 'glossary_compared'],
    ['finding_points', 'glossary_percentagePoints'],
    ['finding_pointsUnit', 'glossary_percentagePoints'],
    ['ui_card_related', 'glossary_compared'],
    ['ui_card_labelRelated', 'glossary_compared'],
    ['ui_severityHint_info', 'glossary_roundingError'],
    ['export_md_intro', 'glossary_roundingError'],
  ])('%s uses %s', (key, term) => {
    expect(say(key).toLowerCase()).toContain(say(term).toLowerCase());
  });
});

describe('English typography', () => {
  // Straight apostrophes, as every other English string has them; a curly one crept in with new text.
  it('has no curly apostrophe in any message', () => {
    expect(messageKeys('en').filter((key) => lookupFor('en')(key)?.includes('\u2019'))).toEqual([]);
  });
});
