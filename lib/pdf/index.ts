/**
 * A PDF's bytes into the engine's document model. pdf.js is passed in (see read.ts), so this is engine
 * code: the CLI gives it the legacy build, the extension can give it the browser build and its worker.
 *
 *   const { document, pieces } = await documentFromPdf(bytes, pdfjs, 'file.pdf');
 *   report.findings[i].figures[j].at → runsAt(document, at) → sourceSpans(runs, start, end)
 *     → [{ node, start, end }] where node indexes pieces; charBox(pieces[node], offset) → page, x, y, width.
 */
import { documentFromPdfPages, type PdfLayoutOptions, type PdfSource } from './layout';
import { readPdfPages, type PdfJsLike, type PdfReadOptions } from './read';

export { charBox, documentFromPdfPages, pieceBoxes } from './layout';
export { namesDisclosure } from './names';
export type { PdfCharBox, PdfLayoutOptions, PdfPiece, PdfSource } from './layout';
export { MAX_PDF_PAGES, PDF_TIME_LIMIT_MS, PdfReadError, readPdfPages } from './read';
export type { PdfJsLike, PdfPage, PdfPages, PdfProblem, PdfReadOptions, PdfRule, PdfTextItem } from './read';

/** The first bytes of every PDF ("%PDF-"), which may follow up to 1 KB of junk. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

export interface PdfDocumentSource extends PdfSource {
  /** Pages in the file, and pages read. */
  numPages: number;
  pagesRead: number;
}

export async function documentFromPdf(data: Uint8Array, pdfjs: PdfJsLike, source: string, options: PdfReadOptions & PdfLayoutOptions = {}): Promise<PdfDocumentSource> {
  const { pages, numPages, truncated } = await readPdfPages(data, pdfjs, options);
  return { ...documentFromPdfPages(pages, source, truncated, options), numPages, pagesRead: pages.length };
}
