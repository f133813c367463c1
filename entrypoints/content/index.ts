/**
 * The content script: a thin adapter between the page and the engine in lib/. It runs on *.gov.cn
 * pages (and on sites the user enabled, registered at runtime by the background), in every frame.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { OpenPanel } from '../shared/messages';
import { Controller } from './controller';
import { guard } from './guard';
import { createHighlightPainter } from './paint-highlight-api';
import { createWrapPainter } from './paint-wrap';
import { supportsHighlightApi, type Painter } from './painter';
import { createUi } from './ui';

export const GOV_CN_MATCHES = ['http://*.gov.cn/*', 'https://*.gov.cn/*'];

function choosePainter(): Painter {
  // Test builds only: ?suanpan-paint=wrap forces the fallback so the e2e tests cover both painters.
  const forceWrap = __SUANPAN_TEST__ && new URL(location.href).searchParams.get('suanpan-paint') === 'wrap';
  return supportsHighlightApi() && !forceWrap ? createHighlightPainter() : createWrapPainter();
}

export default defineContentScript({
  matches: GOV_CN_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's window.postMessage announcement would reach the page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    guard(async () => {
      let controller: Controller | null = null;
      const ui = createUi(ctx, () => ({
        openPanel: guard(() => browser.runtime.sendMessage({ type: 'suanpan:open-panel' } satisfies OpenPanel)),
        dismiss: guard(() => ui.store.set({ dismissed: true, card: null })),
        closeCard: guard(() => controller?.hideCard()),
        navigate: guard((direction: 'next' | 'previous') => controller?.navigate(direction)),
        pointerInCard: guard((inside: boolean) => controller?.setPointerInCard(inside)),
      }));
      const painter = choosePainter();
      controller = new Controller(ctx, painter, ui);
      await controller.start();
    })();
  },
});
