/**
 * The card next to a highlighted figure (hover, caret, or keyboard navigation). When it was opened from
 * the keyboard it takes focus, offers previous/next, and Escape gives focus back.
 */
import type { FigureLocation, Finding } from '../lib/report';
import { h, syncChildren } from './dom';
import { findingDetails } from './FindingDetails';
import { i18n } from './i18n';
import type { OverlayActions } from './Overlay';

interface CardRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CardState {
  findings: Finding[];
  /** The figure (normalized text) the card is about. */
  figure: string;
  /** Where that figure is in the document model, to point it out among each finding's figures. */
  at: FigureLocation | null;
  /** What the figure is to its findings: the one in question, one it was compared with, or a tick. */
  role: 'primary' | 'related' | 'verified';
  rect: CardRect;
  /** "mark 3 of 12" when known. */
  position: string | null;
  takeFocus: boolean;
}

const WIDTH = 380;
const GAP = 6;

/** Every property it sets, '' for the side it does not use, so a card that flips sides drops the other. */
function placement(rect: CardRect): Partial<CSSStyleDeclaration> {
  const width = Math.min(WIDTH, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const below = window.innerHeight - rect.bottom - GAP - 8;
  const above = rect.top - GAP - 8;
  const common = { left: `${left}px`, width: `${width}px` };
  // Below the figure unless there is clearly more room above it.
  if (below >= 220 || below >= above) {
    return { ...common, top: `${rect.bottom + GAP}px`, bottom: '', maxHeight: `${Math.max(120, below)}px` };
  }
  return { ...common, top: '', bottom: `${window.innerHeight - rect.top + GAP}px`, maxHeight: `${Math.max(120, above)}px` };
}

/** The same explanation (so the same elements can stay): the same figure, role and findings. */
function sameBody(a: CardState, b: CardState): boolean {
  return a.figure === b.figure && a.at === b.at && a.role === b.role && a.findings.length === b.findings.length && a.findings.every((finding, i) => finding === b.findings[i]);
}

function roleNote(role: CardState['role']): HTMLParagraphElement | null {
  if (role === 'related') return h('p', { class: 'card-role' }, i18n.t('ui.card.related'));
  if (role === 'verified') return h('p', { class: 'card-role card-role-verified' }, i18n.t('ui.card.verified'));
  return null;
}

export interface CardView {
  element: HTMLDivElement;
  /** Shows `card`; the element must be in the document (it may take the focus). */
  update(card: CardState): void;
}

/**
 * One card element for as long as a card is shown. Its buttons are made once and never moved, so one
 * that has the focus keeps it; the explanation is rebuilt only when it changes (not when the card
 * follows its figure on scroll).
 */
export function createCard({ closeCard, navigate, pointerInCard }: Pick<OverlayActions, 'closeCard' | 'navigate' | 'pointerInCard'>): CardView {
  const figure = h('span', { class: 'card-figure' });
  const position = h('span', { class: 'card-position' });
  const close = h('button', { type: 'button', class: 'card-close', 'aria-label': i18n.t('ui.card.close'), onclick: closeCard }, '×');
  const top = h('div', { class: 'card-top' });
  const nav = h(
    'div',
    { class: 'card-nav' },
    h('button', { type: 'button', onclick: () => navigate('previous') }, i18n.t('ui.card.previous')),
    h('button', { type: 'button', onclick: () => navigate('next') }, i18n.t('ui.card.next')),
    h('span', { class: 'card-keys' }, i18n.t('ui.card.keys')),
  );
  const element = h('div', {
    role: 'dialog',
    tabindex: -1,
    onkeydown: (event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      event.preventDefault();
      closeCard();
    },
    onmouseenter: () => pointerInCard(true),
    onmouseleave: () => pointerInCard(false),
  });
  let shown: CardState | null = null;
  let body: Node[] = [];

  return {
    element,
    update(card) {
      const previous = shown;
      shown = card;
      const { findings, role } = card;
      const severity = role === 'verified' ? 'verified' : findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
      element.className = `card card-${severity}`;
      element.setAttribute('aria-label', i18n.t('ui.card.label', { figure: card.figure, role: role === 'related' ? i18n.t('ui.card.labelRelated') : role === 'verified' ? i18n.t('ui.card.labelVerified') : '' }));
      Object.assign(element.style, placement(card.rect));
      if (!previous || !sameBody(previous, card)) {
        figure.textContent = card.figure;
        body = [roleNote(role), ...findings.map((finding) => findingDetails(finding, { emphasize: { text: card.figure, at: card.at } }))].filter((node) => node !== null);
      }
      position.textContent = card.position;
      syncChildren(top, [figure, card.position !== null && position, close]);
      syncChildren(element, [top, ...body, card.takeFocus && nav]);
      // Focus when the card opens or moves to another figure (`at` is the mark's own, stable object); not
      // when it only follows its figure on scroll, which would pull the focus back from a reader tabbing
      // on to the badge.
      if (card.takeFocus && (!previous?.takeFocus || previous.at !== card.at)) element.focus();
    },
  };
}
