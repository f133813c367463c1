/**
 * Everything the content script shows on a page, inside its shadow root: the badge, the card, an
 * aria-live region for navigation, and a visually hidden list of the findings for screen readers
 * (painted highlights are invisible to assistive technology). Plain DOM kept in step with a store:
 * each part is made once and changed in place, so an update never takes the focus from a control.
 */
import type { Finding, Severity } from '../lib/report';
import { createBadge, type BadgeView } from './Badge';
import { createCard, type CardState, type CardView } from './Card';
import { h, syncChildren } from './dom';
import { spokenFinding } from './format';
import { i18n, UI_LANG, UI_WORDS } from './i18n';
import type { Store } from './store';

export interface OverlayState {
  /** A disclosure was detected: show the badge. */
  active: boolean;
  scanning: boolean;
  counts: Record<Severity, number>;
  highlights: boolean;
  showInfo: boolean;
  dismissed: boolean;
  card: CardState | null;
  announcement: string;
  /** The findings currently highlighted, for the screen-reader list. */
  findings: Finding[];
  /** The figures ticked as verified (only with the ticks switch on), for the screen-reader list. */
  verified: string[];
  /**
   * The screen-reader lists are on the page. They hold a sentence per finding and per ticked figure,
   * hundreds on a large page, and laying them out took a 5 MB page 15-20 ms: the content script turns
   * them on a frame after the badge, so the two never share a frame.
   */
  spoken: boolean;
}

export const INITIAL_OVERLAY: OverlayState = {
  active: false,
  scanning: false,
  counts: { error: 0, warning: 0, info: 0 },
  highlights: true,
  showInfo: false,
  dismissed: false,
  card: null,
  announcement: '',
  findings: [],
  verified: [],
  spoken: false,
};

export interface OverlayActions {
  openPanel: () => void;
  dismiss: () => void;
  closeCard: () => void;
  navigate: (direction: 'next' | 'previous') => void;
  pointerInCard: (inside: boolean) => void;
}

/** A visually hidden, labelled list for screen readers; nothing when it would be empty. */
function spokenList(tag: 'ol' | 'ul', label: string, items: readonly string[]): HTMLElement | null {
  return items.length === 0 ? null : h('section', { class: 'sr-only', 'aria-label': label }, h(tag, null, ...items.map((item) => h('li', null, item))));
}

interface Parts {
  root: HTMLDivElement;
  badge: BadgeView;
  live: HTMLDivElement;
  card: CardView | null;
  flagged: HTMLElement | null;
  verified: HTMLElement | null;
  /** The state the parts show (null: none yet). */
  shown: OverlayState | null;
}

/** Shows the store's state in `parent` from now on (nothing while not `active`); returns how to stop. */
export function mountOverlay(parent: Node, store: Store<OverlayState>, actions: OverlayActions): () => void {
  let parts: Parts | null = null;

  const render = (state: OverlayState) => {
    if (!state.active) {
      parts?.root.remove();
      parts = null;
      return;
    }
    parts ??= {
      root: parent.appendChild(h('div', { class: 'suanpan-overlay', lang: UI_LANG })),
      badge: createBadge(actions),
      live: h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' }),
      card: null,
      flagged: null,
      verified: null,
      shown: null,
    };
    const p = parts;
    const was = p.shown;
    p.shown = state;
    if (!was || state.counts !== was.counts || state.showInfo !== was.showInfo || state.highlights !== was.highlights || state.scanning !== was.scanning) p.badge.update(state);
    const spoken = state.highlights && state.spoken;
    if (!was || state.highlights !== was.highlights || state.spoken !== was.spoken || state.findings !== was.findings) {
      p.flagged = spoken ? spokenList('ol', i18n.t('ui.overlay.flagged'), state.findings.map((finding) => spokenFinding(UI_WORDS, finding))) : null;
    }
    if (!was || state.highlights !== was.highlights || state.spoken !== was.spoken || state.verified !== was.verified) {
      p.verified = spoken ? spokenList('ul', i18n.t('ui.overlay.verified'), state.verified.map((figure) => i18n.t('ui.overlay.verifiedItem', { figure }))) : null;
    }
    if (!state.card) p.card = null;
    else p.card ??= createCard(actions);
    syncChildren(p.root, [!state.dismissed && p.badge.element, p.card?.element, p.live, p.flagged, p.verified]);
    // After it is in the document: a card opened from the keyboard takes the focus.
    if (state.card && state.card !== was?.card) p.card?.update(state.card);
    if (p.live.textContent !== state.announcement) p.live.textContent = state.announcement;
  };

  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    parts?.root.remove();
    parts = null;
  };
}
