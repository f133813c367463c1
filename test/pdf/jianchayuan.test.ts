/**
 * Two years of one Word template (江苏省人民检察院 2017 and 2018 部门预算, as published), read through the
 * PDF path. Word prints their figures in a synthetic italic (a sheared text matrix, sometimes on one
 * glyph: the "." of "81.6%") and justifies their paragraphs by stretching the spaces typed around each
 * figure to an em or more. Read wrong, 2018 said "降幅816%" (a false error), a dozen rates were lost, and
 * justified paragraphs were taken for table rows; fixed, each document must keep its real findings and
 * the 2018 情况说明 must give what its hand-audited text (test/fixtures/real/jiangsu-jianchayuan-2018-
 * budget.txt) gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditDocument, type DisclosureDocument, type DocumentReport } from '../../lib';
import { readFixture } from './helpers';

type Finding = DocumentReport['findings'][number];
const strong = (report: DocumentReport) => report.findings.filter((finding) => finding.severity !== 'info');
const values = (finding: Finding) => new Set(finding.figures.map((figure) => figure.value));
const brief = (finding: Finding) => `${finding.severity} ${finding.check} ${finding.figures.map((figure) => figure.value).join(',')}`;

describe('江苏省人民检察院 2018 预算 (PDF)', () => {
  let document: DisclosureDocument;
  let report: DocumentReport;
  beforeAll(async () => {
    document = (await readFixture('jianchayuan-2018-budget.pdf')).document;
    report = auditDocument(document);
  });

  it('reads the figures printed in a synthetic italic, the slanted "." of 81.6% too', () => {
    const text = document.blocks.map((block) => block.text).join('\n');
    for (const printed of ['降幅81.6%', '降幅9.1%', '增长21.95%', '增长36.58%', '占63.75%', '占“三公”经费的20.65%', '增长16倍']) expect(text).toContain(printed);
    expect(text).not.toMatch(/(增长|降幅|占)%/);
    expect(report.findings.filter((finding) => values(finding).has('816'))).toEqual([]);
  });

  it('keeps its justified paragraphs paragraphs: every table is one of the twelve 公开表', () => {
    const captions = document.tables.map((table) => table.caption);
    expect(captions.filter((caption) => /公开\s*\d+\s*表/.test(caption))).toHaveLength(12);
    for (const table of document.tables) expect(table.rows.flat().map((cell) => cell.text).join('')).not.toMatch(/主要原因|与上年相比/);
  });

  it('finds every core finding of the hand-audited text, and raises no other error', () => {
    const key = JSON.parse(readFileSync(join(__dirname, '../fixtures/real/jiangsu-jianchayuan-2018-budget.key.json'), 'utf8')) as {
      findings: Array<{ id: string; level: string; values: string[] }>;
    };
    const plain = (value: string) => String(Number(value.replace(/,/g, '')));
    const found = strong(report);
    const used = new Set<Finding>();
    const missed: string[] = [];
    for (const entry of key.findings.filter((finding) => finding.level === 'core')) {
      const want = entry.values.map(plain);
      const hits = found.filter((finding) => want.filter((value) => [...values(finding)].map(plain).includes(value)).length >= Math.min(2, want.length));
      if (hits.length === 0) missed.push(entry.id);
      for (const hit of hits) used.add(hit);
    }
    expect(missed).toEqual([]);
    // (The PDF has its 目录 and 附表 too, which the text fixture has not: they add no error.)
    expect(found.filter((finding) => finding.severity === 'error' && !used.has(finding)).map(brief)).toEqual([]);
  });
});

describe('江苏省人民检察院 2017 预算 (PDF)', () => {
  let document: DisclosureDocument;
  let report: DocumentReport;
  beforeAll(async () => {
    document = (await readFixture('jianchayuan-2017-budget.pdf')).document;
    report = auditDocument(document);
  });

  it('reads its italic rates and its justified paragraphs as prose', () => {
    const text = document.blocks.map((block) => block.text).join('\n');
    for (const printed of ['增长8.85%', '增长13.69%', '减少0.36%', '占68.48%', '增长129.97%', '占“三公”经费的54.43%']) expect(text).toContain(printed);
    expect(document.tables.every((table) => /表/.test(table.caption))).toBe(true);
    expect(document.tables).toHaveLength(12);
  });

  it('keeps its real errors, and finds those its rates hid', () => {
    expect(strong(report).map(brief).sort()).toEqual(
      [
        // 基本支出 printed 12323.46 in 一、 and 12323.48 in 三、 and in both tables (the table's line is a fact now).
        'error restated 12323.48,12323.46',
        'error prose-table 12323.46,12323.48',
        // 6032.55 − 3401.59 = 2630.96; 3401.59 ÷ 2630.96 = 129.29%, printed 129.97%.
        'error year-on-year 6032.55,3401.59,129.97',
        // The 三公 shares of 584.35 (110 + 317.8 + 156.55): 54.39% and 26.79%, printed 54.43% and 26.72%.
        'error share 54.43,317.8,584.35',
        'error share 26.72,156.55,584.35',
        // 309.03 ÷ 13347.31 = 2.3153%: 2.31% is the rate cut off, not rounded.
        'warning year-on-year 13656.34,309.03,2.31',
      ].sort(),
    );
  });
});
