/** Test helpers: audit a piece of prose or a saved page through the same path as the CLI. */
import { readFileSync } from 'node:fs';
import { auditDocument, documentFromText, type Finding, type TracedReport } from '../../lib';
import { documentFromHtml } from '../../scripts/cli/load';

/** Audits prose as if it were a disclosure (detection is bypassed: snippets are too short to detect). */
export function auditProse(text: string, disabledChecks: string[] = []): TracedReport {
  return auditDocument(documentFromText(text, 'test.txt').document, { force: true, disabledChecks });
}

export function auditHtmlFile(path: string): TracedReport {
  return auditDocument(documentFromHtml(readFileSync(path, 'utf8'), path));
}

/** A finding in a comparable form: check, severity and the figures as printed. */
export function brief(finding: Finding): string {
  return `${finding.check}/${finding.severity}: ${finding.figures.map((f) => f.text).join(',')}`;
}

export function briefs(report: TracedReport, severities: Finding['severity'][] = ['error', 'warning', 'info']): string[] {
  return report.findings.filter((f) => severities.includes(f.severity)).map(brief);
}
