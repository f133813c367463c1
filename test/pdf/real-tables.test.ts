/**
 * Real 江苏 tables whose structure the PDF reader once read wrong, each cut from its PDF with qpdf (the
 * pages as printed, nothing else): the reading must come out as printed, the figures (which hold, by
 * hand) must raise no error, and the same table with one figure changed must still raise one.
 *
 * - jianchayuan-2019-sangong-page.pdf: 江苏省人民检察院 2019 预算, page 20, the 三公 table (Excel, each
 *   cell's borders drawn on their own). Its header has three rows: 合计 | “三公”经费 (小计, 因公出国（境）费,
 *   公务用车购置及运行维护费 (小计, 购置费, 运行维护费), 公务接待费) | 会议费 | 培训费. The top row was left in
 *   the caption, so 合计 was read as the sum of 小计 and all its parts (1276.70 against 1694.96).
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
