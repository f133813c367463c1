/**
 * Words and numbers for the UI: severity names, check titles (from the engine's registry), and the
 * difference between what a relation gives and what is printed. Pure functions, no DOM.
 */
import { checkTitle, difference, SEVERITY_LABEL } from '../lib/export/words';
import type { Finding, Severity } from '../lib/report';

// One source of these words for the panel, the page and the exports (lib/export/words.ts).
export { checkTitle, difference, SEVERITY_LABEL };

export const SEVERITY_HINT: Record<Severity, string> = {
  error: '所印数字不可能同时成立',
  warning: '可疑，但不能断定有错',
  info: '取整误差范围内，或无法核对',
};
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  const result: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) result[finding.severity]++;
  return result;
}

/** One line for screen readers and the live region. */
export function spokenFinding(finding: Finding): string {
  const [primary, ...related] = finding.figures;
  const parts = [`${SEVERITY_LABEL[finding.severity]}，${checkTitle(finding.check)}：${finding.message}`];
  if (finding.table) parts.push(`表格：${finding.table}`);
  if (finding.expected !== null) parts.push(`应为${finding.expected}`);
  if (finding.actual !== null) parts.push(`印为${finding.actual}`);
  if (primary) parts.push(`所指数字：${primary.text}`);
  if (related.length > 0) parts.push(`参与比较的数字：${related.map((figure) => figure.text).join('、')}`);
  return parts.join('；');
}
