/**
 * The page stays the page: its own script still reads its DOM and handles its events, the default
 * painter never changes the body's markup, and switching highlights off restores the markup exactly,
 * with the fallback (wrapping) painter too.
 */
import { expect, initialBody, openPanel, recordInitialMarkup, resetSettings, setSettings, test } from './harness';
import { paintedSpans, traces } from './probes';
import { referenceForFile } from './reference';

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('a page with its own script keeps working, and its body is never touched by the highlight API painter', async ({ ext, site }) => {
  const url = site.url('test/e2e/pages/own-script.html');
  const reference = referenceForFile('test/e2e/pages/own-script.html', url);
  expect(reference.spans.length).toBeGreaterThan(0);
  const page = await ext.context.newPage();
  await recordInitialMarkup(page);
  await page.goto(url);
  await expect.poll(() => paintedSpans(page)).toEqual(reference.spans);

  await page.locator('#sum').click();
  await expect(page.locator('#result')).toHaveText('560.00');
  expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
  // The page's own MutationObserver saw only its own change (the <output>'s text), nothing of ours.
  expect(await page.evaluate(() => (window as unknown as { __pageMutations: number }).__pageMutations)).toBe(1);
  await page.locator('#result').evaluate((output) => (output.textContent = ''));
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(await initialBody(page));
  await page.close();
});

test('switching highlights off and on from the panel', async ({ ext, site }) => {
  const url = site.url('test/e2e/pages/own-script.html');
  const page = await ext.context.newPage();
  await recordInitialMarkup(page);
  await page.goto(url);
  await expect.poll(async () => (await paintedSpans(page)).length).toBeGreaterThan(0);
  const panel = await openPanel(ext, page);
  const toggle = panel.getByRole('switch', { name: '在页面上标出数字' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(() => traces(page)).toMatchObject({ highlights: 0, marks: 0, styles: 0 });
  await expect(page.locator('suanpan-ui .badge')).toContainText('标记已隐藏');
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(await initialBody(page));
  await toggle.check();
  await expect.poll(async () => (await paintedSpans(page)).length).toBeGreaterThan(0);
  await panel.close();
  await page.close();
});

for (const path of ['test/e2e/pages/own-script.html', 'seeds/panzhihua-dongqu-2024-juesuan.html']) {
  test(`fallback painter on ${path}: marks on the same figures, and the markup restored exactly`, async ({ ext, site }) => {
    const url = site.url(`${path}?suanpan-paint=wrap`);
    const reference = referenceForFile(path, url);
    const page = await ext.context.newPage();
    await recordInitialMarkup(page);
    await page.goto(url);
    await expect.poll(async () => (await traces(page)).marks).toBeGreaterThan(0);
    expect((await traces(page)).highlights).toBe(0);
    await expect.poll(() => paintedSpans(page)).toEqual(reference.spans);
    const before = await initialBody(page);
    expect(await page.evaluate(() => document.body.innerHTML)).not.toBe(before);
    // The page's text is unchanged while marked.
    expect(await page.evaluate(() => document.body.textContent)).toBe(await page.evaluate((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.content.textContent;
    }, before));
    // Hovering a wrapped figure shows its card, as with the highlight API.
    const mark = page.locator('suanpan-mark[data-severity="error"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect(page.locator('suanpan-ui .card')).toBeVisible();
    await expect(page.locator('suanpan-ui .card')).toContainText('错误');

    await setSettings(ext, { highlights: false, showInfo: false });
    await expect.poll(async () => (await traces(page)).marks).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    {
      // The page's original Text objects are whole again: no split pieces left behind.
      const adjacentTexts = await page.evaluate(() => {
        let count = 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nextSibling?.nodeType === Node.TEXT_NODE) count++;
        return count;
      });
      expect(adjacentTexts).toBe(0);
    }
    await setSettings(ext, { highlights: true, showInfo: true });
    await expect.poll(async () => (await traces(page)).marks).toBeGreaterThan(0);
    await setSettings(ext, { highlights: false, showInfo: true });
    await expect.poll(async () => (await traces(page)).marks).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });
}
