/**
 * The page stays the page: its own script still reads its DOM and handles its events, the painter (the
 * CSS Custom Highlight API) never changes the body's markup, and switching highlights off and on leaves
 * it exactly as it was.
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
  await expect.poll(() => traces(page)).toMatchObject({ highlights: 0, styles: 0 });
  await expect(page.locator('suanpan-ui .badge')).toContainText('标记已隐藏');
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(await initialBody(page));
  await toggle.check();
  await expect.poll(async () => (await paintedSpans(page)).length).toBeGreaterThan(0);
  await panel.close();
  await page.close();
});
