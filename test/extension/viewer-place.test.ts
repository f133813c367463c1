/**
 * The viewer's pure parts: which links and tabs are PDFs to offer it, and where a finding's figures
 * are printed (entrypoints/viewer/place.ts, over lib/pdf's pieces and charBox).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPdfAddress, looksLikeDisclosureLink, viewerAddress } from '../../entrypoints/shared/pdf-link';
import { figureBoxes, isPdfStop, pdfLookOf, placeInPdf, type PdfPlacement } from '../../entrypoints/viewer/place';
import { auditDocument } from '../../lib';
import { documentFromPdf, type PdfDocumentSource } from '../../lib/pdf';
import type { DocumentReport } from '../../lib/report';
import { loadPdfJs } from '../../scripts/cli/pdf';

describe('PDF addresses', () => {
  it.each([
    ['https://czj.example.gov.cn/files/2024年部门预算.pdf', true],
    ['http://x.gov.cn/a/b/REPORT.PDF?download=1', true],
    ['https://x.gov.cn/a/%E9%A2%84%E7%AE%97.pdf#page=2', true],
    ['https://x.gov.cn/a/report.pdf.html', false],
    ['https://x.gov.cn/a/pdf', false],
    ['file:///home/me/a.pdf', false],
    ['chrome-extension://abc/viewer.html?src=a.pdf', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (address, expected) => expect(isPdfAddress(address)).toBe(expected));

  it('the viewer address carries the source, encoded', () => {
    expect(viewerAddress('chrome-extension://id/', 'http://h/a b.pdf?x=1&y=2')).toBe('chrome-extension://id/viewer.html?src=http%3A%2F%2Fh%2Fa%20b.pdf%3Fx%3D1%26y%3D2');
  });

  it.each([
    ['https://x.gov.cn/u/2024.pdf', '2024年部门预算公开', true],
    ['https://x.gov.cn/u/2024部门决算.pdf', '附件1', true],
    ['https://x.gov.cn/u/notice.pdf', '会议通知', false],
    ['https://x.gov.cn/u/2024预算.doc', '2024年部门预算', false],
  ])('disclosure link %s "%s" → %s', (href, text, expected) => expect(looksLikeDisclosureLink(href, text)).toBe(expected));
});

describe('placing findings on a PDF (江苏政协 2018 预算)', () => {
  let source: PdfDocumentSource;
  let report: DocumentReport;
  let placement: PdfPlacement;
  beforeAll(async () => {
    const { pdfjs, documentParams } = await loadPdfJs();
    const data = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/pdf/zhengxie-2018-budget.pdf')));
    source = await documentFromPdf(data, pdfjs, 'zhengxie-2018-budget.pdf', { documentParams });
    report = auditDocument(source.document);
    placement = placeInPdf(report, source);
  });

  it('places every figure of every finding, one mark per figure', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    expect(placement.placed).toEqual(report.findings.map((f) => f.figures.filter((g) => g.at).length));
    const distinct = new Set(report.findings.flatMap((f) => f.figures.map((g) => JSON.stringify(g.at))));
    expect(placement.marks).toHaveLength(distinct.size);
  });

  it("a figure's box covers the characters of the pieces that print it", () => {
    for (const mark of placement.marks) {
      expect(mark.boxes.length).toBeGreaterThan(0);
      for (const box of mark.boxes) {
        const page = source.pieces.find((piece) => piece.page === box.page);
        expect(page).toBeDefined();
        // The pieces on the same baseline that overlap the box spell the figure's digits.
        const under = source.pieces
          .filter((piece) => piece.page === box.page && Math.abs(piece.y - box.y) < 1 && piece.x < box.x + box.width - 0.5 && piece.x + piece.width > box.x + 0.5)
          .map((piece) => piece.text)
          .join('');
        expect(under.replace(/\D/g, '')).toContain(mark.figure.replace(/\D/g, '').slice(0, 3));
      }
    }
  });

  it('the primary figure of an error is a stop, in the error colour; the others are related', () => {
    const error = report.findings.findIndex((f) => f.severity === 'error');
    expect(error).toBeGreaterThanOrEqual(0);
    const lead = placement.marks.find((mark) => mark.leadOf.includes(error))!;
    expect(pdfLookOf(lead, report, false)).toEqual({ role: 'primary', severity: 'error' });
    expect(isPdfStop(lead, report, false)).toBe(true);
    const other = placement.marks.find((mark) => mark.findings.includes(error) && mark !== lead)!;
    expect(pdfLookOf(other, report, false)).toEqual({ role: 'related', severity: 'error' });
    expect(isPdfStop(other, report, false)).toBe(false);
  });

  it('a place that is not in the document has no boxes', () => {
    expect(figureBoxes(source, { block: 99_999, start: 0, end: 3 })).toBeNull();
    expect(figureBoxes(source, { block: -1, table: 999, row: 0, cell: 0, start: 0, end: 3 })).toBeNull();
  });
});
