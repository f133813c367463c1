/**
 * The content script: a thin adapter between the page and the engine in lib/. It runs on *.gov.cn
 * pages (and on sites the user enabled, registered at runtime by the background), in every frame.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { OpenPanel } from '../shared/messages';
import { Controller } from './controller';
import { guard } from './guard';
import { highlightCss } from './highlight-css';
import { REGISTER_ALL_UP_TO } from './highlight-window';
import { createHighlightPainter } from './paint-highlight-api';
import { supportsHighlightApi, type Painter } from './painter';
import { testNumber } from './test-params';
import { markPdfLinks } from './pdf-links';
import { announcePdfTab } from './pdf-tab';
import { createUi } from './ui';

export const GOV_CN_MATCHES = ['http://*.gov.cn/*', 'https://*.gov.cn/*'];

function createPainter(): Painter {
  // Test builds only: ?suanpan-register-all-up-to=N lowers the viewport window's threshold so the e2e
  // tests see it on a page of ordinary size.
  const registerAllUpTo = testNumber('suanpan-register-all-up-to') ?? REGISTER_ALL_UP_TO;
  // Chromium gets its ::highlight() rules from the manifest's stylesheet (see highlight-css.ts).
  return createHighlightPainter(import.meta.env.FIREFOX ? highlightCss('') : null, registerAllUpTo);
}

export default defineContentScript({
  matches: GOV_CN_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's window.postMessage announcement would reach the page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A PDF shown by the browser at an address that does not say so: the toolbar button may offer the viewer.
    guard(announcePdfTab)();
    // Every browser the manifest admits (Chrome 116, Firefox 142) has the CSS Custom Highlight API, so
    // this never returns early there; elsewhere the page is left alone rather than half-served.
    if (!supportsHighlightApi()) return;
    // Links to disclosure PDFs get a "check with 算盘" button, on any page the script runs on.
    guard(() => markPdfLinks())();
    guard(async () => {
      let controller: Controller | null = null;
      const ui = createUi(ctx, () => ({
        openPanel: guard(() => browser.runtime.sendMessage({ type: 'suanpan:open-panel' } satisfies OpenPanel)),
        dismiss: guard(() => ui.store.set({ dismissed: true, card: null })),
        closeCard: guard(() => controller?.hideCard()),
        navigate: guard((direction: 'next' | 'previous') => controller?.navigate(direction)),
        pointerInCard: guard((inside: boolean) => controller?.setPointerInCard(inside)),
      }));
      controller = new Controller(ctx, createPainter(), ui);
      await controller.start();
    })();
  },
});
