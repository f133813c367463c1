/**
 * Real 江苏 tables whose structure the PDF reader once read wrong, each cut from its PDF with qpdf (the
 * pages as printed, nothing else): the reading must come out as printed, the figures (which hold, by
 * hand) must raise no error, and the same table with one figure changed must still raise one.
 *
 * - jianchayuan-2019-sangong-page.pdf: 江苏省人民检察院 2019 预算, page 20, the 三公 table (Excel, each
 *   cell's borders drawn on their own). Its header has three rows: 合计 | “三公”经费 (小计, 因公出国（境）费,
 *   公务用车购置及运行维护费 (小计, 购置费, 运行维护费), 公务接待费) | 会议费 | 培训费. The top row was left in
 *   the caption, so 合计 was read as the sum of 小计 and all its parts (1276.70 against 1694.96).
 * - zhengxie-2017-procurement-pages.pdf: 江苏省政协办公厅 2017 预算附表, pages 12–13, the 政府采购预算表:
 *   合计, then 大类 (一、货物A, 三、服务C) › 专项 › 品目, each level told apart only by the column its name
 *   is printed in, continued on page 13 under its title without the table's number. It was summed flat
 *   and cut in two (1271.22 against 1914.26; 三、服务C against the four rows left on page 12).
 * - shengwei-2017-procurement-pages.pdf: 中共江苏省委办公厅 2017 预算附表, pages 12–14, the same template
 *   over three pages; the page break falls inside a 专项 (机要及电子政务业务费, 30.00: its first item on
 *   page 12, the other seven on page 13 under its merged cell printed again). Read as a new row there,
 *   the seven were taken for 一、货物A's (30.00 against 4.00, 496.20 against 522.20).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib';
import { documentFromPdfPages, readPdfPages, type PdfPage } from '../../lib/pdf';
import { readTables } from '../../lib/tables/read';
import { loadPdfJs } from '../../scripts/cli/pdf';
import { FIXTURES } from './helpers';

async function pagesOf(name: string): Promise<PdfPage[]> {
  const { pdfjs, documentParams } = await loadPdfJs();
  return (await readPdfPages(new Uint8Array(readFileSync(join(FIXTURES, name))), pdfjs, { documentParams })).pages;
}

/** The pages with one printed figure changed (it must be printed exactly once). */
function planted(pages: PdfPage[], from: string, to: string): PdfPage[] {
  const hits = pages.flatMap((page) => page.items.filter((item) => item.str === from));
  expect(hits, from).toHaveLength(1);
  return pages.map((page) => ({ ...page, items: page.items.map((item) => (item.str === from ? { ...item, str: to } : item)) }));
}

const documentOf = (pages: PdfPage[], name: string) => documentFromPdfPages(pages, `test/fixtures/pdf/${name}`).document;

/** Non-info findings of the given checks, as "severity check: figures". */
function findings(pages: PdfPage[], name: string, checks: string[]): string[] {
  const report = auditDocument(documentOf(pages, name), { force: true });
  return report.findings
    .filter((finding) => checks.includes(finding.check) && finding.severity !== 'info')
    // The figure a finding is about first, then the ones it was compared with.
    .map((finding) => `${finding.severity} ${finding.check}: ${finding.figures.map((figure) => figure.text).join(',')}`)
    .sort();
}

describe('三公 table with a three-row header, each cell ruled on its own (检察院 2019)', () => {
  const name = 'jianchayuan-2019-sangong-page.pdf';
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = await pagesOf(name);
  });

  it('reads the top header row into the column paths, not into the caption', () => {
    const [table] = readTables(documentOf(pages, name)).tables;
    expect(table!.title).toBe('“三公”经费、会议费、培训费支出预算表');
    expect(table!.columns.map((column) => column.path.join('›'))).toEqual([
      '合计',
      '“三公”经费›小计',
      '“三公”经费›因公出国（境）费',
      '“三公”经费›公务用车购置及运行维护费›小计',
      '“三公”经费›公务用车购置及运行维护费›公务用车购置费',
      '“三公”经费›公务用车购置及运行维护费›公务用车运行维护费',
      '“三公”经费›公务接待费',
      '会议费',
      '培训费',
    ]);
    expect(table!.rows.map((row) => row.values.map((value) => value?.text ?? null))).toEqual([['1276.7', '418.26', '80', '237', null, '237', '101.26', '158.44', '700']]);
  });

  it('checks 合计 = 三公 + 会议费 + 培训费 and each 小计 against its own parts: all hold', () => {
    expect(findings(pages, name, ['table-cross-footing'])).toEqual([]);
    const report = auditDocument(documentOf(pages, name), { force: true });
    expect(report.totals['三公经费']).toBe('418.26');
  });

  it.each<[string, string, string, string[]]>([
    ['a wrong 合计', '1276.7', '1376.7', ['error table-cross-footing: 1376.7,418.26,158.44,700']],
    ['a wrong 三公 小计', '418.26', '428.26', ['error table-cross-footing: 428.26,1276.7,158.44,700', 'error table-cross-footing: 428.26,80,237,101.26']],
    ['a wrong 公务用车 小计', '101.26', '111.26', ['error table-cross-footing: 418.26,80,237,111.26']],
  ])('%s still fires', (_name, from, to, expected) => {
    expect(findings(planted(pages, from, to), name, ['table-cross-footing'])).toEqual(expected);
  });
});

describe('政府采购预算表: levels by column, continued on the next page (政协办公厅 2017)', () => {
  const name = 'zhengxie-2017-procurement-pages.pdf';
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = await pagesOf(name);
  });

  it('reads one table over both pages, each row knowing the column its name begins in', () => {
    const tables = readTables(documentOf(pages, name)).tables;
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows;
    expect(rows).toHaveLength(40);
    const at = (label: string) => rows.find((row) => row.label.startsWith(label))?.labelColumns;
    // 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式
    expect([at('合计'), at('一、货物A'), at('办公设备购置费'), at('台式计算机'), at('三、服务C'), at('省政协全委会')]).toEqual([
      { first: 0, last: 0 },
      { first: 0, last: 0 },
      { first: 1, last: 2 },
      { first: 3, last: 4 },
      { first: 0, last: 0 },
      { first: 1, last: 2 },
    ]);
    expect(rows[rows.length - 1]!.values[0]?.text).toBe('6.00');
  });

  it('sums 合计 over the 大类 and each level over the one below it: all hold', () => {
    expect(findings(pages, name, ['table-footing', 'table-codes'])).toEqual([]);
    const report = auditDocument(documentOf(pages, name), { force: true });
    // 合计, 2 大类 and 9 专项, each checked (not skipped as a list that counts its subtotals).
    expect(report.stats.checked).toBeGreaterThanOrEqual(12);
  });

  it.each<[string, string, string, string[]]>([
    ['a wrong 大类', '259.32', '269.32', ['error table-codes: 269.32,95.00,140.20,12.40,7.20,4.52', 'error table-footing: 269.32,1,271.22,1,011.90']],
    ['a wrong 专项 (on page 13)', '74.40', '84.40', ['error table-codes: 84.40,1,011.90,62.20,714.80,160.50', 'error table-codes: 84.40,16.36,32.64,20.40,5.00']],
    ['a wrong 品目', '48.00', '58.00', ['error table-codes: 95.00,10.80,2.00,0.20,28.00,6.00,58.00']],
  ])('%s still fires', (_name, from, to, expected) => {
    expect(findings(planted(pages, from, to), name, ['table-footing', 'table-codes'])).toEqual(expected);
  });
});

describe('政府采购预算表 whose page break falls inside a 专项 (省委办公厅 2017)', () => {
  const name = 'shengwei-2017-procurement-pages.pdf';
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = await pagesOf(name);
  });

  it('keeps the 专项 printed again over its items on the next page as their heading', () => {
    const [table] = readTables(documentOf(pages, name)).tables;
    const rows = table!.rows;
    const heading = rows.findIndex((row) => row.label === '机要及电子政务业务费办公设备购置');
    expect(rows[heading]!.labelColumns).toEqual({ first: 1, last: 2 });
    // 台式计算机 on page 12, 便携式计算机 (its row printing the merged 专项 cell again) on page 13.
    expect(rows.slice(heading + 1, heading + 3).map((row) => [row.values[0]?.text, row.labelColumns])).toEqual([
      ['4.00', { first: 3, last: 4 }],
      ['3.50', { first: 3, last: 4 }],
    ]);
  });

  it('sums each level over the one below it: all hold', () => {
    expect(findings(pages, name, ['table-footing', 'table-codes'])).toEqual([]);
    // 合计, 2 大类 and 13 专项.
    expect(auditDocument(documentOf(pages, name), { force: true }).stats.checked).toBeGreaterThanOrEqual(16);
  });

  it('a wrong item on the page after its 专项 still fires, against that 专项', () => {
    expect(findings(planted(pages, '3.50', '13.50'), name, ['table-footing', 'table-codes'])).toEqual(['error table-codes: 30.00,4.00,13.50,3.00,2.00,3.00,9.00,1.00,4.50']);
  });
});
