/**
 * Live pages: figures split across inline elements and <br>, content that arrives after load, text the
 * page does not show, and a disclosure inside a same-origin iframe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, resetSettings, ROOT, serveGenerated, test } from './harness';
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

test.describe('text the page does not show', () => {
  const seed = 'seeds/wanzhou-2024-yusuan.html';
  const html = readFileSync(join(ROOT, seed), 'utf8');
  // A sum that does not add up (382.58 + 390.36 = 772.94): an error wherever it is read.
  const sum = '2024年支出预算合计780.00万元，其中：基本支出382.58万元，项目支出390.36万元。';
  const withParagraph = (paragraph: string) => html.replace('<head>', '<head><style>.gone { display: none }</style>').replace('</body>', `${paragraph}</body>`);

  const cases: Array<[string, string, boolean]> = [
    ['display:none', `<p style="display:none">${sum}</p>`, false],
    ['the hidden attribute', `<p hidden>${sum}</p>`, false],
    ['inside an element a class hides', `<div class="gone"><p><span>${sum}</span></p></div>`, false],
    ['visibility:hidden (still part of the document)', `<p style="visibility:hidden">${sum}</p>`, true],
  ];
  for (const [index, [name, paragraph, read]] of cases.entries()) test(`${name}: ${read ? 'read' : 'not read'}`, async ({ ext, site }) => {
    const page = await ext.context.newPage();
    const url = await serveGenerated(page, site, `hidden-${index}.html`, withParagraph(paragraph));
    const shown = referenceFor(withParagraph(`<p>${sum}</p>`), url);
    const without = referenceForFile(seed, url);
    // The planted sum is flagged when read: the spans below can tell the two cases apart.
    expect(shown.spans.map((span) => span.text)).toContain('780.00万元');
    await page.goto(url);
    await expect.poll(() => paintedSpans(page)).toEqual(read ? shown.spans : without.spans);
    await page.close();
  });
});
