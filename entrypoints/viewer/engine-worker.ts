/**
 * The viewer's engine worker: the PDF's pages (as lib/pdf's readPdfPages gives them: plain data) in,
 * the report and where each figure is printed out. Layout, the audit and the placement run here, off
 * the page's main thread, so the viewer never blocks input or rendering while a document is checked
 * (on a 31-page Jiangsu PDF the layout alone took 35–77 ms in one piece in Node: too long for one
 * main-thread task, and lib/pdf's layout is not written in steps the way the audit is).
 *
 * No extension API is reachable from a worker, so the findings' words come from lib/i18n's
 * dictionaries, built from the same locales/ files that browser.i18n serves, in the locale the page
 * chose (UI_LOCALE). Nothing here touches the network.
 */
import { auditDocument, untraced } from '../../lib/engine';
import { describe } from '../../lib/i18n/dictionaries';
import { documentFromPdfPages, type PdfSource } from '../../lib/pdf';
import { placeInPdf } from './place';
import type { EngineReply, EngineRequest } from './protocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(message: EngineReply): void };

/** The last document checked, for placing the history's findings on it. */
let last: PdfSource | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  const { id } = request;
  try {
    if (request.kind === 'place') {
      if (!last) throw new Error('no document');
      scope.postMessage({ id, ok: true, placement: placeInPdf(request.report, last) });
      return;
    }
    const { pages, source, locale, disabledChecks } = request;
    const started = performance.now();
    const pdf = documentFromPdfPages(pages.pages, source, pages.truncated);
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
      ms: performance.now() - started,
    });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
