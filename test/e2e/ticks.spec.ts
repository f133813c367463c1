/**
 * The optional ticks on verified totals ("标出已核对无误的合计"): off by default; on, the report's
 * verified figures get the quiet green style (and screen-reader text "已核对") without moving anything;
 * off again, the page is exactly as before.
 */
import type { Page } from '@playwright/test';
import { expect, initialBody, openPanel, recordInitialMarkup, resetSettings, sendToTab, setSettings, test } from './harness';
import { paintedSpans, tickSpans, traces } from './probes';
import { referenceForFile } from './reference';

const PATH = 'test/e2e/pages/tables.html';

test.beforeEach(async ({ ext }) => resetSettings(ext));

/** Every element's box in the body: painting must not move any of them. */
function layout(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return `${element.nodeName}:${rect.x},${rect.y},${rect.width},${rect.height}`;
      })
      .join('\n'),
  );
}

test('ticks from the panel switch (highlight API): verified figures ticked, nothing moves, off restores', async ({ ext, site }) => {
  const url = site.url(PATH);
  const reference = referenceForFile(PATH, url);
  expect(reference.verified.length).toBeGreaterThan(0);
  const page = await ext.context.newPage();
  await recordInitialMarkup(page);
  await page.goto(url);
  await expect.poll(() => paintedSpans(page)).toEqual(reference.spans);
  const before = await layout(page);
  expect(await tickSpans(page)).toEqual([]);

  const panel = await openPanel(ext, page);
  const toggle = panel.getByRole('switch', { name: '标出已核对无误的合计' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect.poll(() => tickSpans(page)).toEqual(reference.verified);
  // The findings' own marks are unchanged, and no figure is both ticked and marked.
  await expect.poll(() => paintedSpans(page)).toEqual(reference.spans);
  expect(await layout(page)).toBe(before);
  await expect(page.locator('suanpan-ui section.sr-only[aria-label="算盘已核对无误的数字"] li').first()).toContainText('已核对');
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(await initialBody(page));
  // A tick's card says what it means; next/previous still go only to the findings' figures.
  const card = page.locator('suanpan-ui .card');
  const tick = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('suanpan-verified') as unknown as Iterable<Range>)].find((r) => r.startContainer.parentElement?.closest('td'))!;
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, text: range.toString() };
  });
  await page.mouse.move(tick.x, tick.y);
  await expect(card.locator('.card-role')).toContainText('已核对');
  await expect(card.locator('.card-figure')).toHaveText(tick.text);
  await page.mouse.move(2, 2);
  await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
  await expect(card).toContainText(`标出的第 1 处，共 ${reference.stops.length} 处`);
  // Escape reaches the card only once the command's card has taken the focus (it replaces the hover card).
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('suanpan-ui');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  // The switch is remembered: a new page comes up with ticks.
  const again = await ext.context.newPage();
  await again.goto(url);
  await expect.poll(() => tickSpans(again)).toEqual(reference.verified);
  await again.close();

  await toggle.uncheck();
  await expect.poll(() => tickSpans(page)).toEqual([]);
  await expect.poll(() => paintedSpans(page)).toEqual(reference.spans);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(await initialBody(page));
  await panel.close();
  await page.close();
});
