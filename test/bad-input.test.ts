/** Large and hostile input to the engine: it finishes, reports, and never throws. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument, documentFromText } from '../lib';
import { documentFromHtml } from '../scripts/cli/load';

describe('bad input', () => {
  it('audits 10 MB of disclosure text to the end', () => {
    const seeds = join(__dirname, '../seeds');
    const unit = readdirSync(seeds)
      .filter((n) => n.endsWith('.html'))
      .map((n) => documentFromHtml(readFileSync(join(seeds, n), 'utf8'), n).blocks.map((b) => b.text).join('\n'))
      .join('\n');
    let text = '';
    while (text.length < 10 * 1024 * 1024) text += `${unit}\n`;
    const report = auditDocument(documentFromText(text, 'big.txt').document);
    expect(report.detected).toBe(true);
    expect(report.stats.figures).toBeGreaterThan(100_000);
    expect(report.truncated).toBe(false);
  }, 120_000);

  it('text that tempts a regular expression to backtrack', () => {
    const nasty = ['1'.repeat(50_000), '1,'.repeat(20_000) + 'x', '增加'.repeat(20_000) + '5万元', '（'.repeat(30_000) + '3.1万元', `${'其中：'.repeat(10_000)}1.00万元`].join('\n');
    const report = auditDocument(documentFromText(nasty, 'nasty.txt').document, { force: true });
    expect(report.stats.figures).toBeGreaterThan(0);
  });

  it('a document made only of numbers', () => {
    const numbers = Array.from({ length: 20_000 }, (_, i) => `${i}.${i % 100}`).join(' ');
    expect(() => auditDocument(documentFromText(numbers, 'n.txt').document, { force: true })).not.toThrow();
  });
});
