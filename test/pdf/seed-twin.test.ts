/**
 * The 綦江 seed page printed to PDF by Chromium (test/fixtures/pdf/qijiang-2024-juesuan.chromium.pdf,
 * made with `chromium --headless --no-pdf-header-footer --print-to-pdf`): the engine must give the same
 * findings on the PDF as on the page — check, severity, figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument, type DocumentReport } from '../../lib';
import { documentFromHtml } from '../../scripts/cli/load';
import { readFixture } from './helpers';

const key = (report: DocumentReport) =>
  report.findings.map((finding) => `${finding.check} ${finding.severity} ${finding.figures.map((figure) => figure.value).join(',')} ${finding.expected ?? ''} ${finding.actual ?? ''}`).sort();

describe('a seed page and its PDF twin', () => {
  it('give the same detection, totals and findings', async () => {
    const page = join(__dirname, '../../seeds/qijiang-2024-juesuan.html');
    const fromHtml = auditDocument(documentFromHtml(readFileSync(page, 'utf8'), page));
    const fromPdf = auditDocument((await readFixture('qijiang-2024-juesuan.chromium.pdf')).document);
    expect(fromPdf).toMatchObject({ detected: true, kind: fromHtml.kind, year: fromHtml.year, unit: fromHtml.unit });
    expect(fromPdf.totals).toEqual(fromHtml.totals);
    expect(key(fromPdf)).toEqual(key(fromHtml));
    expect(fromPdf.findings.length).toBeGreaterThan(0);
  });
});
