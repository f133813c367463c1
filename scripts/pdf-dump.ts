/**
 * Development aid: what the PDF reader makes of a file.
 *   npx tsx scripts/pdf-dump.ts FILE.pdf [--blocks] [--tables]
 */
import { readFileSync } from 'node:fs';
import { documentFromPdf } from '../lib/pdf';
import { loadPdfJs } from './cli/pdf';

const file = process.argv[2]!;
const { pdfjs, documentParams } = await loadPdfJs();
const started = Date.now();
const read = await documentFromPdf(new Uint8Array(readFileSync(file)), pdfjs, file, { documentParams });
const { document } = read;
console.log(`${file}: ${Date.now() - started} ms, ${read.pagesRead}/${read.numPages} pages, ${document.blocks.length} blocks, ${document.tables.length} tables, title ${document.title}`);
if (process.argv.includes('--blocks')) for (const block of document.blocks) console.log(`B${block.index} ${block.text.slice(0, 200)}`);
if (process.argv.includes('--tables')) {
  for (const table of document.tables) {
    console.log(`T${table.index} ${JSON.stringify(table.caption)}`);
    for (const row of table.rows) console.log(`   ${row.map((cell) => cell.text + (cell.colSpan > 1 ? `{${cell.colSpan}}` : '')).join(' | ')}`);
  }
}
