/**
 * The card next to a highlighted figure (hover, caret, or keyboard navigation). When it was opened from
 * the keyboard it takes focus, offers previous/next, and Escape gives focus back.
 */
import type { FigureLocation, Finding } from '../lib/report';
import { h, syncChildren } from './dom';
import { findingDetails, questions } from './FindingDetails';
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

const MARGIN = 8;
/** Room below the figure that is enough not to consider putting the card above it. */
const ENOUGH = 320;

/**
 * Every property it sets, '' for the side it does not use, so a card that flips sides drops the other.
 * The card always fits in the viewport: its height is capped by the room on its side, and where that
 * room is less than a usable card (the figure at the very edge, or half out of view) it is pushed
 * back inside, over the figure if need be, rather than run off the screen.
 */
export function placement(rect: CardRect, viewport = { width: window.innerWidth, height: window.innerHeight }): Partial<CSSStyleDeclaration> {
  const width = Math.min(WIDTH, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(rect.left, viewport.width - width - MARGIN));
  const fullHeight = Math.max(0, viewport.height - 2 * MARGIN);
  const least = Math.min(160, fullHeight);
  const below = viewport.height - rect.bottom - GAP - MARGIN;
  const above = rect.top - GAP - MARGIN;
  const common = { left: `${left}px`, width: `${width}px` };
  // Below the figure unless there is clearly more room above it.
  if (below >= ENOUGH || below >= above) {
    const height = Math.min(fullHeight, Math.max(least, below));
    const top = Math.max(MARGIN, Math.min(rect.bottom + GAP, viewport.height - MARGIN - height));
    return { ...common, top: `${top}px`, bottom: '', maxHeight: `${height}px` };
  }
  const height = Math.min(fullHeight, Math.max(least, above));
  const bottom = Math.max(MARGIN, Math.min(viewport.height - rect.top + GAP, viewport.height - MARGIN - height));
  return { ...common, top: '', bottom: `${bottom}px`, maxHeight: `${height}px` };
}

/**
 * The findings a figure's card explains, those that have this very figure in doubt first (a table
 * cell's own row identity before its parent row's, where it is only a part); otherwise as given.
 */
export function cardOrder(findings: readonly Finding[], figure: string, at: FigureLocation | null): Finding[] {
  const own = (finding: Finding) => (questions(finding, { text: figure, at }) ? 0 : 1);
  return findings.map((finding, i) => ({ finding, i })).sort((a, b) => own(a.finding) - own(b.finding) || a.i - b.i).map(({ finding }) => finding);
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
        const ordered = cardOrder(findings, card.figure, card.at);
        // The first finding in full; the figures of the others folded, so the first stays in view.
        body = [roleNote(role), ...ordered.map((finding, i) => findingDetails(finding, { emphasize: { text: card.figure, at: card.at }, openFigures: i === 0 }))].filter((node) => node !== null);
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
