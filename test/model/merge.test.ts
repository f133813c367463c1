/** One disclosure in several files: merging documents keeps every block, cell and figure where it was. */
import { describe, expect, it } from 'vitest';
import { documentFromText, mergeDocuments, placeOf, runsAt, sourceSpans, type DisclosureDocument } from '../../lib';
import { extractFigures } from '../../lib/figures/extract';
import { readTables } from '../../lib/tables/read';
import { documentFromHtml } from '../../scripts/cli/load';

const TEXT = documentFromText(['某单位2024年度部门预算公开', '一、收支预算总体情况：收入预算总计1,234.56万元，支出预算总计1,234.56万元。', '二、基本支出1,000.00万元，项目支出234.56万元。'].join('\n'), 'a-text.txt').document;
const TABLE = (caption: string, value: string) => `<p>${caption}</p><p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>基本支出</td><td>${value}</td></tr><tr><td>合计</td><td>${value}</td></tr></table>`;
const TABLES = documentFromHtml(`<html><body><p>附表</p>${TABLE('支出预算总表', '1,000.00')}${TABLE('收入预算总表', '1,234.56')}</body></html>`, 'a-tables.html');
const MORE = documentFromHtml(`<html><body><p>补充说明：培训费12.30万元。</p>${TABLE('收入预算总表', '99.00')}</body></html>`, 'a-more.html');

/** Every place a figure can be in a document: each block, each table cell, with its text and source spans. */
function places(document: DisclosureDocument) {
  const out: Array<{ at: { block: number; table?: number; row?: number; cell?: number }; text: string; spans: ReturnType<typeof sourceSpans> }> = [];
  for (const block of document.blocks) out.push({ at: { block: block.index }, text: block.text, spans: sourceSpans(block.runs, 0, block.text.length) });
  for (const table of document.tables) {
    table.rows.forEach((row, r) => row.forEach((cell, c) => out.push({ at: { block: -1, table: table.index, row: r, cell: c }, text: cell.text, spans: sourceSpans(cell.runs, 0, cell.text.length) })));
  }
  return out;
}

describe('mergeDocuments', () => {
  it.each<[string, DisclosureDocument[]]>([
    ['text + tables', [TEXT, TABLES]],
    ['tables + text', [TABLES, TEXT]],
    ['three files', [TEXT, TABLES, MORE]],
  ])('%s: every block and cell keeps its text, its file and its source nodes (offset)', (_, parts) => {
    const { document, files } = mergeDocuments(parts);
    expect(document.source).toBe(parts.map((part) => part.source).join(' + '));
    expect(document.blocks.map((block) => block.index)).toEqual(document.blocks.map((_, i) => i));
    expect(document.tables.map((table) => table.index)).toEqual(document.tables.map((_, i) => i));
    const merged = places(document);
    let k = 0;
    // Blocks of every part first, then the tables of every part: walk them in that order.
    const ordered = [
      ...parts.flatMap((part, i) => places(part).filter((p) => p.at.table === undefined).map((p) => ({ ...p, i }))),
      ...parts.flatMap((part, i) => places(part).filter((p) => p.at.table !== undefined).map((p) => ({ ...p, i }))),
    ];
    expect(merged).toHaveLength(ordered.length);
    for (const original of ordered) {
      const now = merged[k++]!;
      const file = files[original.i]!;
      expect(now.text).toBe(original.text);
      expect(now.spans).toEqual(original.spans.map((span) => ({ ...span, node: span.node + file.nodeStart })));
      // The place names the file and the index the block or table had in it.
      const place = placeOf(document, now.at, files)!;
      expect(place.file).toBe(parts[original.i]!.source);
      if (original.at.table !== undefined) expect(place.table).toBe(original.at.table);
      else expect(place.block).toBe(original.at.block);
      // The location still leads to the same runs (the `at` contract).
      expect(sourceSpans(runsAt(document, now.at), 0, now.text.length)).toEqual(now.spans);
    }
    // Source nodes do not overlap between files.
    for (let i = 1; i < files.length; i++) expect(files[i]!.nodeStart).toBe(files[i - 1]!.nodeStart + files[i - 1]!.nodes);
  });

  it('keeps every figure of the prose where it was, in the merged block of its file', () => {
    const { document, files } = mergeDocuments([TABLES, TEXT]);
    const text = files[1]!;
    for (const block of TEXT.blocks) {
      const before = extractFigures(block).map((figure) => [figure.text, figure.start, figure.end]);
      const after = extractFigures(document.blocks[text.blockStart + block.index]!).map((figure) => [figure.text, figure.start, figure.end]);
      expect(after).toEqual(before);
    }
    expect(TEXT.blocks.some((block) => extractFigures(block).length > 0)).toBe(true);
  });

  it('never continues a table of one file with a table of the next', () => {
    // The same caption one after the other is a continued table within one file …
    const one = documentFromHtml(`<html><body>${TABLE('收入预算总表', '1.00')}${TABLE('收入预算总表', '2.00')}</body></html>`, 'one.html');
    expect(readTables(one).tables).toHaveLength(1);
    // … but not across two files.
    const first = documentFromHtml(`<html><body>${TABLE('收入预算总表', '1.00')}</body></html>`, 'x-text.html');
    const second = documentFromHtml(`<html><body>${TABLE('收入预算总表', '2.00')}</body></html>`, 'x-tables.html');
    const { document } = mergeDocuments([first, second]);
    expect(readTables(document).tables).toHaveLength(2);
    expect(document.tables[1]!.lead).toBeNull();
  });

  it('takes the first title that is not empty, and is truncated when a part is', () => {
    const untitled = { ...TABLES, title: '' };
    expect(mergeDocuments([untitled, TEXT]).document.title).toBe(TEXT.title);
    expect(mergeDocuments([TEXT, { ...TABLES, truncated: true }]).document.truncated).toBe(true);
    expect(mergeDocuments([TEXT, TABLES]).document.truncated).toBe(false);
  });

  it('does not change its parts', () => {
    const before = JSON.stringify([TEXT, TABLES]);
    mergeDocuments([TEXT, TABLES]);
    expect(JSON.stringify([TEXT, TABLES])).toBe(before);
  });

  it('refuses to merge nothing', () => {
    expect(() => mergeDocuments([])).toThrow();
  });
});
