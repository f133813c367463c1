/**
 * The viewer's engine worker: the PDF's bytes in; the report, where each figure is printed, and the
 * page sizes out. Everything between runs here, off the page's main thread: pdf.js reading the text
 * and rules of every page (lib/pdf's readPdfPages, the same code the CLI runs, with pdf.js's own
 * worker code loaded into this thread as the CLI does), the layout, the audit and the placement. On a
 * 31-page Jiangsu PDF the layout alone took 35–77 ms in one piece, and pdf.js turned each page's fonts
 * into font faces on the page's thread in tasks of 100 ms and more when the page read them: the
 * viewer page does neither while a document is checked, only after, when it draws the pages.
 *
 * No extension API is reachable from a worker, so the findings' words come from lib/i18n's
 * dictionaries, built from the same locales/ files that browser.i18n serves, in the locale the page
 * chose (UI_LOCALE). The only requests made here are for pdf.js's CMaps and fonts among the
 * extension's own files.
 */
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs';
import { auditDocument, untraced } from '../../lib/engine';
import { describe } from '../../lib/i18n/dictionaries';
import { documentFromPdfPages, PdfReadError, readPdfPages, type PdfJsLike, type PdfSource } from '../../lib/pdf';
import { placeInPdf } from './place';
import type { EngineReply, EngineRequest } from './protocol';

// pdf.js's parser in this thread (its "fake worker"): pdf.js looks for it here before starting a worker.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const scope = self as unknown as { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(message: EngineReply): void };

/** The last document checked, for placing the history's findings on it. */
let last: PdfSource | null = null;

scope.onmessage = async (event) => {
  const request = event.data;
  const { id } = request;
  try {
    if (request.kind === 'place') {
      if (!last) throw new Error('no document');
      scope.postMessage({ id, ok: true, placement: placeInPdf(request.report, last) });
      return;
    }
    const { data, source, locale, disabledChecks } = request;
    const started = performance.now();
    const read = await readPdfPages(data, pdfjs as unknown as PdfJsLike, {
      documentParams: {
        cMapUrl: request.cMapUrl,
        cMapPacked: true,
        standardFontDataUrl: request.standardFontDataUrl,
        // No DOM here: no font faces (text and rules need none), no system fonts, no WebAssembly
        // decoders (the extension's CSP has no 'wasm-unsafe-eval'); pdf.js's own code fetches the CMaps.
        disableFontFace: true,
        useSystemFonts: false,
        useWasm: false,
        useWorkerFetch: true,
        isOffscreenCanvasSupported: false,
        verbosity: 0,
      },
    });
    const readMs = performance.now() - started;
    const pdf = documentFromPdfPages(read.pages, source, read.truncated);
    const report = untraced(auditDocument(pdf.document, { disabledChecks, describe: (explain) => describe(explain, locale) }));
    const placement = placeInPdf(report, pdf);
    last = pdf;
    scope.postMessage({
      id,
      ok: true,
      report,
      placement,
      title: pdf.document.title,
      texts: pdf.document.blocks.map((block) => block.text),
      pages: read.pages.map((page) => ({ number: page.number, width: page.width, height: page.height })),
      numPages: read.numPages,
      truncated: read.truncated,
      readMs,
      checkMs: performance.now() - started - readMs,
    });
  } catch (error) {
    scope.postMessage({ id, ok: false, problem: error instanceof PdfReadError ? error.problem : null, message: error instanceof Error ? error.message : String(error) });
  }
};
