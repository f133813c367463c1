/**
 * The overlay's shadow root: mounted only once a disclosure is detected, as the last child of <html>
 * rather than <body>, so the page's body markup never contains it. Its stylesheet is bundled as a
 * string (?inline): no content.css file, no request, nothing web-accessible. The host takes none of
 * the page's styles and no room in its layout (overlay.css, :host and .suanpan-overlay).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import overlayCss from '../../components/overlay.css?inline';
import { INITIAL_OVERLAY, mountOverlay, type OverlayActions, type OverlayState } from '../../components/Overlay';
import { createStore } from '../../components/store';
import type { Ui } from './controller';
import { UI_TAG } from './read-page';

/** Keys typed in the card (Escape, Tab) must not reach the page's own shortcuts (as WXT's isolateEvents did). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'];

export function createUi(ctx: ContentScriptContext, actions: () => OverlayActions): Ui {
  const store = createStore<OverlayState>({ ...INITIAL_OVERLAY });
  let host: HTMLElement | null = null;
  let unmount: (() => void) | null = null;
  const remove = () => {
    unmount?.();
    host?.remove();
    unmount = null;
    host = null;
  };
  ctx.onInvalidated(remove);
  return {
    store,
    ensureMounted() {
      if (host) return;
      host = document.createElement(UI_TAG);
      // Open: the browser tests look inside it, as they look into the page.
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = overlayCss;
      shadow.append(style);
      // On the shadow root, after every listener inside it: our own handlers (the card's Escape) still run.
      for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
      document.documentElement.append(host);
      // In the document before the first render: a card shown from the keyboard takes the focus.
      unmount = mountOverlay(shadow, store, actions());
    },
    remove,
  };
}
