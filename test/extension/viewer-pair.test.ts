/**
 * The viewer's ways in beyond one PDF link: which links say PDF (an address without .pdf is not fetched
 * to find out), which two links are a 情况说明 and its 附表 ("一起检查"), the viewer's address for two
 * sources; and two PDFs checked together (entrypoints/viewer/pair.ts): when they are one disclosure,
 * which comes first, and the merged source whose figures are placed on either file's pages, as the
 * command line merges them. Also where a checklist item without findings leads (checklist-places.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disclosurePart, isWebAddress, looksLikeDisclosureLink, pairLinks, viewerAddress } from '../../entrypoints/shared/pdf-link';
import { checklistProbe, placesFrom } from '../../entrypoints/viewer/checklist-places';
import { apartBecause, mergePdfSources, shiftPages, textFirst } from '../../entrypoints/viewer/pair';
import { figureBoxes, placeInPdf } from '../../entrypoints/viewer/place';
import { auditDocument, mergeDocuments } from '../../lib';
import { documentFromPdf, type PdfDocumentSource } from '../../lib/pdf';
import { loadPdfJs } from '../../scripts/cli/pdf';

describe('links that say PDF', () => {
  it.each([
    // The address says PDF.
    ['https://x.gov.cn/u/2024.pdf', '2024年部门预算公开', true],
    // The text says PDF; the address (a download page) does not, and is not fetched to find out.
    ['https://x.gov.cn/download.jsp?id=7', '2024年部门预算公开（PDF）', true],
    ['https://x.gov.cn/download.jsp?id=7', '2024年部门决算.pdf', true],
    ['https://x.gov.cn/down?f=1', 'PDF版：2024年部门预算', true],
    // "附件" says nothing of the type.
    ['https://x.gov.cn/download.jsp?id=8', '2024年部门预算附件', false],
    ['https://x.gov.cn/download.jsp?id=8', '2024年部门预算（Word）', false],
    // "pdf" inside a longer word is not the type.
    ['https://x.gov.cn/download.jsp?id=8', '2024年部门预算 pdfjs', false],
    // PDF, but no disclosure named.
    ['https://x.gov.cn/download.jsp?id=9', '会议通知（PDF）', false],
    // Not a web address.
    ['javascript:void(0)', '2024年部门预算（PDF）', false],
  ])('%s "%s" → %s', (href, text, expected) => expect(looksLikeDisclosureLink(href, text)).toBe(expected));

  it.each([
    ['https://a.gov.cn/x', true],
    ['http://a.gov.cn/x', true],
    ['ftp://a/x.pdf', false],
    ['chrome-extension://id/viewer.html', false],
    ['', false],
  ])('web address %s → %s', (address, expected) => expect(isWebAddress(address)).toBe(expected));

  it('the viewer address of two sources carries both, in order', () => {
    expect(viewerAddress('chrome-extension://id/', ['http://h/a.pdf', 'http://h/a 附表.pdf?x=1&y=2'])).toBe(
      'chrome-extension://id/viewer.html?src=http%3A%2F%2Fh%2Fa.pdf&src=http%3A%2F%2Fh%2Fa%20%E9%99%84%E8%A1%A8.pdf%3Fx%3D1%26y%3D2',
    );
  });
});

describe('a 情况说明 and its 附表 among a page\'s links', () => {
  it.each([
    ['江苏省政协办公厅2018年度部门预算公开', { stem: '江苏省政协办公厅2018年度部门预算公开', role: 'text' }],
    ['江苏省政协办公厅2018年度部门预算公开附表', { stem: '江苏省政协办公厅2018年度部门预算公开', role: 'tables' }],
    ['XX局2024年部门决算情况说明.pdf', { stem: 'XX局2024年部门决算', role: 'text' }],
    ['XX局2024年部门决算报表（PDF）', { stem: 'XX局2024年部门决算', role: 'tables' }],
    // No year, or no disclosure named: never paired.
    ['部门预算附表', null],
    ['2024年会议材料附表', null],
  ])('"%s" → %j', (text, expected) => expect(disclosurePart('https://x.gov.cn/a.pdf', text)).toEqual(expected));

  it('the file name stands in for a text that names no disclosure', () => {
    expect(disclosurePart('https://x.gov.cn/files/2024%E5%B9%B4%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97%E9%99%84%E8%A1%A8.pdf', '附件2')).toEqual({ stem: '2024年部门预算', role: 'tables' });
  });

  const link = (href: string, text: string) => ({ href: `https://x.gov.cn/${href}`, text });
  it.each([
    ['one statement and its tables', [link('a.pdf', 'A单位2024年部门预算'), link('b.pdf', 'A单位2024年部门预算附表')], [[0, 1]]],
    ['the tables listed first: the statement still first in the pair', [link('b.pdf', 'A单位2024年部门预算附表'), link('a.pdf', 'A单位2024年部门预算')], [[1, 0]]],
    ['two units: no pair', [link('a.pdf', 'A单位2024年部门预算'), link('b.pdf', 'B单位2024年部门预算附表')], []],
    ['two years: no pair', [link('a.pdf', 'A单位2023年部门预算'), link('b.pdf', 'A单位2024年部门预算附表')], []],
    ['预算 and 决算: no pair', [link('a.pdf', 'A单位2024年部门预算'), link('b.pdf', 'A单位2024年部门决算附表')], []],
    ['two statements for one table file: which one is unclear, no pair', [link('a.pdf', 'A单位2024年部门预算'), link('c.pdf', 'A单位2024年部门预算说明'), link('b.pdf', 'A单位2024年部门预算附表')], []],
    ['the same address twice (a link and its icon) is one link', [link('a.pdf', 'A单位2024年部门预算'), link('a.pdf', 'A单位2024年部门预算'), link('b.pdf', 'A单位2024年部门预算附表')], [[1, 2]]],
    ['two pairs on one page', [link('a.pdf', 'A单位2024年部门预算'), link('b.pdf', 'A单位2024年部门预算附表'), link('c.pdf', 'B单位2024年部门预算'), link('d.pdf', 'B单位2024年部门预算附表')], [[0, 1], [2, 3]]],
  ])('%s', (_name, links, expected) => expect(pairLinks(links)).toEqual(expected));
});

describe('two PDFs checked together (江苏政协 2018 预算: 情况说明 and 附表)', () => {
  let text: PdfDocumentSource;
  let tables: PdfDocumentSource;
  let other: PdfDocumentSource;
  beforeAll(async () => {
    const { pdfjs, documentParams } = await loadPdfJs();
    const read = (file: string) => documentFromPdf(new Uint8Array(readFileSync(join('test/fixtures/pdf', file))), pdfjs, file, { documentParams });
    [text, tables, other] = await Promise.all([read('zhengxie-2018-budget.pdf'), read('zhengxie-2018-budget-tables.pdf'), read('jianchayuan-2018-budget.pdf')]);
  }, 60_000);

  it('they are one disclosure; another unit\'s 预算 of the same year is not', () => {
    expect(apartBecause(text.document, tables.document)).toBeNull();
    expect(apartBecause(tables.document, text.document)).toBeNull();
    expect(apartBecause(other.document, tables.document)).toBe('unit');
  });

  it('the 情况说明 comes first whichever order they were given in', () => {
    const a = { document: text.document, name: 'text' };
    const b = { document: tables.document, name: 'tables' };
    expect(textFirst([b, a]).map((x) => x.name)).toEqual(['text', 'tables']);
    expect(textFirst([a, b]).map((x) => x.name)).toEqual(['text', 'tables']);
  });

  it('a later file\'s pieces are on pages after the earlier file\'s', () => {
    const shifted = shiftPages(tables.pieces, text.pagesRead);
    expect(shifted.map((piece) => piece.page)).toEqual(tables.pieces.map((piece) => piece.page + text.pagesRead));
    expect(shiftPages(tables.pieces, 0)).toEqual(tables.pieces);
  });

  it('merged, the report is the command line\'s, and its figures are placed on both files\' pages, each on its own characters', async () => {
    // 政协 2019: a pair with a finding that cites both files (the planted 委员视察 428 against the 附表's 426.00).
    const { pdfjs, documentParams } = await loadPdfJs();
    const read = (file: string) => documentFromPdf(new Uint8Array(readFileSync(join('test/fixtures/real', file))), pdfjs, file, { documentParams });
    const [text, tables] = await Promise.all([read('jiangsu-zhengxie-bangongting-2019-budget-text.pdf'), read('jiangsu-zhengxie-bangongting-2019-budget-tables.pdf')]);
    const merged = mergePdfSources([{ source: text, pageOffset: 0 }, { source: tables, pageOffset: text.pagesRead }]);
    expect(merged.document).toEqual(mergeDocuments([text.document, tables.document]).document);
    const report = auditDocument(merged.document);
    const prose = report.findings.find((f) => f.check === 'prose-table');
    expect(prose?.figures.map((g) => g.text)).toEqual(['428万元', '426.00']);
    const placement = placeInPdf(report, merged);
    expect(placement.placed).toEqual(report.findings.map((f) => f.figures.filter((g) => g.at).length));
    const pages = (figure: string) => placement.marks.filter((m) => m.figure === figure).flatMap((m) => m.boxes.map((b) => b.page));
    // 428 on the statement's pages, 426.00 on the tables' (numbered after the statement's).
    expect(pages('428万元').length).toBeGreaterThan(0);
    expect(pages('428万元').every((page) => page <= text.pagesRead)).toBe(true);
    expect(pages('426.00').length).toBeGreaterThan(0);
    expect(pages('426.00').every((page) => page > text.pagesRead)).toBe(true);
    // The same boxes as placing the figure on the 附表 alone, moved by the statement's pages.
    const at = prose!.figures[1]!.at!;
    const alone = figureBoxes(tables, { ...at, table: at.table! - merged.merged.files[1]!.tableStart });
    expect(alone?.boxes.map((b) => ({ ...b, page: b.page + text.pagesRead }))).toEqual(placement.marks.find((m) => m.figure === '426.00')!.boxes);
  });

  it('a checklist ✗ with places and no finding leads to the mark of its first place', () => {
    const report = auditDocument(text.document);
    const figure = report.findings[0]!.figures[0]!;
    const item = { ...report.checklist!.items[0]!, status: 'fail' as const, findings: [], places: [figure] };
    const probe = checklistProbe({ ...report, checklist: { version: report.checklist!.version, items: [item, { ...item, id: 'no-place', places: [{ ...figure, at: undefined }] }] } });
    expect(probe?.items).toEqual([item.id, 'no-place']);
    const places = placesFrom(placeInPdf(probe!.probe, text), probe!.items);
    expect([...places.keys()]).toEqual([item.id]);
    const ownMark = placeInPdf(report, text).marks.find((m) => m.figure === figure.text)!;
    expect(places.get(item.id)!.key).toBe(ownMark.key);
    // Items that pass, or fail through findings, are reached through those findings instead.
    expect(checklistProbe({ ...report, checklist: { version: report.checklist!.version, items: [{ ...item, status: 'pass' }] } })).toBeNull();
  });
});
