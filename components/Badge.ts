/**
 * The small fixed badge on a detected page: the counts, and how to open the panel. It sits in our
 * shadow root at a corner, out of the page's flow; it can be dismissed for the rest of the visit.
 */
import type { Severity } from '../lib/report';
import { h } from './dom';
import { SEVERITY_ORDER, tallyText } from './format';
import { i18n, UI_WORDS } from './i18n';
import type { OverlayActions, OverlayState } from './Overlay';

export type BadgeState = Pick<OverlayState, 'counts' | 'showInfo' | 'highlights' | 'scanning'>;

export interface BadgeView {
  element: HTMLDivElement;
  update(state: BadgeState): void;
}

/** The badge's buttons are made once: an update changes only the chips inside, so a focused button keeps the focus. */
export function createBadge({ openPanel, dismiss }: Pick<OverlayActions, 'openPanel' | 'dismiss'>): BadgeView {
  const logo = h('span', { class: 'badge-logo', 'aria-hidden': 'true' }, i18n.t('ui.badge.logo'));
  const main = h('button', { type: 'button', class: 'badge-main', onclick: openPanel, 'aria-describedby': 'suanpan-badge-hint' });
  const element = h(
    'div',
    { class: 'badge', role: 'region', 'aria-label': i18n.t('ui.badge.label') },
    main,
    h('button', { type: 'button', class: 'badge-close', 'aria-label': i18n.t('ui.badge.close'), title: i18n.t('ui.badge.closeTitle'), onclick: dismiss }, '×'),
    h('p', { class: 'badge-hint', id: 'suanpan-badge-hint' }, i18n.t('ui.badge.hint')),
  );
  const chip = (kind: Severity | 'muted' | 'ok', text: string) => h('span', { class: `chip chip-${kind}` }, text);

  return {
    element,
    update({ counts, showInfo, highlights, scanning }) {
      const shown = SEVERITY_ORDER.filter((severity) => (showInfo || severity !== 'info') && counts[severity] > 0);
      main.replaceChildren(
        logo,
        ...(scanning ? [chip('muted', i18n.t('ui.badge.scanning'))]
          : shown.length === 0 ? [chip('ok', i18n.t('ui.badge.nothing'))]
          : shown.map((severity) => chip(severity, tallyText(UI_WORDS, severity, counts[severity])))),
        ...(highlights ? [] : [chip('muted', i18n.t('ui.badge.hidden'))]),
      );
    },
  };
}
