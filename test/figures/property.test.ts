/** Property-based: the parser and the whole engine never throw, whatever text they are given. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDocument, documentFromText } from '../../lib';
import { parseNumber } from '../../lib/figures/number';

/** Text made of the characters disclosures are made of, so the generator reaches the interesting paths. */
const disclosureChar = fc.constantFrom(...'0123456789.,，。；：、％%万元亿人辆分其中占增加减少增长下降比上年较年初预算数合计（）() \n基本支出项目收入三公经费主要原因是两项品迭后节约人均完成的'.split(''));
const disclosureText = fc.array(disclosureChar, { maxLength: 400 }).map((chars) => chars.join(''));

describe('never throws', () => {
  it('parseNumber on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const parsed = parseNumber(s);
      if (parsed) expect(parsed.value.isFinite()).toBe(true);
    }));
  });

  it('the engine on text made of disclosure characters', () => {
    fc.assert(
      fc.property(disclosureText, (text) => {
        const report = auditDocument(documentFromText(text, 'p.txt').document, { force: true });
        for (const finding of report.findings) expect(['error', 'warning', 'info']).toContain(finding.severity);
      }),
      { numRuns: 300 },
    );
  });

  it('the engine on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      auditDocument(documentFromText(text, 'u.txt').document, { force: true });
    }), { numRuns: 200 });
  });
});
