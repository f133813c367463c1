/**
 * pdf.js for the command line: the legacy build (Node 20), its worker loaded into this thread (a
 * minified build: tsx transforms every module it loads, and the unminified worker took seconds), the
 * CMaps and standard fonts from the package, so Chinese fonts without embedded tables still give text.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfJsLike } from '../../lib/pdf';

let loaded: Promise<{ pdfjs: PdfJsLike; documentParams: Record<string, unknown> }> | null = null;

export function loadPdfJs(): Promise<{ pdfjs: PdfJsLike; documentParams: Record<string, unknown> }> {
  loaded ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const documentParams = {
      cMapUrl: `${join(root, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
      verbosity: 0,
      useSystemFonts: false,
    };
    return { pdfjs: pdfjs as unknown as PdfJsLike, documentParams };
  })();
  return loaded;
}
