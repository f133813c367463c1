/**
 * The viewer's engine worker: the PDFs' bytes in (one file, or a 情况说明 and its 附表 opened together);
 * the report, where each figure is printed, and the page sizes out. Everything between runs here, off
 * the page's main thread: pdf.js reading the text and rules of every page (lib/pdf's readPdfPages, the
 * same code the CLI runs, with pdf.js's own worker code loaded into this thread as the CLI does), the
 * layout, the audit and the placement. On a 31-page Jiangsu PDF the layout alone took 35–77 ms in one
 * piece, and pdf.js turned each page's fonts into font faces on the page's thread in tasks of 100 ms and
 * more when the page read them: the viewer page does neither while a document is checked, only after,
 * when it draws the pages.
 *
 * Two files are audited as one document when they are one disclosure (pair.ts, the command line's rule),
 * a finding's figures placed on either file's pages (the second file's pages numbered after the
 * first's); when they are not, the first file is checked alone and the reply says why.
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
import { documentFromPdfPages, PdfReadError, readPdfPages, type PdfJsLike, type PdfPages, type PdfSource } from '../../lib/pdf';
import { apartBecause, mergePdfSources, textFirst } from './pair';
import { placeInPdf } from './place';
import type { CheckReply, CheckRequest, EngineReply, EngineRequest, PageSize, ShownFile } from './protocol';

// pdf.js's parser in this thread (its "fake worker"): pdf.js looks for it here before starting a worker.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const scope = self as unknown as { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(message: EngineReply): void };

/** The last document checked, for placing the history's findings on it. */
let last: PdfSource | null = null;

interface ReadFile {
  source: string;
  read: PdfPages;
  pdf: PdfSource;
  /** pdf.document, as pair.ts's textFirst wants it. */
  document: PdfSource['document'];
}

function readFile(data: Uint8Array, request: CheckRequest): Promise<PdfPages> {
  return readPdfPages(data, pdfjs as unknown as PdfJsLike, {
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
}

/** The files to show, in the order of their pages (a pair: the 情况说明 first), and why a second is not among them. */
function filesToShow(files: readonly ReadFile[]): { shown: ReadFile[]; apart: CheckReply['apart'] | null } {
  if (files.length < 2) return { shown: [...files], apart: null };
  const [first, second] = files as [ReadFile, ReadFile];
  const apart = apartBecause(first.document, second.document);
  return apart === null ? { shown: textFirst([first, second]), apart: null } : { shown: [first], apart };
}

async function check(request: CheckRequest): Promise<CheckReply> {
  if (request.files.length < 1 || request.files.length > 2) throw new Error('one or two files expected');
  const started = performance.now();
  const files: ReadFile[] = [];
  let readMs = 0;
  for (const file of request.files) {
    const before = performance.now();
    const read = await readFile(file.data, request);
    readMs += performance.now() - before;
    const pdf = documentFromPdfPages(read.pages, file.source, read.truncated);
    files.push({ source: file.source, read, pdf, document: pdf.document });
  }
  const { shown, apart } = filesToShow(files);
  const parts: Array<{ source: PdfSource; pageOffset: number }> = [];
  const pages: PageSize[] = [];
  const shownFiles: ShownFile[] = [];
  let offset = 0;
  shown.forEach((file, index) => {
    parts.push({ source: file.pdf, pageOffset: offset });
    for (const page of file.read.pages) pages.push(request.files.length === 1 ? { number: page.number, width: page.width, height: page.height } : { number: page.number + offset, width: page.width, height: page.height, file: index, local: page.number });
    shownFiles.push({ source: file.source, pages: file.read.pages.length });
    offset += Math.max(0, ...file.read.pages.map((page) => page.number));
  });
  const pdf: PdfSource = parts.length === 1 ? parts[0]!.source : mergePdfSources(parts);
  const report = untraced(auditDocument(pdf.document, { disabledChecks: request.disabledChecks, describe: (explain) => describe(explain, request.locale) }));
  const placement = placeInPdf(report, pdf);
  last = pdf;
  return {
    id: request.id,
    ok: true,
    report,
    placement,
    title: pdf.document.title,
    texts: pdf.document.blocks.map((block) => block.text),
    pages,
    numPages: shown.reduce((sum, file) => sum + file.read.numPages, 0),
    truncated: shown.some((file) => file.read.truncated),
    readMs,
    checkMs: performance.now() - started - readMs,
    // Only when two files were given: which are shown, and why not both.
    ...(request.files.length > 1 ? { files: shownFiles } : {}),
    ...(apart ? { apart } : {}),
  };
}

scope.onmessage = async (event) => {
  const request = event.data;
  const { id } = request;
  try {
    if (request.kind === 'place') {
      if (!last) throw new Error('no document');
      scope.postMessage({ id, ok: true, placement: placeInPdf(request.report, last) });
      return;
    }
    scope.postMessage(await check(request));
  } catch (error) {
    scope.postMessage({ id, ok: false, problem: error instanceof PdfReadError ? error.problem : null, message: error instanceof Error ? error.message : String(error) });
  }
};
