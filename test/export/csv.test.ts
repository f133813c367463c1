/** CSV export: opens in Excel with Chinese text (BOM, CRLF, quoted fields), one row per finding. */
import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, toCsv } from '../../lib/export';
import { sampleItem } from './sample';
import { ZH } from '../helpers/words';
import { parseCsv } from '../helpers/csv';

const CSV_HEADER = csvHeader(ZH);

describe('toCsv', () => {
  const item = sampleItem();
  const csv = toCsv([item], { includeInfo: false, words: ZH });

  it('starts with a byte-order mark, ends lines with CRLF, quotes every field', () => {
    expect(csv.startsWith('\uFEFF"地址","读取时间"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('one row per finding, each with the address, the time, and the quoted figures', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const shown = item.report.findings.filter((f) => f.severity !== 'info');
    // The findings' rows first, then the checklist's (test/export/checklist.test.ts).
    const findingRows = rows.slice(1).filter((r) => r[CSV_HEADER.indexOf('记录类型')] === '问题');
    expect(findingRows).toHaveLength(shown.length);
    expect(rows.slice(1, 1 + shown.length)).toEqual(findingRows);
    expect(rows).toHaveLength(1 + shown.length + item.report.checklist!.items.length);
    const [, first] = rows;
    const column = (name: string) => first![CSV_HEADER.indexOf(name)];
    expect(column('地址')).toBe('https://x.gov.cn/a.html?id=1&b=2');
    expect(column('读取时间')).toBe('2025-01-02 03:04:05');
    expect(column('单位')).toBe('示例县数据中心');
    expect(column('严重程度')).toBe('错误');
    expect(column('检查')).toBe('分项与合计');
    expect(column('对照数')).toBe('550.00万元');
    expect(column('此处所印')).toBe('560.00万元');
    expect(column('相差')).toBe('+10.00');
    expect(column('相差的单位')).toBe('万元');
    expect(column('原文摘录')).toContain('“收入预算总额为560.00万元');
    expect(first).toHaveLength(CSV_HEADER.length);
  });

  it('a document with nothing to report still has its row', () => {
    const rows = parseCsv(toCsv([sampleItem({ findings: [] })], { includeInfo: true, words: ZH, checklist: false }).slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]![CSV_HEADER.indexOf('说明')]).toBe('没有发现对不上的数字。');
    expect(rows[1]![CSV_HEADER.indexOf('记录类型')]).toBe('问题');
    expect(rows[1]).toHaveLength(CSV_HEADER.length);
  });

  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say ""hi"""'],
    ['a,b\r\nc', '"a,b\r\nc"'],
    [null, '""'],
    [2024, '"2024"'],
    // Numbers stay numbers; text a spreadsheet would run as a formula does not.
    ['+10.00', '"+10.00"'],
    ['-0.09', '"-0.09"'],
    ['-0.09万元', '"\'-0.09万元"'],
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
  ])('csvField(%j) → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});
