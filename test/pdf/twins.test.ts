/**
 * Pages and their PDF twins: the engine must give the same detection, totals and findings (check,
 * severity, figures) on a PDF as on the HTML it was made from. The twins are made the ways units make
 * their PDFs:
 * - printed by Chromium (`chromium --headless --no-pdf-header-footer --print-to-pdf`);
 * - pasted into Word and exported: LibreOffice Writer, HTML → .docx → PDF
 *   (`npx tsx scripts/make-writer-twin.ts PAGE.html OUT.pdf [article selector]`). Writer wraps long
 *   figures inside narrow cells, breaks tables between header rows and pages, spaces out the characters
 *   of titles and wraps lines ragged before unbreakable figures: each of those once changed a finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument, type DocumentReport } from '../../lib';
import { documentFromHtml } from '../../scripts/cli/load';
import { readFixture } from './helpers';

const ROOT = join(__dirname, '../..');

const TWINS: Array<{ page: string; pdf: string; maker: string }> = [
  { page: 'seeds/qijiang-2024-juesuan.html', pdf: 'qijiang-2024-juesuan.chromium.pdf', maker: 'Chromium' },
  { page: 'test/fixtures/real/yichuan-2025-final.html', pdf: 'yichuan-2025-final.writer.pdf', maker: 'Writer, .docx' },
  { page: 'test/fixtures/real/chengguan-2026-budget.html', pdf: 'chengguan-2026-budget.writer.pdf', maker: 'Writer, .docx' },
  { page: 'seeds/dianjiang-2024-yusuan.html', pdf: 'dianjiang-2024-yusuan.writer.pdf', maker: 'Writer, .docx' },
  { page: 'seeds/panzhihua-dongqu-2024-juesuan.html', pdf: 'panzhihua-dongqu-2024-juesuan.writer.pdf', maker: 'Writer, .docx' },
];

const key = (report: DocumentReport) =>
  report.findings.map((finding) => `${finding.check} ${finding.severity} ${finding.figures.map((figure) => figure.value).join(',')} ${finding.expected ?? ''} ${finding.actual ?? ''}`).sort();

describe('a page and its PDF twin', () => {
  it.each(TWINS)('$pdf ($maker) gives the findings of $page', async ({ page, pdf }) => {
    const fromHtml = auditDocument(documentFromHtml(readFileSync(join(ROOT, page), 'utf8'), page));
    const fromPdf = auditDocument((await readFixture(pdf)).document);
    expect(fromPdf).toMatchObject({ detected: true, kind: fromHtml.kind, year: fromHtml.year, unit: fromHtml.unit });
    expect(fromPdf.totals).toEqual(fromHtml.totals);
    expect(key(fromPdf)).toEqual(key(fromHtml));
    // Nearly as many relations checked (a few sums a PDF's layout hides, e.g. a wrapped row label, may go).
    expect(fromPdf.stats.checked).toBeGreaterThanOrEqual(Math.floor(0.9 * fromHtml.stats.checked));
    expect(fromPdf.stats.checked).toBeGreaterThan(20);
  });
});
