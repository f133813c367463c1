/**
 * The page's card (components/Card.ts): it stays inside the viewport wherever its figure is, and on a
 * figure that several findings share it leads with the finding that has this very figure in doubt (a
 * table cell's own row identity, 215.63 ≠ 215.36 + 0, before its parent row's, where it is a part).
 */
import { describe, expect, it, vi } from 'vitest';
import { cardOrder, placement } from '../../components/Card';
import type { Finding } from '../../lib/report';

vi.mock('wxt/browser', () => import('../helpers/overlay-dom'));

const VIEWPORT = { width: 1280, height: 900 };

/** Top and bottom edges the card may reach, from its style (maxHeight is its tallest). */
function edges(style: Partial<CSSStyleDeclaration>, viewport = VIEWPORT): { top: number; bottom: number } {
  const height = parseFloat(style.maxHeight!);
  if (style.top) return { top: parseFloat(style.top), bottom: parseFloat(style.top) + height };
  const bottom = viewport.height - parseFloat(style.bottom!);
  return { top: bottom - height, bottom };
}

describe('placement', () => {
  it.each([
    ['figure in the middle', { top: 450, bottom: 470, left: 500, right: 560 }, VIEWPORT],
    ['figure near the bottom', { top: 860, bottom: 880, left: 500, right: 560 }, VIEWPORT],
    ['figure near the top', { top: 4, bottom: 24, left: 500, right: 560 }, VIEWPORT],
    ['figure half below the fold', { top: 890, bottom: 910, left: 1250, right: 1300 }, VIEWPORT],
    ['figure scrolled above the top', { top: -30, bottom: -10, left: 10, right: 60 }, VIEWPORT],
    ['a short window', { top: 100, bottom: 120, left: 10, right: 60 }, { width: 600, height: 200 }],
    ['a window shorter than a card', { top: 40, bottom: 60, left: 10, right: 60 }, { width: 300, height: 120 }],
  ])('%s: inside the viewport', (_, rect, viewport) => {
    const style = placement(rect, viewport);
    const { top, bottom } = edges(style, viewport);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(viewport.height);
    expect(parseFloat(style.left!)).toBeGreaterThanOrEqual(0);
    expect(parseFloat(style.left!) + parseFloat(style.width!)).toBeLessThanOrEqual(viewport.width);
  });

  it('below the figure when there is room, not over it', () => {
    const { top } = edges(placement({ top: 450, bottom: 470, left: 500, right: 560 }, VIEWPORT));
    expect(top).toBeGreaterThanOrEqual(470);
  });
});

describe('cardOrder', () => {
  const cell = (text: string, cellIndex: number) => ({ text, value: text, unit: '万元', quote: '表', at: { block: -1, table: 0, row: 4, cell: cellIndex, start: 0, end: text.length } });
  const at = cell('215.63', 4).at;
  // The parent row's identity: 215.63 is one of its parts; 396.83 is in doubt.
  const parent: Finding = { check: 'table-codes', severity: 'error', message: 'parent', figures: [cell('215.63', 4), { ...cell('396.83', 4), at: { ...at, row: 3 } }], expected: '397.10', actual: '396.83' };
  // The cell's own row: 215.63 is in doubt.
  const own: Finding = { check: 'table-cross-footing', severity: 'error', message: 'own', figures: [cell('215.63', 4), cell('215.36', 5)], expected: '215.36', actual: '215.63' };
  it.each([
    [[parent, own], ['own', 'parent']],
    [[own, parent], ['own', 'parent']],
    [[parent], ['parent']],
  ])('%#', (findings, messages) => {
    expect(cardOrder(findings, '215.63', at).map((f) => f.message)).toEqual(messages);
  });
  it('keeps the given order among findings that all have the figure in doubt, or none', () => {
    expect(cardOrder([own, { ...own, message: 'own 2' }], '215.63', at).map((f) => f.message)).toEqual(['own', 'own 2']);
    expect(cardOrder([parent, { ...parent, message: 'parent 2' }], '215.36', null).map((f) => f.message)).toEqual(['parent', 'parent 2']);
  });
});
