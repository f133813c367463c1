/**
 * The engine's time budget hook (AuditOptions.shouldStop): an audit stopped part-way keeps the findings
 * it made, names every family it did not finish, and never invents a finding the full audit lacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument, CHECK_FAMILIES } from '../lib';
import { documentFromHtml } from '../scripts/cli/load';
import { brief } from './helpers/audit';

const page = join(__dirname, '../seeds/panzhihua-dongqu-2024-juesuan.html');
const document = documentFromHtml(readFileSync(page, 'utf8'), page);
const full = auditDocument(document);
const familyIds = CHECK_FAMILIES.map((family) => family.id);

/** A shouldStop that says yes from its n-th question on. */
function stopAfter(n: number): () => boolean {
  let asked = 0;
  return () => ++asked > n;
}

describe('an audit stopped by its budget', () => {
  it('finishes everything when never stopped', () => {
    expect(full.unfinished).toEqual([]);
    expect(full.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it.each([0, 1, 3, 8, 20])('stopped after %i questions: unfinished families named, findings a subset', (n) => {
    const partial = auditDocument(document, { shouldStop: stopAfter(n) });
    expect(partial.unfinished!.length).toBeGreaterThan(0);
    // The unfinished families are the tail of the registry, in order.
    expect(partial.unfinished).toEqual(familyIds.slice(familyIds.length - partial.unfinished!.length));
    const fullBriefs = new Set(full.findings.map(brief));
    for (const finding of partial.findings) expect(fullBriefs).toContain(brief(finding));
  });

  it('stopped at once, it checks nothing but still reports what it read', () => {
    const partial = auditDocument(document, { shouldStop: () => true });
    expect(partial.unfinished).toEqual(familyIds);
    expect(partial.findings).toEqual([]);
    expect(partial.stats.figures).toBe(full.stats.figures);
    expect(partial.totals).toEqual(full.totals);
  });

  it('skips disabled families without calling them unfinished', () => {
    const partial = auditDocument(document, { shouldStop: () => true, disabledChecks: ['share'] });
    expect(partial.unfinished).not.toContain('share');
  });
});
