/** Reading the PDF fixtures with the CLI's pdf.js (legacy build, worker in this thread). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromPdf, type PdfPage, type PdfTextItem } from '../../lib/pdf';
import { loadPdfJs } from '../../scripts/cli/pdf';

export const FIXTURES = join(__dirname, '../fixtures/pdf');

export async function readFixture(name: string) {
  const { pdfjs, documentParams } = await loadPdfJs();
  return documentFromPdf(new Uint8Array(readFileSync(join(FIXTURES, name))), pdfjs, `test/fixtures/pdf/${name}`, { documentParams });
}

/** A text item as pdf.js would give it: width from the characters' usual advances unless given. */
export function item(str: string, x: number, y: number, size = 12, width?: number): PdfTextItem {
  const units = [...str].reduce((sum, char) => sum + (char.charCodeAt(0) >= 0x2e80 ? 1 : 0.5), 0);
  return { str, x, y, width: width ?? units * size, height: size, upright: true };
}

/** The same, right-aligned at x1. */
export function right(str: string, x1: number, y: number, size = 10): PdfTextItem {
  const it = item(str, 0, y, size);
  return { ...it, x: x1 - it.width };
}

export function page(number: number, items: PdfTextItem[], rules: PdfPage['rules'] = [], size: [number, number] = [595, 842]): PdfPage {
  return { number, width: size[0], height: size[1], items, rules, images: 0 };
}
