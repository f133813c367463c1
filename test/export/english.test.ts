/**
 * The exports in English: every word is English except text copied from the document (its title and
 * unit, table titles, figures and the clauses they stand in, names quoted in an explanation), which
 * stays as printed so a reader can find it on the page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown, type ExportItem } from '../../lib/export';
import type { ExplainArg } from '../../lib/i18n/explain';
import type { DocumentReport } from '../../lib/report';
import { auditHtmlFile } from '../helpers/audit';
import { ROOT } from '../helpers/cli';
import { EN, ZH } from '../helpers/words';
import { READ_AT, sampleItem } from './sample';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Plain strings among an explanation's arguments: text copied from the document (lib/i18n/explain.ts). */
function copiedText(arg: ExplainArg, into: string[]): void {
  if (typeof arg === 'string') into.push(arg);
  else if ('message' in arg) for (const inner of Object.values(arg.args ?? {})) copiedText(inner, into);
}

function documentText(report: DocumentReport): string[] {
  const texts = [report.title, report.unit ?? ''];
  for (const finding of report.findings) {
    texts.push(finding.table ?? '');
    for (const figure of finding.figures) texts.push(figure.text, figure.quote, figure.unit ?? '');
    for (const arg of Object.values(finding.explain?.args ?? {})) copiedText(arg, texts);
  }
  // Longest first, so a quote goes before the figure inside it.
  return texts.filter((text) => CJK.test(text)).sort((a, b) => b.length - a.length);
}

/** What is left of an export's text once the document's own text is taken out, line by line, with CJK. */
function nonDocumentCjk(text: string, reports: readonly DocumentReport[]): string[] {
  const copied = [...new Set(reports.flatMap(documentText))].sort((a, b) => b.length - a.length);
  // Markdown escapes page text; compare with the escapes removed.
  const plain = text.replace(/\\([\\`*_[\]<>#|~])/g, '$1');
  return plain
    .split(/\r?\n/)
    .map((line) => copied.reduce((rest, piece) => rest.split(piece).join(' '), line))
    .filter((line) => CJK.test(line));
}

/** The seeds (prose) and the table fixtures (table titles, cells, cross-table findings). */
const pages = ['seeds', 'test/fixtures/tables'].flatMap((dir) => readdirSync(join(ROOT, dir)).filter((name) => name.endsWith('.html')).map((name) => `${dir}/${name}`));
const items: ExportItem[] = pages.map((path) => ({ url: path, readAt: READ_AT, report: auditHtmlFile(join(ROOT, path)) }));

describe('exports in English', () => {
  it('the seeds have findings to export, with tables and explanations', () => {
    expect(items.flatMap((item) => item.report.findings).length).toBeGreaterThan(5);
  });

  it.each([
    ['Markdown', (list: ExportItem[]) => toMarkdown(list, { includeInfo: true, words: EN })],
    ['CSV', (list: ExportItem[]) => toCsv(list, { includeInfo: true, words: EN })],
  ])('%s has no Chinese but the document\'s own text', (_, render) => {
    const all = [...items, sampleItem(), sampleItem({ findings: [] }), sampleItem({ detected: false })];
    expect(nonDocumentCjk(render(all), all.map((item) => item.report))).toEqual([]);
  });

  it('the check would see Chinese wording (the same export in Chinese fails it)', () => {
    const all = [...items, sampleItem()];
    expect(nonDocumentCjk(toMarkdown(all, { includeInfo: true, words: ZH }), all.map((item) => item.report)).length).toBeGreaterThan(10);
    expect(nonDocumentCjk(toCsv(all, { includeInfo: true, words: ZH }), all.map((item) => item.report)).length).toBeGreaterThan(10);
  });

  it('reads in English and formats computed numbers for English', () => {
    const markdown = toMarkdown([sampleItem()], { includeInfo: false, words: EN });
    expect(markdown.startsWith('# Suanpan audit results\n')).toBe(true);
    expect(markdown).toContain('- Unit: 示例县数据中心; year: 2024; kind: budget');
    expect(markdown).toContain('[Error · Parts and totals]');
    expect(markdown).toContain('| Basic spending | 382.58 |');
    const csv = toCsv([sampleItem()], { includeInfo: false, words: EN });
    expect(csv.startsWith('\uFEFF"Address","Read at","Title"')).toBe(true);
  });

  it('the same export in Chinese is the Chinese wording', () => {
    const markdown = toMarkdown([sampleItem()], { includeInfo: false, words: ZH });
    expect(markdown.startsWith('# 算盘核算结果\n')).toBe(true);
    expect(markdown).toContain('【错误·分项与合计】');
  });
});
