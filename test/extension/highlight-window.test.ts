/**
 * Which figures a large page registers (entrypoints/content/highlight-window.ts): the view window
 * around the viewport, which extents fall in it, and where a figure is from its elements' boxes.
 */
import { describe, expect, it } from 'vitest';
import { extentOf, inWindow, viewWindow, type Extent } from '../../entrypoints/content/highlight-window';

describe('the view window: one screen above and one below the visible one', () => {
  it.each([
    { scrollY: 0, height: 800, window: { top: -800, bottom: 1600 } },
    { scrollY: 5000, height: 600, window: { top: 4400, bottom: 6200 } },
  ])('scrolled to $scrollY with a $height px viewport', ({ scrollY, height, window }) => {
    expect(viewWindow(scrollY, height)).toEqual(window);
  });
});

describe('which figures are in it', () => {
  const window: Extent = { top: 1000, bottom: 3000 };
  it.each([
    { name: 'inside', extent: { top: 1500, bottom: 1520 }, inside: true },
    { name: 'across the top edge', extent: { top: 990, bottom: 1010 }, inside: true },
    { name: 'across the bottom edge', extent: { top: 2990, bottom: 3010 }, inside: true },
    { name: 'a tall paragraph around the whole window', extent: { top: 0, bottom: 9000 }, inside: true },
    { name: 'just above', extent: { top: 900, bottom: 999 }, inside: false },
    { name: 'just below', extent: { top: 3001, bottom: 3020 }, inside: false },
    { name: 'not rendered (no box)', extent: { top: Infinity, bottom: -Infinity }, inside: false },
  ])('$name', ({ extent, inside }) => {
    expect(inWindow(extent, window)).toBe(inside);
  });
});

describe('where a figure is: its elements together, in document coordinates', () => {
  const box = (top: number, bottom: number, width = 10) => ({ getBoundingClientRect: () => ({ top, bottom, width, height: bottom - top }) }) as unknown as Element;
  it.each([
    { name: 'one element, scrolled by 100', elements: [box(10, 30)], scrollY: 100, extent: { top: 110, bottom: 130 } },
    { name: 'a figure split over two cells', elements: [box(10, 30), box(40, 60)], scrollY: 0, extent: { top: 10, bottom: 60 } },
    { name: 'a hidden element (no box) is left out', elements: [box(0, 0, 0), box(40, 60)], scrollY: 0, extent: { top: 40, bottom: 60 } },
    { name: 'a text node with no element', elements: [null, box(5, 6)], scrollY: 0, extent: { top: 5, bottom: 6 } },
    { name: 'nothing rendered', elements: [box(0, 0, 0)], scrollY: 50, extent: { top: Infinity, bottom: -Infinity } },
  ])('$name', ({ elements, scrollY, extent }) => {
    expect(extentOf(elements, scrollY)).toEqual(extent);
  });
});
