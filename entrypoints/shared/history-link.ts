/**
 * The content script's whole part in the history: once the page's own findings are painted, hand
 * the report and the prose to the background, and take back the cross-document findings to show with
 * the page's own. No storage here, no comparison logic; without an answer in time the page simply
 * keeps its own findings.
 *
 * It runs after painting so that the page never waits for the background, and building the message
 * (the prose of a long page) does not land in the middle of placing and painting. In the content
 * script's controller, after `await this.repaint()` in scan():
 *
 *   const withPast = await withHistory(model.document, report, signal);
 *   if (withPast && this.report === report) {
 *     this.report = withPast;
 *     ({ marks: this.marks, ticks: this.ticks, placed: this.placed } = timed('place', () => placeFindings(withPast, model)));
 *     this.updateOverlay();
 *     this.sendState();
 *     await this.repaint();
 *   }
 */
import { browser } from 'wxt/browser';
import { untraced } from '../../lib/engine';
import { withHistoryFindings } from '../../lib/history/merge';
import type { DisclosureDocument } from '../../lib/model/document';
import type { DocumentReport } from '../../lib/report';
import { AUDITED_MESSAGE, HistoryAnswerSchema, type Audited } from './history-messages';

/** The background answers in a few ms; a service worker that is starting takes longer. */
const ANSWER_MS = 5000;

/** The report with the cross-document findings, or null when there are none (or no answer). */
export async function withHistory<R extends DocumentReport>(
  /** The document's title and prose blocks (the viewer has only their text: its model stays in its worker). */
  document: Pick<DisclosureDocument, 'title'> & { blocks: ReadonlyArray<{ text: string }> },
  report: R,
  signal?: AbortSignal,
  /** Runs the sending (building and serializing the message: the content script times it). */
  measure: <T>(send: () => T) => T = (send) => send(),
  /** The document's address: the page's own, or the PDF's for the viewer. */
  url: string = location.href,
): Promise<R | null> {
  if (!report.detected || signal?.aborted) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = await Promise.race([
      measure(() => {
        const message: Audited = {
          type: AUDITED_MESSAGE,
          url,
          title: document.title,
          report: untraced(report),
          texts: document.blocks.map((block) => block.text),
        };
        return browser.runtime.sendMessage(message);
      }),
      new Promise((resolve) => (timer = setTimeout(resolve, ANSWER_MS, null))),
    ]);
    const parsed = HistoryAnswerSchema.safeParse(answer);
    if (!parsed.success || parsed.data.findings.length === 0 || signal?.aborted) return null;
    return withHistoryFindings(report, parsed.data.findings);
  } catch {
    // No background (the extension reloading), or it failed: the page's own findings stand.
    return null;
  } finally {
    clearTimeout(timer);
  }
}
