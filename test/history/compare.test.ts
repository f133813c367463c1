/**
 * Checks across documents: last year's own figure against the one this year's change implies, and a
 * 决算's budget against the 预算 document. Each case says what the two documents print and what must
 * (or must not) be found.
 */
import { describe, expect, it } from 'vitest';
import { crossDocumentFindings as findingsWith, hasCounterpart, type ComparableDocument } from '../../lib/history/compare';
import { describe as words } from '../../lib/i18n/dictionaries';
import { doc } from './documents';

const UNIT = '示例县大数据发展中心';
/** The findings with their messages in Chinese (the extension renders them with browser.i18n). */
const crossDocumentFindings = (current: ComparableDocument, saved: readonly ComparableDocument[]) => findingsWith(current, saved, (explain) => words(explain));
const last = (text: string, kind: '预算' | '决算' = '决算', unit = UNIT) => doc(unit, 2023, kind, text);
const now = (text: string, kind: '预算' | '决算' = '决算', unit = UNIT) => doc(unit, 2024, kind, text);

function briefs(current: ReturnType<typeof doc>, saved: ReturnType<typeof doc>[]): string[] {
  return crossDocumentFindings(current, saved).map((f) => `${f.check}/${f.severity}: ${f.figures.map((g) => g.text).join(',')}`);
}

describe('history-prior-year: this year’s change against last year’s document', () => {
  it.each([
    // [what the 2024 page says, what the 2023 page printed, expected findings]
    ['基本支出335.60万元，比上年增加12.10万元。', '基本支出320.50万元。', ['history-prior-year/error: 12.10万元,335.60万元']],
    ['基本支出335.60万元，比上年增加15.10万元。', '基本支出320.50万元。', []],
    ['基本支出335.60万元，比上年减少15.10万元。', '基本支出350.70万元。', []],
    ['基本支出335.60万元，与2023年度相比，增加15.10万元。', '基本支出320.50万元。', []],
    ['基本支出335.60万元，与2023年度相比，增加15.00万元。', '基本支出320.50万元。', ['history-prior-year/error: 15.00万元,335.60万元']],
    // Within rounding: 335.6 − 12.1 = 323.5 against 323.51 — both readings meet; the points differ: info.
    ['基本支出335.60万元，比上年增加12.10万元。', '基本支出323.51万元。', ['history-prior-year/info: 12.10万元,335.60万元']],
    // 323.5 ± 0.1 (one decimal) meets 323.54 only if "335.6" and "12.1" were themselves rounded: warning.
    ['基本支出335.6万元，比上年增加12.1万元。', '基本支出323.54万元。', ['history-prior-year/warning: 12.1万元,335.6万元']],
    // Units differ across the documents: 3,205,000.00元 is 320.50万元.
    ['基本支出335.60万元，比上年增加15.10万元。', '基本支出3,205,000.00元。', []],
    ['基本支出335.60万元，比上年增加15.10万元。', '基本支出3,215,000.00元。', ['history-prior-year/error: 15.10万元,335.60万元']],
    // A rate alone: 335.60 ÷ 1.047 ≈ 320.5.
    ['基本支出335.60万元，比上年增长4.7%。', '基本支出320.50万元。', []],
    ['基本支出335.60万元，比上年增长4.7%。', '基本支出300.00万元。', ['history-prior-year/error: 4.7%,335.60万元']],
    // "持平" with a zero change: last year's figure is this year's.
    ['公务接待费1.70万元，与上年持平。', '公务接待费1.70万元。', []],
    // The same quantity under the 预算/决算 wording of the same template.
    ['“三公”经费财政拨款支出决算为4.90万元，比上年减少0.30万元。', '“三公”经费财政拨款支出决算为5.20万元。', []],
    ['“三公”经费财政拨款支出决算为4.90万元，比上年减少0.50万元。', '“三公”经费财政拨款支出决算为5.20万元。', ['history-prior-year/error: 0.50万元,4.90万元']],
  ])('2024: %s / 2023: %s', (current, prior, expected) => {
    expect(briefs(now(current), [last(prior)])).toEqual(expected);
  });

  it.each([
    ['no document of last year', [] as ReturnType<typeof doc>[]],
    ['last year’s document is of another unit', [last('基本支出320.50万元。', '决算', '示例县政务服务中心')]],
    ['last year’s document is a 预算, not a 决算', [last('基本支出300.00万元。', '预算')]],
    ['last year’s document does not print the quantity', [last('项目支出159.50万元。')]],
    ['last year’s document prints two different amounts under the name', [last('基本支出300.00万元。财政拨款支出：基本支出320.50万元。')]],
    ['the document of two years ago is not last year’s', [doc(UNIT, 2022, '决算', '基本支出300.00万元。')]],
  ])('nothing when %s', (_case, saved) => {
    expect(briefs(now('基本支出335.60万元，比上年增加12.10万元。'), saved)).toEqual([]);
  });

  it('ignores an earlier reading of the same page', () => {
    const page = now('基本支出335.60万元，比上年增加12.10万元。');
    const earlierReading = { ...now('基本支出300.00万元。'), url: page.url };
    expect(crossDocumentFindings(page, [earlierReading])).toEqual([]);
  });

  it('nothing when this page names the quantity with two different amounts', () => {
    const page = now('基本支出335.60万元，比上年增加12.10万元。财政拨款支出：基本支出300.00万元。');
    expect(briefs(page, [last('基本支出320.50万元。')])).toEqual([]);
  });

  it('uses the most recently read of two documents of the same year', () => {
    const older = { ...last('基本支出300.00万元。'), readAt: '2024-01-01T00:00:00.000Z' };
    const newer = { ...last('基本支出323.50万元。', '决算'), url: 'https://x.gov.cn/other.html', readAt: '2025-06-01T00:00:00.000Z' };
    expect(briefs(now('基本支出335.60万元，比上年增加12.10万元。'), [older, newer])).toEqual([]);
  });

  it('the year the text names, when it is not the year before', () => {
    const twoYearsAgo = doc(UNIT, 2022, '决算', '基本支出300.00万元。');
    expect(briefs(now('基本支出335.60万元，与2022年相比，增加30.00万元。'), [twoYearsAgo])).toEqual(['history-prior-year/error: 30.00万元,335.60万元']);
  });

  it('says which document, where it is, and what both print', () => {
    const [finding] = crossDocumentFindings(now('基本支出335.60万元，比上年增加12.10万元。'), [last('基本支出320.50万元。')]);
    expect(finding!.message).toContain('https://x.gov.cn/示例县大数据发展中心/2023-决算.html');
    expect(finding!.message).toContain(`《${UNIT}2023年度决算公开说明》`);
    expect(finding!.message).toContain('推算2023年为323.50万元');
    expect(finding!.message).toContain('所印“基本支出”为320.50万元');
    expect(finding!.message).toContain('两者相差3.00万元');
    expect(finding!).toMatchObject({ expected: '增加15.10万元', actual: '增加12.10万元' });
    expect(finding!.figures[0]).toMatchObject({ text: '12.10万元', quote: '基本支出335.60万元，比上年增加12.10万元', at: { block: 0 } });
  });

  it('read the other way round: last year’s page is checked against the later one and marked on its own figure', () => {
    const later = now('基本支出335.60万元，比上年增加12.10万元。');
    const page = last('基本支出320.50万元。');
    const findings = crossDocumentFindings(page, [later]);
    expect(findings.map((f) => `${f.check}/${f.severity}: ${f.figures.map((g) => g.text).join(',')}`)).toEqual(['history-prior-year/error: 320.50万元']);
    expect(findings[0]).toMatchObject({ expected: '323.50万元', actual: '320.50万元' });
    expect(findings[0]!.message).toContain('称“基本支出”335.60万元，比上年增加12.10万元');
  });
});

describe('history-budget: a 决算 against the 预算 of the same unit and year', () => {
  const budget = (text: string, unit = UNIT) => doc(unit, 2024, '预算', text);
  it.each([
    ['“三公”经费财政拨款支出决算为4.90万元，较年初预算数减少1.10万元。', '2024年“三公”经费预算6.00万元。', []],
    ['“三公”经费财政拨款支出决算为4.90万元，较年初预算数减少1.10万元。', '2024年“三公”经费预算6.50万元。', ['history-budget/error: 1.10万元,4.90万元']],
    // A budget quoted in the 决算 as an amount of its own.
    ['“三公”经费年初预算6.00万元，实际支出4.90万元。', '2024年“三公”经费预算6.00万元。', []],
    ['“三公”经费年初预算6.20万元，实际支出4.90万元。', '2024年“三公”经费预算6.00万元。', ['history-budget/error: 6.20万元']],
    // The budget printed in the comparison.
    ['一般公共预算财政拨款支出512.30万元，较年初预算数500.00万元增加12.30万元。', '一般公共预算财政拨款支出500.00万元。', []],
    // Totals: a 预算's 收入 may include 上年结转, a 决算's 本年收入合计 does not — a warning at most.
    ['本年收入合计512.30万元，较年初预算数增加2.30万元。', '收入预算：2024年年初预算数500.00万元。', ['history-budget/warning: 2.30万元,512.30万元']],
    // 调整预算 is not the 预算 document's figure.
    ['“三公”经费财政拨款支出决算为4.90万元，较调整预算数减少2.10万元。', '2024年“三公”经费预算6.00万元。', []],
  ])('决算: %s / 预算: %s', (final, planned, expected) => {
    expect(briefs(now(final), [budget(planned)])).toEqual(expected);
  });

  it('nothing against a 预算 of another year or another unit', () => {
    const page = now('“三公”经费财政拨款支出决算为4.90万元，较年初预算数减少1.10万元。');
    expect(briefs(page, [doc(UNIT, 2023, '预算', '2023年“三公”经费预算9.00万元。')])).toEqual([]);
    expect(briefs(page, [budget('2024年“三公”经费预算9.00万元。', '示例县政务服务中心')])).toEqual([]);
  });

  it('a 预算 read after its 决算 is checked against what the 决算 says of it', () => {
    const final = now('“三公”经费财政拨款支出决算为4.90万元，较年初预算数减少1.10万元。');
    expect(briefs(budget('2024年“三公”经费预算6.50万元。'), [final])).toEqual(['history-budget/error: 6.50万元']);
    expect(briefs(budget('2024年“三公”经费预算6.00万元。'), [final])).toEqual([]);
  });
});

describe('hasCounterpart', () => {
  const page = { url: 'a', unitKey: 'k', year: 2024, kind: '决算' as const };
  it.each([
    [[{ url: 'b', unitKey: 'k', year: 2023, kind: '决算' as const }], true],
    [[{ url: 'b', unitKey: 'k', year: 2024, kind: '预算' as const }], true],
    [[{ url: 'b', unitKey: 'k', year: 2025, kind: '决算' as const }], true],
    [[{ url: 'b', unitKey: 'other', year: 2023, kind: '决算' as const }], false],
    [[{ url: 'a', unitKey: 'k', year: 2023, kind: '决算' as const }], false],
    [[{ url: 'b', unitKey: 'k', year: 2023, kind: '预算' as const }], false],
  ])('%j → %s', (saved, expected) => {
    expect(hasCounterpart(page, saved)).toBe(expected);
  });
});
