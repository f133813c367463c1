/**
 * pdf.js for drawing the viewer's pages: the browser build, bundled into the extension, with its
 * worker as one of the extension's own files (never a remote script), eval switched off
 * (isEvalSupported: false; the extension's CSP forbids it anyway), and the CMaps and standard fonts
 * copied from the package into the extension (wxt.config.ts) so Chinese fonts without embedded tables
 * still draw. No WebAssembly image decoders: they would need 'wasm-unsafe-eval' in the CSP, and pdf.js
 * falls back without them. Reading and checking happen in ./engine-worker.ts, on its own pdf.js.
 */
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';

export { pdfjs };

/** Where pdf.js finds its CMaps and standard fonts: the extension's own files. */
export function assetUrls(): { cMapUrl: string; standardFontDataUrl: string } {
  return {
    cMapUrl: browser.runtime.getURL('/pdfjs/cmaps/' as never),
    standardFontDataUrl: browser.runtime.getURL('/pdfjs/standard_fonts/' as never),
  };
}

export function openPdf(data: Uint8Array): { promise: Promise<PDFDocumentProxy>; destroy(): Promise<void> } {
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    ...assetUrls(),
    data: new Uint8Array(data),
    cMapPacked: true,
    isEvalSupported: false,
    useWasm: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  return { promise: task.promise, destroy: () => task.destroy() };
}
