/**
 * Cross-document findings join the page's own findings, in the engine's order (severity, then place
 * on the page), so that the page, the badge and the panel treat them like any other. Imports types
 * only: the content script uses this, and must not pull in zod or the engine's registry.
 */
import type { Finding } from '../report';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
export const HISTORY_CHECK_PREFIX = 'history-';

function firstAt(finding: Finding): number {
  const at = finding.figures[0]?.at;
  return at ? at.block * 1_000_000 + at.start : 0;
}

export function isHistoryFinding(finding: Pick<Finding, 'check'>): boolean {
  return finding.check.startsWith(HISTORY_CHECK_PREFIX);
}

/** The report with `extra` in place of any cross-document findings it had (a stable sort keeps the engine's order). */
export function withHistoryFindings<R extends { findings: Finding[] }>(report: R, extra: readonly Finding[]): R {
  const own = report.findings.filter((finding) => !isHistoryFinding(finding));
  if (extra.length === 0 && own.length === report.findings.length) return report;
  const findings = [...own, ...extra].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || firstAt(a) - firstAt(b));
  return { ...report, findings };
}
