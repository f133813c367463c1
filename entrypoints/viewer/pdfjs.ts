/**
 * pdf.js for the viewer: the browser build, bundled into the extension, with its worker as one of the
 * extension's own files (never a remote script), eval switched off (isEvalSupported: false; the
 * extension's CSP forbids it anyway), and the CMaps and standard fonts copied from the package into
 * the extension (wxt.config.ts) so Chinese fonts without embedded tables still give text. No wasmUrl:
 * the WebAssembly image decoders would need 'wasm-unsafe-eval' in the CSP, and pdf.js falls back.
 *
 * One pdf.js document serves both the page renderer and lib/pdf's reader: `sharedPdfJs` hands
 * readPdfPages the already-open document, so the file is parsed once.
 */
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import type { PdfJsLike } from '../../lib/pdf';
import type { PdfDocumentLike, PdfPageLike } from '../../lib/pdf/read';

export { pdfjs };

let configured = false;

export function documentParams(): Record<string, unknown> {
  if (!configured) {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    configured = true;
  }
  return {
    cMapUrl: browser.runtime.getURL('/pdfjs/cmaps/' as never),
    cMapPacked: true,
    standardFontDataUrl: browser.runtime.getURL('/pdfjs/standard_fonts/' as never),
    isEvalSupported: false,
    // No fetch of the document by pdf.js itself: the viewer passes the bytes it read.
    disableAutoFetch: true,
    disableStream: true,
    verbosity: 0,
  };
}

export function openPdf(data: Uint8Array): { promise: Promise<PDFDocumentProxy>; destroy(): Promise<void> } {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ ...documentParams(), data: new Uint8Array(data), stopAtErrors: false });
  return { promise: task.promise, destroy: () => task.destroy() };
}

/**
 * pdf.js as lib/pdf's readPdfPages sees it, over a document that is already open: getDocument returns
 * it (the data passed is not parsed again), and neither destroying the "task" nor cleaning up a page
 * touches the document the viewer keeps rendering from.
 */
export function sharedPdfJs(document: Promise<PDFDocumentProxy>): PdfJsLike {
  return {
    OPS: pdfjs.OPS as unknown as Record<string, number>,
    getDocument: () => ({
      promise: document.then(
        (doc): PdfDocumentLike => ({
          numPages: doc.numPages,
          getPage: async (n): Promise<PdfPageLike> => {
            const page = await doc.getPage(n);
            return {
              getViewport: (params) => page.getViewport(params),
              getTextContent: () => page.getTextContent() as unknown as Promise<{ items: Array<Record<string, unknown>> }>,
              getOperatorList: () => page.getOperatorList(),
            };
          },
        }),
      ),
      destroy: () => undefined,
    }),
  };
}
