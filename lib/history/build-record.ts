/** A saved record from a page's report (and, when the page's text was read, its key figures). */
import { TOTAL_KEYS, type DocumentReport } from '../report';
import { toStored, type KeyFigure } from './key-figures';
import { isHistoryFinding } from './merge';
import type { HistoryRecord } from './record';
import { unitKey } from './unit-key';

export function recordFromReport(url: string, title: string, report: DocumentReport, figures: readonly KeyFigure[], readAt: Date): HistoryRecord {
  const findings = { error: 0, warning: 0, info: 0 };
  for (const finding of report.findings) if (!isHistoryFinding(finding)) findings[finding.severity]++;
  const totals: HistoryRecord['totals'] = {};
  for (const key of TOTAL_KEYS) {
    const value = report.totals[key];
    if (value !== undefined && /^-?\d+(\.\d+)?$/.test(value)) totals[key] = value;
  }
  return {
    url,
    title: (report.title || title).slice(0, 1000),
    unit: report.unit,
    unitKey: unitKey(report.unit),
    year: report.year,
    kind: report.kind,
    readAt: readAt.toISOString(),
    totals,
    figures: toStored(figures),
    findings,
  };
}

/** Same reading of the page apart from the time and the key figures (which only the page's text gives). */
export function sameReport(a: HistoryRecord, b: HistoryRecord): boolean {
  const facts = (r: HistoryRecord) => JSON.stringify([r.url, r.title, r.unit, r.year, r.kind, TOTAL_KEYS.map((k) => r.totals[k] ?? null), r.findings.error, r.findings.warning, r.findings.info]);
  return facts(a) === facts(b);
}
