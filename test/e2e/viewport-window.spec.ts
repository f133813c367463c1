/**
 * A page with more figures to paint than the threshold (REGISTER_ALL_UP_TO in
 * entrypoints/content/highlight-window.ts; lowered here by the test build's URL parameter):
 * only the figures near the viewport are in the highlight registry at any time, scrolling through the
 * page paints every one of them exactly as the engine says, and switching the highlights off leaves
 * nothing behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { contentStateOf, expect, resetSettings, ROOT, serveGenerated, setSettings, test } from './harness';
import { traces, watchConsole } from './probes';
import { referenceFor, sortSpans, type PaintedSpan } from './reference';

test.beforeEach(async ({ ext }) => resetSettings(ext));

const SEED = 'seeds/panzhihua-dongqu-2024-juesuan.html';
/** Real pages of this size register everything; the test build lowers the threshold to see the window. */
const THRESHOLD = 40;

/** The seed page with its body twice over: a long page, with the findings of both halves. */
function doubledSeed(): string {
  const html = readFileSync(join(ROOT, SEED), 'utf8');
  const match = /(<body[^>]*>)([\s\S]*)(<\/body>)/.exec(html)!;
  return html.slice(0, match.index) + match[1] + match[2]!.repeat(2) + match[3] + html.slice(match.index + match[0].length);
}

interface Registered {
  /** Primary error and warning ranges, each with where it is in the document. */
  primary: Array<PaintedSpan & { at: string }>;
  /** How many ranges of ours are registered, of every layer. */
  total: number;
  /** The registered ranges furthest above and below the viewport, in viewport heights. */
  highest: number;
  lowest: number;
}

function registered(page: Page): Promise<Registered> {
  return page.evaluate(() => {
    const primary: Array<{ severity: string; text: string; at: string }> = [];
    let total = 0;
    let highest = Infinity;
    let lowest = -Infinity;
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('suanpan-')) continue;
      const severity = /^suanpan-(error|warning)$/.exec(name)?.[1];
      for (const range of highlight) {
        total++;
        const rect = range.getBoundingClientRect();
        highest = Math.min(highest, rect.top / innerHeight);
        lowest = Math.max(lowest, rect.bottom / innerHeight);
        if (severity) primary.push({ severity, text: range.toString(), at: `${Math.round(rect.top + scrollY)}:${Math.round(rect.left)}` });
      }
    }
    return { primary, total, highest, lowest };
  }) as Promise<Registered>;
}

/** Two frames: the window follows the scroll in the frame after it. */
const afterFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test('a page with more figures than the threshold: those near the viewport are registered, scrolling paints every one, off leaves nothing', async ({ ext, site }) => {
  test.setTimeout(120_000);
  const html = doubledSeed();
  const page = await ext.context.newPage();
  const problems = watchConsole(page);
  const url = await serveGenerated(page, site, `doubled-seed.html?suanpan-register-all-up-to=${THRESHOLD}`, html);
  const expected = referenceFor(html, url);
  await page.goto(url);
  await expect.poll(async () => (await contentStateOf(ext, page))?.status, { timeout: 60_000 }).toBe('done');

  // Scroll through the page a screen at a time; each stop registers only what is near the viewport.
  const seen = new Map<string, PaintedSpan>();
  let mostAtOnce = 0;
  const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  for (let y = 0; ; y += await page.evaluate(() => innerHeight)) {
    await page.evaluate((top) => window.scrollTo(0, top), Math.min(y, height));
    await afterFrames(page);
    await afterFrames(page);
    const now = await registered(page);
    mostAtOnce = Math.max(mostAtOnce, now.total);
    // A screen above and a screen below the viewport, and a figure's whole element (a table cell) with it.
    expect(now.highest).toBeGreaterThanOrEqual(-1.5);
    expect(now.lowest).toBeLessThanOrEqual(2.5);
    for (const span of now.primary) seen.set(`${span.at}|${span.text}`, { severity: span.severity, text: span.text });
    if (y >= height) break;
  }
  // More figures than the page may register at once, and never all of them at once.
  expect(expected.spans.length + expected.related.length).toBeGreaterThan(THRESHOLD);
  expect(mostAtOnce).toBeLessThan(expected.spans.length + expected.related.length);
  // Every primary figure the engine found was painted, in its colour, when its part of the page was in view.
  expect(sortSpans([...seen.values()])).toEqual(expected.spans);

  await setSettings(ext, { highlights: false, showInfo: false });
  await expect.poll(() => traces(page)).toMatchObject({ highlights: 0, styles: 0 });
  expect(problems).toEqual([]);
  await page.close();
});

test('the page moves under the window without a DOM change (padding added above): the same figures stay registered around the viewport', async ({ ext, site }) => {
  const html = doubledSeed();
  const page = await ext.context.newPage();
  const problems = watchConsole(page);
  const url = await serveGenerated(page, site, `doubled-seed-shift.html?suanpan-register-all-up-to=${THRESHOLD}`, html);
  await page.goto(url);
  await expect.poll(async () => (await contentStateOf(ext, page))?.status, { timeout: 60_000 }).toBe('done');
  const texts = async () => (await page.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<Range>>) if (name.startsWith('suanpan-')) for (const range of highlight) out.push(`${name} ${range.toString()}`);
    return out;
  })).sort();

  const middle = await page.evaluate(() => Math.round(document.documentElement.scrollHeight * 0.4));
  await page.evaluate((top) => window.scrollTo(0, top), middle);
  await afterFrames(page);
  await afterFrames(page);
  const before = await texts();
  expect(before.length).toBeGreaterThan(0);
  // Elsewhere first, so that finding the same set again below is the window's doing.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(texts).not.toEqual(before);
  // A style attribute: no DOM change, so no new check; only the document's size changes.
  await page.evaluate(() => (document.body.style.paddingTop = '5000px'));
  await page.evaluate((top) => window.scrollTo(0, top), middle + 5000);
  await expect.poll(texts).toEqual(before);
  expect(problems).toEqual([]);
  await page.close();
});
