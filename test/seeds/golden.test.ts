/**
 * The engine held to the hand-reviewed findings of every seed page (seeds/*.expected.json, one
 * justification per finding). Any new finding, lost finding or changed severity fails.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditHtmlFile } from '../helpers/audit';

const SEEDS = join(__dirname, '../../seeds');
const ExpectedSchema = z.object({
  source: z.string(),
  detected: z.boolean(),
  kind: z.enum(['预算', '决算']),
  year: z.number(),
  unit: z.string(),
  totals: z.record(z.string(), z.string()),
  findings: z.array(z.object({ check: z.string(), severity: z.enum(['error', 'warning', 'info']), figures: z.array(z.string()), why: z.string().min(10) })),
});

const pages = readdirSync(SEEDS).filter((name) => name.endsWith('.html'));

describe('seed pages match their reviewed expectations', () => {
  it('has an expectation file for each of the five seed pages', () => {
    expect(pages).toHaveLength(5);
    for (const page of pages) expect(readdirSync(SEEDS)).toContain(page.replace('.html', '.expected.json'));
  });

  for (const page of pages) {
    describe(page, () => {
      const expected = ExpectedSchema.parse(JSON.parse(readFileSync(join(SEEDS, page.replace('.html', '.expected.json')), 'utf8')));
      const report = auditHtmlFile(join(SEEDS, page));

      it('detects the document, its kind, year and unit', () => {
        expect({ detected: report.detected, kind: report.kind, year: report.year, unit: report.unit }).toEqual({
          detected: expected.detected,
          kind: expected.kind,
          year: expected.year,
          unit: expected.unit,
        });
      });

      it('states the totals the document states', () => {
        expect(report.totals).toEqual(expected.totals);
      });

      it('reports exactly the reviewed findings', () => {
        const key = (f: { check: string; severity: string; figures: string[] }) => `${f.check}/${f.severity}: ${f.figures.join(',')}`;
        const actual = report.findings.map((f) => key({ ...f, figures: f.figures.map((g) => g.text) })).sort();
        expect(actual).toEqual(expected.findings.map(key).sort());
      });

      it('names every figure of a finding at its place in the page', () => {
        for (const finding of report.findings) for (const figure of finding.figures) expect(figure.at).toBeDefined();
      });
    });
  }
});
