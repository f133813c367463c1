/** Reading what the extension did to a page, from the page's own (main) world. */
import type { Frame, Page } from '@playwright/test';
import { sortSpans, type PaintedSpan } from './reference';

type Target = Page | Frame;

/** Highlighted stretches of text, from the highlight registry or from <suanpan-mark> elements. */
export async function paintedSpans(target: Target, severities: string[] = ['error', 'warning']): Promise<PaintedSpan[]> {
  const spans = await target.evaluate((wanted) => {
    const out: Array<{ severity: string; text: string }> = [];
    for (const severity of wanted) {
      const highlight = CSS.highlights?.get(`suanpan-${severity}`);
      for (const range of (highlight ?? []) as Iterable<AbstractRange>) out.push({ severity, text: (range as Range).toString() });
      for (const mark of document.querySelectorAll(`suanpan-mark[data-severity="${severity}"]`)) out.push({ severity, text: mark.textContent ?? '' });
    }
    return out;
  }, severities);
  return sortSpans(spans as PaintedSpan[]);
}

/** Any trace of the extension in the page: highlights, marks, our style, our shadow host. */
export function traces(target: Target): Promise<{ highlights: number; marks: number; styles: number; hosts: number }> {
  return target.evaluate(() => ({
    highlights: [...((CSS.highlights ?? new Map()) as Map<string, unknown>).keys()].filter((name) => name.startsWith('suanpan-')).length,
    marks: document.querySelectorAll('suanpan-mark').length,
    styles: document.querySelectorAll('style[data-suanpan]').length,
    hosts: document.querySelectorAll('suanpan-ui').length,
  }));
}

/** Viewport rectangles of the ranges in one of our highlight layers (e.g. the flash layer). */
export function layerRects(target: Target, layer: string): Promise<Array<{ x: number; y: number; width: number; height: number }>> {
  return target.evaluate((name) => {
    const highlight = CSS.highlights?.get(name);
    const rects: Array<{ x: number; y: number; width: number; height: number }> = [];
    for (const range of (highlight ?? []) as Iterable<AbstractRange>) {
      const rect = (range as Range).getClientRects()[0];
      if (rect) rects.push({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    }
    for (const mark of document.querySelectorAll(`suanpan-mark[data-${name.replace('suanpan-', '')}]`)) {
      const rect = mark.getClientRects()[0];
      if (rect) rects.push({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    }
    return rects;
  }, layer);
}
