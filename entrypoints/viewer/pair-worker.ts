/**
 * The viewer's worker for two files opened together (a 情况说明 and its 附表): each PDF read as
 * engine-worker.ts reads one (the same lib/pdf reader, pdf.js's parser in this thread), then, when they
 * are one disclosure (pair.ts), audited as one document, the figures placed on either file's pages
 * (the second file's pages numbered after the first's). When they are not, the first file is checked
 * alone and the reply says why. A worker of its own so the one-file path (engine-worker.ts) is untouched;
 * started only when two files are opened.
 */
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs';
import { auditDocument, untraced } from '../../lib/engine';
import { describe } from '../../lib/i18n/dictionaries';
import { documentFromPdfPages, PdfReadError, readPdfPages, type PdfJsLike, type PdfPages, type PdfSource } from '../../lib/pdf';
import { apartBecause, mergePdfSources, textFirst } from './pair';
import { placeInPdf } from './place';
import type { CheckPairRequest, EngineReply, PageSize, PairEngineRequest, ShownFile } from './protocol';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const scope = self as unknown as { onmessage: ((event: MessageEvent<PairEngineRequest>) => void) | null; postMessage(message: EngineReply): void };

/** The last document checked, for placing the history's findings on it. */
let last: PdfSource | null = null;

async function read(data: Uint8Array, request: CheckPairRequest): Promise<PdfPages> {
  return readPdfPages(data, pdfjs as unknown as PdfJsLike, {
    documentParams: {
      cMapUrl: request.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: request.standardFontDataUrl,
      // As engine-worker.ts: no DOM here, no font faces, no system fonts, no WebAssembly decoders.
      disableFontFace: true,
      useSystemFonts: false,
      useWasm: false,
      useWorkerFetch: true,
      isOffscreenCanvasSupported: false,
      verbosity: 0,
    },
  });
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
    if (request.kind !== 'check-pair' || request.files.length !== 2) throw new Error('two files expected');
    const started = performance.now();
    const files: Array<{ source: string; read: PdfPages; pdf: PdfSource; document: PdfSource['document'] }> = [];
    let readMs = 0;
    for (const file of request.files) {
      const before = performance.now();
      const pages = await read(file.data, request);
      readMs += performance.now() - before;
      const pdf = documentFromPdfPages(pages.pages, file.source, pages.truncated);
      files.push({ source: file.source, read: pages, pdf, document: pdf.document });
    }
    const [first, second] = files as [typeof files[number], typeof files[number]];
    const apart = apartBecause(first.document, second.document);
    const shown = apart === null ? textFirst([first, second]) : [first];
    let offset = 0;
    const parts: Array<{ source: PdfSource; pageOffset: number }> = [];
    const pages: PageSize[] = [];
    const shownFiles: ShownFile[] = [];
    shown.forEach((file, index) => {
      parts.push({ source: file.pdf, pageOffset: offset });
      for (const page of file.read.pages) pages.push({ number: page.number + offset, width: page.width, height: page.height, file: index, local: page.number });
      shownFiles.push({ source: file.source, pages: file.read.pages.length });
      offset += Math.max(0, ...file.read.pages.map((page) => page.number));
    });
    const pdf: PdfSource = parts.length === 1 ? parts[0]!.source : mergePdfSources(parts);
    const report = untraced(auditDocument(pdf.document, { disabledChecks: request.disabledChecks, describe: (explain) => describe(explain, request.locale) }));
    const placement = placeInPdf(report, pdf);
    last = pdf;
    scope.postMessage({
      id,
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
      files: shownFiles,
      ...(apart ? { apart } : {}),
    });
  } catch (error) {
    scope.postMessage({ id, ok: false, problem: error instanceof PdfReadError ? error.problem : null, message: error instanceof Error ? error.message : String(error) });
  }
};
