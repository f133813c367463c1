/** Cross-document findings join the page's own, in the engine's order, and replace earlier ones. */
import { describe, expect, it } from 'vitest';
import { withHistoryFindings } from '../../lib/history/merge';
import type { Finding } from '../../lib/report';

const finding = (check: string, severity: Finding['severity'], block: number): Finding => ({
  check,
  severity,
  message: `${check}@${block}`,
  figures: [{ text: '1万元', value: '1', unit: '万元', quote: '1万元', at: { block, start: 0, end: 3 } }],
  expected: null,
  actual: null,
});

describe('withHistoryFindings', () => {
  const own = [finding('parts-total', 'error', 5), finding('share', 'warning', 1), finding('restated', 'info', 2)];
  const report = { findings: own };

  it('sorts them in by severity, then place on the page', () => {
    const merged = withHistoryFindings(report, [finding('history-prior-year', 'error', 3), finding('history-budget', 'info', 0)]);
    expect(merged.findings.map((f) => f.message)).toEqual(['history-prior-year@3', 'parts-total@5', 'share@1', 'history-budget@0', 'restated@2']);
  });

  it('replaces the cross-document findings of an earlier merge', () => {
    const once = withHistoryFindings(report, [finding('history-prior-year', 'error', 3)]);
    const twice = withHistoryFindings(once, [finding('history-budget', 'warning', 9)]);
    expect(twice.findings.map((f) => f.check)).toEqual(['parts-total', 'share', 'history-budget', 'restated']);
  });

  it('returns the same report when there is nothing to add', () => {
    expect(withHistoryFindings(report, [])).toBe(report);
  });
});
