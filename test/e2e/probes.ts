/** Reading what the extension did to a page, from the page's own (main) world. */
import type { Frame, Page } from '@playwright/test';
import { sortSpans, type PaintedSpan } from './reference';

type Target = Page | Frame;

type Role = 'primary' | 'related';

function spansOf(target: Target, severities: string[], role: Role): Promise<PaintedSpan[]> {
  return target.evaluate(
    ([wanted, role]) => {
      const out: Array<{ severity: string; text: string }> = [];
      for (const severity of wanted) {
        const highlight = CSS.highlights?.get(role === 'primary' ? `suanpan-${severity}` : `suanpan-${severity}-related`);
        for (const range of (highlight ?? []) as Iterable<AbstractRange>) out.push({ severity, text: (range as Range).toString() });
      }
      return out;
    },
    [severities, role] as const,
  ) as Promise<PaintedSpan[]>;
}

/** Highlighted primary figures (the ones findings are about), from the highlight registry. */
export async function paintedSpans(target: Target, severities: string[] = ['error', 'warning']): Promise<PaintedSpan[]> {
  return sortSpans(await spansOf(target, severities, 'primary'));
}

/** Figures marked as related (compared with a primary one), painted in the secondary style. */
export async function relatedSpans(target: Target, severities: string[] = ['error', 'warning']): Promise<PaintedSpan[]> {
  return sortSpans(await spansOf(target, severities, 'related'));
}

/** Stretches of text with a tick (verified totals), sorted. */
export async function tickSpans(target: Target): Promise<string[]> {
  const texts = await target.evaluate(() => {
    const out: string[] = [];
    for (const range of (CSS.highlights?.get('suanpan-verified') ?? []) as Iterable<AbstractRange>) out.push((range as Range).toString());
    return out;
  });
  return texts.sort();
}

/** Any trace of the extension in the page: highlights, our style, our shadow host. */
export function traces(target: Target): Promise<{ highlights: number; styles: number; hosts: number }> {
  return target.evaluate(() => ({
    highlights: [...((CSS.highlights ?? new Map()) as Map<string, unknown>).keys()].filter((name) => name.startsWith('suanpan-')).length,
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
    return rects;
  }, layer);
}

/** Collects every console error or warning and uncaught error of a page: nothing of ours may reach it. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}
