/**
 * Records saved before history's keys were facts (test/history/fixtures/saved-name-keys.json: written by
 * the previous version's keyFiguresOf and toStored, keys such as "收入", "因公出国(境)费") still load and
 * compare: the same findings as against records saved by this version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossDocumentFindings, type ComparableDocument } from '../../lib/history/compare';
import { fromStored, toStored } from '../../lib/history/key-figures';
import { readStored } from '../../lib/history/migrate';
import { describe as words } from '../../lib/i18n/dictionaries';
import { doc } from './documents';

const UNIT = '示例县大数据发展中心';
const saved = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/saved-name-keys.json'), 'utf8'));

/** The texts the saved records were made from (by the previous version). */
const SAVED_TEXTS = [
  '本年收入合计480.50万元。基本支出320.50万元。“三公”经费财政拨款支出决算为21.50万元。因公出国（境）费支出决算为3.00万元。一般公共服务（类）网信事务（款）行政运行（项）：支出决算为125.55万元。',
  '收入预算：2024年年初预算数500.00万元。一般公共财政拨款基本支出330.00万元。',
];

/** The page on screen: the 2024 决算, stating changes against 2023's 决算 and 2024's 预算. */
const page = doc(
  UNIT,
  2024,
  '决算',
  [
    '本年收入合计500.50万元，比上年增加30.00万元，较年初预算数增加10.00万元。',
    '基本支出335.60万元，比上年增加12.10万元。',
    '“三公”经费支出20.00万元，比上年减少1.50万元。',
    '因公出国（境）费支出决算为2.00万元，比上年减少1.00万元。',
    '一般公共服务（类）网信事务（款）行政运行（项）：支出决算为130.55万元，比上年增加6.00万元。',
    '一般公共预算财政拨款基本支出决算为335.60万元，较年初预算数增加5.60万元。',
  ].join(''),
);

function briefs(current: ComparableDocument, others: ComparableDocument[]): string[] {
  return crossDocumentFindings(current, others, (explain) => words(explain))
    .map((f) => `${f.check}/${f.severity}: ${f.figures.map((g) => g.text).join(',')}`)
    .sort();
}

const EXPECTED = [
  // 500.50 − 10.00 = 490.50 against the 预算's 500.00: a warning (a 预算's total may include 上年结转).
  'history-budget/warning: 10.00万元,500.50万元',
  // 335.60 − 12.10 = 323.50 against 320.50; 500.50 − 30.00 = 470.50 against 480.50; 130.55 − 6.00 against 125.55.
  'history-prior-year/error: 12.10万元,335.60万元',
  'history-prior-year/error: 30.00万元,500.50万元',
  'history-prior-year/error: 6.00万元,130.55万元',
].sort();

describe('records saved with name keys', () => {
  it('load as they were saved', () => {
    const read = readStored(saved);
    expect(read.setAside).toEqual([]);
    expect(read.documents.map((d) => d.figures.length)).toEqual([5, 2]);
  });

  it('compare as records saved today do', () => {
    const old = readStored(saved).documents.map((d) => ({ ...d, figures: fromStored(d.figures) }));
    expect(briefs(page, old)).toEqual(EXPECTED);
    // The same documents read by this version.
    const today = [
      doc(UNIT, 2023, '决算', SAVED_TEXTS[0]!),
      doc(UNIT, 2024, '预算', SAVED_TEXTS[1]!),
    ];
    expect(briefs(page, today)).toEqual(EXPECTED);
  });

  it('read back under the keys this version gives the same names', () => {
    const old = readStored(saved).documents.flatMap((d) => fromStored(d.figures).map((f) => f.key));
    expect(old).toEqual(['本年收入合计|', '基本支出|', '三公经费|', '因公出国（境）费|', 'item:一般公共服务（类）网信事务（款）行政运行（项）|', '本年收入合计|', '基本支出|一般公共预算']);
    // Saved again, they keep today's keys.
    const again = fromStored(toStored(readStored(saved).documents.flatMap((d) => fromStored(d.figures))));
    expect(again.map((f) => f.key)).toEqual(old);
  });
});
