/**
 * The overlay's shadow root (WXT createShadowRootUi): mounted only once a disclosure is detected, as the
 * last child of <html> rather than <body>, so the page's body markup never contains it. Its stylesheet
 * is bundled as a string (?inline): no content.css file, no request, nothing web-accessible.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from '../../components/overlay.css?inline';
import { INITIAL_OVERLAY, Overlay, type OverlayActions, type OverlayState } from '../../components/Overlay';
import { createStore } from '../../components/store';
import type { Ui } from './controller';
import { UI_TAG } from './read-page';

export function createUi(ctx: ContentScriptContext, actions: () => OverlayActions): Ui {
  const store = createStore<OverlayState>({ ...INITIAL_OVERLAY });
  let mounting: Promise<void> | null = null;
  let remove: (() => void) | null = null;
  return {
    store,
    ensureMounted() {
      mounting ??= createShadowRootUi<HTMLElement>(ctx, {
        name: UI_TAG,
        position: 'overlay',
        anchor: document.documentElement,
        append: 'last',
        css: overlayCss,
        // Keys typed in the card (Escape, Tab) must not reach the page's own shortcuts.
        isolateEvents: true,
        onMount(container) {
          render(<Overlay store={store} actions={actions()} />, container);
          return container;
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      }).then((ui) => {
        ui.mount();
        remove = () => ui.remove();
      });
      return mounting;
    },
    remove() {
      remove?.();
      remove = null;
      mounting = null;
    },
  };
}
