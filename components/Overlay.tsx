/**
 * Everything the content script shows on a page, inside its shadow root: the badge, the card, an
 * aria-live region for navigation, and a visually hidden list of the findings for screen readers
 * (painted highlights are invisible to assistive technology).
 */
import type { FigureLocation, Finding, Severity } from '../lib/report';
import { Badge } from './Badge';
import { Card, type CardProps } from './Card';
import { spokenFinding } from './format';
import { i18n, UI_LANG, UI_WORDS } from './i18n';
import { useStore, type Store } from './store';

/** What the overlay needs to show a card: the card's own props, less the handlers the overlay supplies. */
export type CardState = Omit<CardProps, 'onClose' | 'onNavigate' | 'onPointer'>;

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
};

export interface OverlayActions {
  openPanel: () => void;
  dismiss: () => void;
  closeCard: () => void;
  navigate: (direction: 'next' | 'previous') => void;
  pointerInCard: (inside: boolean) => void;
}

export function Overlay({ store, actions }: { store: Store<OverlayState>; actions: OverlayActions }) {
  const state = useStore(store);
  if (!state.active) return null;
  return (
    <div class="suanpan-overlay" lang={UI_LANG}>
      {!state.dismissed && (
        <Badge
          counts={state.counts}
          showInfo={state.showInfo}
          highlights={state.highlights}
          scanning={state.scanning}
          onOpenPanel={actions.openPanel}
          onDismiss={actions.dismiss}
        />
      )}
      {state.card && (
        <Card
          {...state.card}
          onClose={actions.closeCard}
          onNavigate={actions.navigate}
          onPointer={actions.pointerInCard}
        />
      )}
      <div class="sr-only" aria-live="polite" aria-atomic="true">
        {state.announcement}
      </div>
      {state.highlights && state.findings.length > 0 && (
        <section class="sr-only" aria-label={i18n.t('ui.overlay.flagged')}>
          <ol>
            {state.findings.map((finding, i) => (
              <li key={i}>{spokenFinding(UI_WORDS, finding)}</li>
            ))}
          </ol>
        </section>
      )}
      {state.highlights && state.verified.length > 0 && (
        <section class="sr-only" aria-label={i18n.t('ui.overlay.verified')}>
          <ul>
            {state.verified.map((figure, i) => (
              <li key={i}>{i18n.t('ui.overlay.verifiedItem', { figure })}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
