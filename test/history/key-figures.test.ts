/** Key figures: what a later document can be compared with, read from the prose as printed. */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../lib/model/from-text';
import { fromStored, keyFiguresOf, parsePrinted, toStored } from '../../lib/history/key-figures';
import { recordFromReport, sameReport } from '../../lib/history/build-record';
import { HistoryRecordSchema } from '../../lib/history/record';
import { auditProse } from '../helpers/audit';

const figures = (text: string, kind: '预算' | '决算' = '决算') => keyFiguresOf(documentFromText(text, 't').document.blocks, kind);

describe('keyFiguresOf', () => {
  it('keeps each amount as printed, with the changes stated for it', () => {
    const [figure] = figures('基本支出335.60万元，与2023年度相比，增加12.10万元，增长3.7%。');
    expect(figure).toMatchObject({
      subject: '基本支出',
      key: '基本支出|',
      budget: false,
      value: { text: '335.60万元', value: '335.6', scale: 2, unit: '万元' },
      changes: [
        {
          basis: 'prior',
          direction: 1,
          year: 2023,
          delta: { text: '12.10万元', value: '12.1', scale: 2, unit: '万元' },
          rate: { text: '3.7%', value: '3.7', scale: 1, unit: '%' },
        },
      ],
    });
    expect(figure!.value.ref).toMatchObject({ quote: '基本支出335.60万元', at: { block: 0, start: 4, end: 12 } });
  });

  it.each([
    ['较年初预算数减少1.10万元', 'budget'],
    ['较调整预算数减少1.10万元', 'adjusted'],
    ['较全年预算数减少1.10万元', 'full-year'],
    ['比上年减少1.10万元', 'prior'],
  ])('“%s” is measured against %s', (change, basis) => {
    const [figure] = figures(`“三公”经费财政拨款支出决算为4.90万元，${change}。`);
    expect(figure!.changes[0]!.basis).toBe(basis);
  });

  it.each([
    ['a bare number (unit unknown)', '决算数为 411.91，完成预算100%。'],
    ['a count', '编制人数29人。'],
    ['a percentage', '占比为12.5%。'],
  ])('leaves out %s', (_case, text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('stored figures', () => {
  it('are small (printed text, defaults left out, each line once) and read back as they were', () => {
    const live = figures('基本支出335.60万元，与2023年度相比，增加12.10万元，增长3.7%。项目支出1,176.70万元。基本支出335.60万元，与2023年度相比，增加12.10万元，增长3.7%。');
    const stored = toStored(live);
    expect(stored).toEqual([
      { subject: '基本支出', key: '基本支出|', value: '335.60万元', changes: [{ basis: 'prior', direction: 1, year: 2023, delta: '12.10万元', rate: '3.7%' }] },
      { subject: '项目支出', key: '项目支出|', value: '1,176.70万元' },
    ]);
    const back = fromStored(stored);
    expect(back[0]).toMatchObject({ value: { value: '335.6', scale: 2, unit: '万元' }, changes: [{ delta: { value: '12.1', scale: 2 }, rate: { value: '3.7', scale: 1, unit: '%' } }] });
    expect(back[1]!.value).toEqual({ text: '1,176.70万元', value: '1176.7', scale: 2, unit: '万元' });
    expect(back[0]!.value).not.toHaveProperty('ref');
  });

  it.each([
    ['335.60万元', { value: '335.6', scale: 2, unit: '万元' }],
    ['0万元', { value: '0', scale: 0, unit: '万元' }],
    ['98.25元', { value: '98.25', scale: 2, unit: '元' }],
    ['1.2亿元', { value: '1.2', scale: 1, unit: '亿元' }],
    ['3.7%', { value: '3.7', scale: 1, unit: '%' }],
    ['3‰', null],
    ['约5万元', null],
    ['', null],
  ])('parsePrinted(%s)', (text, expected) => {
    expect(parsePrinted(text)).toEqual(expected === null ? null : { text, ...expected });
  });
});

describe('the stored record', () => {
  it('validates, keeps names and amounts but not the sentences, and counts only the page’s own findings', () => {
    const text = '2024年度收入合计560.00万元，其中：财政拨款收入500.00万元，事业收入50.00万元，主要原因是新增业务。';
    const report = auditProse(text);
    const withCross = { ...report, findings: [...report.findings, { ...report.findings[0]!, check: 'history-prior-year' }] };
    const record = recordFromReport('https://x.gov.cn/a', '标题', withCross, figures(text), new Date(Date.UTC(2025, 0, 1)));
    expect(HistoryRecordSchema.parse(record)).toEqual(record);
    expect(record.findings).toEqual({ error: report.findings.filter((f) => f.severity === 'error').length, warning: 0, info: 0 });
    expect(record.figures.map((f) => `${f.subject} ${f.value}`)).toEqual(['收入合计 560.00万元', '财政拨款收入 500.00万元', '事业收入 50.00万元']);
    expect(JSON.stringify(record)).not.toMatch(/其中|主要原因|新增业务/);
    expect(JSON.stringify(record)).not.toMatch(/"ref"|"at"|"quote"/);
  });

  it('a reading with the same facts is the same, whatever its time and key figures', () => {
    const record = recordFromReport('https://x.gov.cn/a', '标题', auditProse('收入合计560.00万元。'), [], new Date(Date.UTC(2025, 0, 1)));
    expect(sameReport(record, { ...record, readAt: '2030-01-01T00:00:00.000Z', figures: [] })).toBe(true);
    expect(sameReport(record, { ...record, totals: { 收入合计: '1' } })).toBe(false);
    expect(sameReport(record, { ...record, findings: { error: 1, warning: 0, info: 0 } })).toBe(false);
  });
});
