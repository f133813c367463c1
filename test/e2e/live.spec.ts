/**
 * Live pages: figures split across inline elements and <br>, content that arrives after load, and a
 * disclosure inside a same-origin iframe.
 */
import { expect, resetSettings, test } from './harness';
import { paintedSpans, relatedSpans } from './probes';
import { referenceFor, referenceForFile } from './reference';

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('figures split across elements, and content that arrives after load', async ({ ext, site }) => {
  const path = 'test/e2e/pages/live.html';
  const url = site.url(path);
  const initial = referenceForFile(path, url);
  // "312.40" is printed as <span>3</span><span>12.40</span>: two stretches of one figure.
  // (312.40 is the total in question; 230.10 was compared with it.)
  expect(initial.spans.map((span) => span.text)).toEqual(expect.arrayContaining(['3', '12.40']));
  expect(initial.related.map((span) => span.text)).toEqual(expect.arrayContaining(['2', '30.10万元']));
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect.poll(() => paintedSpans(page)).toEqual(expect.arrayContaining(initial.spans));
  await expect.poll(() => relatedSpans(page)).toEqual(expect.arrayContaining(initial.related));

  // The late paragraph (added 800 ms after load) holds a sum that does not add up.
  await expect(page.locator('#late')).toBeAttached();
  const html = await page.evaluate(() => `<!DOCTYPE html><html><head><title>${document.title}</title></head>${document.body.outerHTML}</html>`);
  const final = referenceFor(html, url);
  expect(final.spans.length).toBeGreaterThan(initial.spans.length);
  expect(final.spans.map((span) => span.text)).toContain('48.60万元');
  await expect.poll(() => paintedSpans(page), { timeout: 5000 }).toEqual(final.spans);
  await expect.poll(() => relatedSpans(page)).toEqual(final.related);
  await page.close();
});

test('a disclosure in a same-origin iframe is checked in its frame', async ({ ext, site }) => {
  const inner = 'seeds/wanzhou-2024-yusuan.html';
  const reference = referenceForFile(inner, site.url(inner));
  const page = await ext.context.newPage();
  await page.goto(site.url('test/e2e/pages/frame-host.html'));
  const frame = page.frames().find((f) => f.url().endsWith(inner));
  expect(frame).toBeDefined();
  await expect.poll(() => paintedSpans(frame!)).toEqual(reference.spans);
  // The host page itself is not a disclosure: nothing on it.
  await expect.poll(() => paintedSpans(page)).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('suanpan-ui').length)).toBe(0);
  await page.close();
});
