/**
 * Table fixtures built from published disclosures (test/fixtures/tables, checked by verify.py): every
 * planted cell and every real inconsistency is found, relations that hold only thanks to rounding are
 * never errors, and no error names only figures outside the known inconsistencies.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib';
import { documentFromHtml } from '../../scripts/cli/load';

const DIR = join(__dirname, '../fixtures/tables');

interface Relation {
  kind: string;
  cells: string[];
  why: string;
}
interface Expected {
  plants: Array<{ id: string; cell: string; published: string; planted: string }>;
  real: Relation[];
  planted: Relation[];
  rounding_only: Relation[];
}

const bare = (text: string) => text.replace(/[,\s]/g, '').replace(/(万元|元|%)$/, '');
const valuesOf = (relation: Relation) => relation.cells.map((cell) => bare(cell.split('=').pop()!));

/** Known misses, with the reason; each is asserted to be still missed so it is revisited when fixed. */
const KNOWN_MISSES: Record<string, string> = {};

/**
 * Relations the fixture's author listed as real that the engine deliberately does not report, and why.
 * Keyed by fixture and the relation's first words.
 */
const NOT_REPORTED: Array<[string, RegExp, string]> = [
  ['shanghai-jiading-2017-juesuan', /完成预算的0%/, '0 spent of a blank budget: 0 ÷ 0 has no value, and no printed figure can be wrong'],
  ['shanghai-jiading-2017-juesuan', /减少0万元，降低0%/, 'a change of 0 from 0 stated as 0%: no printed figure can be wrong'],
  // guangxi-wuzhou-c-2023-yusuan's section 六 (本年一般公共预算基本支出 911000.39 元) is now found: prose-table binds it
  // to the 一般公共预算 economic table's 合计 / 基本支出 (881,300.39), the same fact (lib/facts).
];

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
  const name = file.replace('.html', '');
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  const report = auditDocument(documentFromHtml(readFileSync(join(DIR, file), 'utf8'), file), { force: true });
  const flagged = report.findings.filter((f) => f.severity !== 'info');
  const known = new Set([...expected.real, ...expected.planted].flatMap(valuesOf));

  describe(`table fixture ${name}`, () => {
    for (const plant of expected.plants) {
      const key = `${name}:${plant.id}`;
      const found = () => flagged.some((f) => f.figures.some((g) => bare(g.text) === bare(plant.planted)));
      if (KNOWN_MISSES[key]) it(`${plant.id} not yet found (${KNOWN_MISSES[key]})`, () => expect(found()).toBe(false));
      else it(`finds planted ${plant.id}: ${plant.cell} ${plant.published} → ${plant.planted}`, () => expect(found()).toBe(true));
    }

    for (const relation of expected.real) {
      const reason = NOT_REPORTED.find(([fixture, pattern]) => fixture === name && pattern.test(relation.why))?.[2];
      if (reason) {
        it(`raises no error on (by design): ${relation.why.slice(0, 50)} — ${reason}`, () => {
          const values = valuesOf(relation);
          const errors = report.findings.filter((f) => f.severity === 'error' && f.figures.filter((g) => values.includes(bare(g.text))).length >= Math.min(2, values.length));
          expect(errors.filter((f) => f.check !== 'parts-total').map((f) => f.message)).toEqual([]);
        });
        continue;
      }
      it(`finds the real inconsistency: ${relation.why.slice(0, 70)}`, () => {
        const values = valuesOf(relation);
        expect(flagged.some((f) => f.figures.filter((g) => values.includes(bare(g.text))).length >= Math.min(2, values.length))).toBe(true);
      });
    }

    it('never calls a rounding-only relation an error', () => {
      for (const relation of expected.rounding_only) {
        const values = valuesOf(relation);
        const errors = report.findings.filter((f) => f.severity === 'error' && f.figures.length > 0 && f.figures.every((g) => values.includes(bare(g.text))));
        expect(errors.map((f) => f.message)).toEqual([]);
      }
    });

    it('raises no error outside the known inconsistencies', () => {
      for (const finding of report.findings.filter((f) => f.severity === 'error')) {
        expect(finding.figures.some((g) => known.has(bare(g.text))), finding.message).toBe(true);
      }
    });
  });
}
