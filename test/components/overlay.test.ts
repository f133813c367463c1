/**
 * The page overlay (components/Overlay.ts, Badge.ts, Card.ts) kept in step with its store, on a
 * linkedom page: what is shown for each state, with its roles and labels; that an update changes
 * elements in place (a control that has the focus is never rebuilt); when the card takes the focus;
 * and that its buttons and keys reach the actions.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardState } from '../../components/Card';
import { INITIAL_OVERLAY, mountOverlay, type OverlayActions, type OverlayState } from '../../components/Overlay';
import { createStore, type Store } from '../../components/store';
import { lookupFor } from '../../lib/i18n/dictionaries';
import type { Finding } from '../../lib/report';
import { focused, installDom } from '../helpers/overlay-dom';

vi.mock('wxt/browser', () => import('../helpers/overlay-dom'));

const zh = (key: string) => lookupFor('zh_CN')(key)!;

const AT_TOTAL = { block: 3, start: 2, end: 7 };
const ERROR: Finding = {
  check: 'parts-total',
  severity: 'error',
  message: 'parts do not add up',
  figures: [
    { text: '12.00', value: '12.00', unit: '万元', quote: '合计12.00万元', at: AT_TOTAL },
    { text: '4.00万元', value: '4.00', unit: '万元', quote: '甲4.00万元', at: { block: 3, start: 10, end: 16 } },
  ],
  expected: '10.00万元',
  actual: '12.00万元',
};
const WARNING: Finding = { ...ERROR, severity: 'warning', message: 'a warning', expected: null, actual: null };

function card(patch: Partial<CardState> = {}): CardState {
  return { findings: [ERROR], figure: '12.00', at: AT_TOTAL, role: 'primary', rect: { top: 100, left: 50, bottom: 120, right: 90 }, position: null, takeFocus: false, ...patch };
}

let store: Store<OverlayState>;
let root: HTMLElement;
let actions: { [K in keyof OverlayActions]: ReturnType<typeof vi.fn> };

beforeEach(() => {
  const document = installDom();
  root = document.createElement('div');
  document.body.append(root);
  store = createStore<OverlayState>({ ...INITIAL_OVERLAY });
  actions = { openPanel: vi.fn(), dismiss: vi.fn(), closeCard: vi.fn(), navigate: vi.fn(), pointerInCard: vi.fn() };
  mountOverlay(root, store, actions as unknown as OverlayActions);
});

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
/** The very same nodes (toEqual would accept equal-looking copies). */
const same = (actual: ReadonlyArray<unknown>, expected: ReadonlyArray<unknown>) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((node, i) => expect(node).toBe(expected[i]));
};
/**
 * Which of `nodes` `action` takes out of the overlay, itself or with an ancestor, if only to put it
 * back: a control moved so loses the focus.
 */
async function takenOut(nodes: ReadonlyArray<Node | null | undefined>, action: () => void): Promise<Node[]> {
  const removed: Node[] = [];
  const observer = new window.MutationObserver((records) => {
    for (const record of records) removed.push(...record.removedNodes);
  });
  observer.observe(root, { childList: true, subtree: true });
  action();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return nodes.filter((node): node is Node => !!node && removed.some((out) => out.contains(node)));
}
const press = (target: Element, key: string) => {
  const event = new window.Event('keydown', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'key', { value: key });
  target.dispatchEvent(event);
  return event;
};

describe('the overlay', () => {
  it('shows nothing until a disclosure is detected, then the badge, the live region and the lists for screen readers', () => {
    expect(root.childNodes).toHaveLength(0);
    store.set({ active: true, counts: { error: 1, warning: 2, info: 0 }, findings: [ERROR, WARNING], verified: ['5.00万元'] });
    // The lists come when the content script says so (a frame after the badge).
    expect($$('section.sr-only')).toHaveLength(0);
    store.set({ spoken: true });
    const overlay = $('.suanpan-overlay')!;
    expect(overlay.getAttribute('lang')).toBe('zh-CN');
    expect([...overlay.children].map((child) => `${child.tagName.toLowerCase()}.${child.className}`)).toEqual(['div.badge', 'div.sr-only', 'section.sr-only', 'section.sr-only']);
    const live = overlay.children[1]!;
    expect([live.getAttribute('aria-live'), live.getAttribute('aria-atomic')]).toEqual(['polite', 'true']);
    const [flagged, verified] = $$('section.sr-only');
    expect(flagged!.getAttribute('aria-label')).toBe(zh('ui_overlay_flagged'));
    expect([...flagged!.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual([expect.stringContaining('parts do not add up'), expect.stringContaining('a warning')]);
    expect(verified!.getAttribute('aria-label')).toBe(zh('ui_overlay_verified'));
    expect(verified!.querySelector('ul > li')!.textContent).toBe(zh('ui_overlay_verifiedItem').replace('{figure}', '5.00万元'));
    store.set({ active: false });
    expect(root.childNodes).toHaveLength(0);
  });

  it('the badge: a region with its counts, and buttons to open the panel and to close it', () => {
    store.set({ active: true, scanning: true });
    const badge = $('.badge')!;
    expect([badge.getAttribute('role'), badge.getAttribute('aria-label')]).toEqual(['region', zh('ui_badge_label')]);
    expect($$('.badge-main .chip').map((chip) => chip.className)).toEqual(['chip chip-muted']);
    store.set({ scanning: false });
    expect($$('.badge-main .chip').map((chip) => chip.className)).toEqual(['chip chip-ok']);
    store.set({ counts: { error: 2, warning: 0, info: 3 } });
    expect($$('.badge-main .chip').map((chip) => chip.className)).toEqual(['chip chip-error']);
    store.set({ showInfo: true, highlights: false });
    expect($$('.badge-main .chip').map((chip) => chip.className)).toEqual(['chip chip-error', 'chip chip-info', 'chip chip-muted']);
    expect($('.badge-main .badge-logo')!.getAttribute('aria-hidden')).toBe('true');
    expect($('.badge-main')!.getAttribute('aria-describedby')).toBe($('.badge-hint')!.id);
    $<HTMLButtonElement>('.badge-main')!.click();
    $<HTMLButtonElement>('.badge-close')!.click();
    expect([actions.openPanel.mock.calls.length, actions.dismiss.mock.calls.length]).toEqual([1, 1]);
  });

  it('updates change the badge in place: its buttons stay the same elements, never taken out', async () => {
    store.set({ active: true });
    const [main, close] = [$('.badge-main'), $('.badge-close')];
    expect(await takenOut([main, close], () => store.set({ counts: { error: 5, warning: 1, info: 0 }, highlights: false, announcement: 'x', card: card() }))).toEqual([]);
    same([$('.badge-main'), $('.badge-close')], [main, close]);
  });

  it('highlights off: the screen-reader lists go; dismissed: the badge goes and the rest stays', () => {
    store.set({ active: true, findings: [ERROR], verified: ['1.00'], spoken: true });
    expect($$('section.sr-only')).toHaveLength(2);
    store.set({ highlights: false });
    expect($$('section.sr-only')).toHaveLength(0);
    store.set({ dismissed: true, card: card() });
    expect($('.badge')).toBeNull();
    expect($$('.suanpan-overlay > *').map((child) => child.className)).toEqual([expect.stringMatching(/^card /), 'sr-only']);
  });

  it('says the announcement in the live region', () => {
    store.set({ active: true, announcement: 'marks hidden' });
    expect($('[aria-live]')!.textContent).toBe('marks hidden');
  });
});

describe('the card', () => {
  beforeEach(() => store.set({ active: true }));

  it('on hover: a labelled dialog with the figure and each finding, no focus, no previous/next', () => {
    store.set({ card: card({ findings: [WARNING, ERROR] }) });
    const element = $('.card')!;
    expect(element.className).toBe('card card-error');
    expect(element.getAttribute('role')).toBe('dialog');
    expect(element.getAttribute('tabindex')).toBe('-1');
    expect(element.getAttribute('aria-label')).toBe(zh('ui_card_label').replace('{figure}', '12.00').replace('{role}', ''));
    expect($('.card-figure')!.textContent).toBe('12.00');
    expect($('.card-close')!.getAttribute('aria-label')).toBe(zh('ui_card_close'));
    expect($$('.card > .finding-details')).toHaveLength(2);
    expect($('.card-nav')).toBeNull();
    expect($('.card-position')).toBeNull();
    expect(focused()).toEqual([]);
  });

  it('says what a related or verified figure is to its findings', () => {
    store.set({ card: card({ role: 'related' }) });
    expect($('.card-role')!.textContent).toBe(zh('ui_card_related'));
    expect($('.card')!.getAttribute('aria-label')).toContain(zh('ui_card_labelRelated'));
    store.set({ card: card({ role: 'verified', findings: [] }) });
    expect($('.card')!.className).toBe('card card-verified');
    expect($$('.card-role').map((p) => p.className)).toEqual(['card-role card-role-verified']);
  });

  it('from the keyboard: takes the focus once; following its figure on scroll keeps every element', async () => {
    store.set({ card: card({ takeFocus: true, position: 'mark 1 of 3' }) });
    const element = $('.card')!;
    same(focused(), [element]);
    expect($('.card-position')!.textContent).toBe('mark 1 of 3');
    const kept = ['.card-close', '.card-nav button', '.finding-details', '.finding-figures summary'].map((selector) => $(selector));
    expect(kept.every((node) => node !== null)).toBe(true);
    expect(element.style.top).toBe('126px');

    // The same figure, moved by a scroll: a new state object and a new (equal) list of findings.
    expect(await takenOut(kept, () => store.set({ card: card({ takeFocus: true, position: 'mark 1 of 3', findings: [ERROR], rect: { top: 40, left: 50, bottom: 60, right: 90 } }) }))).toEqual([]);
    expect(focused()).toEqual([]);
    same(['.card', '.card-close', '.card-nav button', '.finding-details', '.finding-figures summary'].map((selector) => $(selector)), [element, ...kept]);
    expect(element.style.top).toBe('66px');
  });

  it('moving to another figure: a new explanation, the same buttons, and the focus on the card again', async () => {
    store.set({ card: card({ takeFocus: true }) });
    const [element, close, next, details] = [$('.card'), $('.card-close'), $$('.card-nav button')[1], $('.finding-details')];
    focused();
    const other = { block: 3, start: 10, end: 16 };
    expect(await takenOut([element, close, next], () => store.set({ card: card({ takeFocus: true, figure: '4.00万元', at: other }) }))).toEqual([]);
    same(focused(), [element]);
    same([$('.card'), $('.card-close'), $$('.card-nav button')[1]], [element, close, next]);
    expect($('.finding-details')).not.toBe(details);
    expect($('.card-figure')!.textContent).toBe('4.00万元');
    expect($('.figure-current .figure-text')!.textContent).toBe('4.00万元');
  });

  it('sits above its figure when there is clearly more room there', () => {
    store.set({ card: card({ rect: { top: 700, left: 1200, bottom: 720, right: 1240 } }) });
    const { style } = $('.card')!;
    expect([style.top, style.bottom, style.left, style.width, style.maxHeight]).toEqual(['', '106px', '892px', '380px', '686px']);
  });

  it('Escape and the close button close it; previous / next navigate; the pointer is reported', () => {
    store.set({ card: card({ takeFocus: true }) });
    const element = $('.card')!;
    const escape = press(element, 'Escape');
    expect(escape.defaultPrevented).toBe(true);
    expect(press(element, 'Tab').defaultPrevented).toBe(false);
    $<HTMLButtonElement>('.card-close')!.click();
    expect(actions.closeCard).toHaveBeenCalledTimes(2);
    const [previous, next] = $$('.card-nav button');
    previous!.click();
    next!.click();
    expect(actions.navigate.mock.calls).toEqual([['previous'], ['next']]);
    element.dispatchEvent(new window.Event('mouseenter'));
    element.dispatchEvent(new window.Event('mouseleave'));
    expect(actions.pointerInCard.mock.calls).toEqual([[true], [false]]);
  });

  it('closing and opening again makes a new card', () => {
    store.set({ card: card() });
    const first = $('.card');
    store.set({ card: null });
    expect($('.card')).toBeNull();
    store.set({ card: card({ takeFocus: true }) });
    expect($('.card')).not.toBe(first);
    same(focused(), [$('.card')]);
  });
});
