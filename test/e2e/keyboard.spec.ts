/** Keyboard: next/previous finding (the commands' message), the focused card, Escape, and the live region. */
import { expect, resetSettings, sendToTab, test } from './harness';
import { layerRects } from './probes';
import { referenceForFile } from './reference';

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('next and previous finding move focus to a card and announce it', async ({ ext, site }) => {
  const path = 'seeds/panzhihua-dongqu-2024-juesuan.html';
  const url = site.url(path);
  const { report } = referenceForFile(path, url);
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  await expect.poll(async () => (await layerRects(page, 'suanpan-error')).length).toBeGreaterThan(0);

  await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
  const card = page.locator('suanpan-ui .card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('第 1 处');
  await expect(card).toBeFocused();
  const live = page.locator('suanpan-ui [aria-live]');
  await expect(live).toContainText('第 1 处');
  // The first mark in document order (an error or a warning): its card explains a finding about it.
  const label = (await card.getAttribute('aria-label')) ?? '';
  const about = report.findings.filter((f) => f.severity !== 'info' && f.figures[0] && label.includes(f.figures[0].text));
  expect(about.length).toBeGreaterThan(0);
  await expect(card).toContainText(about[0]!.message);
  expect((await layerRects(page, 'suanpan-current')).length).toBeGreaterThan(0);

  // The card's own buttons go on; Escape closes it and gives focus back.
  await card.getByRole('button', { name: '下一处' }).click();
  await expect(card).toContainText('第 2 处');
  await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'previous' });
  await expect(card).toContainText('第 1 处');
  await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'previous' });
  await expect(card).toContainText(/第 (\d+) 处，共 \1 处/);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect((await layerRects(page, 'suanpan-current')).length).toBe(0);

  // Screen-reader text for the highlights exists in the overlay.
  await expect(page.locator('suanpan-ui section.sr-only li').first()).toContainText('错误');
  await page.close();
});
