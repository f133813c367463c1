/**
 * The overlay's shadow host (entrypoints/content/ui.ts): where it is, that it takes no room in the
 * page's layout and none of the page's styles, and that keys typed in it never reach the page's own
 * listeners while the page's own keys still do.
 */
import { expect, resetSettings, sendToTab, test } from './harness';

const SEED = 'seeds/panzhihua-dongqu-2024-juesuan.html';

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('the host is the last child of <html>, with an open shadow root, and takes no room on the page', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(site.url(SEED));
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  const host = await page.evaluate(() => {
    const element = document.querySelector('suanpan-ui')!;
    const rect = element.getBoundingClientRect();
    return {
      last: document.documentElement.lastElementChild === element,
      inBody: document.body.contains(element),
      open: element.shadowRoot !== null,
      inside: [...element.shadowRoot!.children].map((child) => `${child.tagName.toLowerCase()}${child.className ? `.${child.className}` : ''}`),
      size: [rect.width, rect.height],
    };
  });
  expect(host).toEqual({ last: true, inBody: false, open: true, inside: ['style', 'div.suanpan-overlay'], size: [0, 0] });
  // The page measures the same with and without it.
  const layout = () => page.evaluate(() => {
    const body = document.body.getBoundingClientRect();
    return [document.documentElement.scrollWidth, document.documentElement.scrollHeight, body.width, body.height, body.top];
  });
  const withHost = await layout();
  await page.evaluate(() => document.querySelector('suanpan-ui')!.remove());
  expect(await layout()).toEqual(withHost);
  await page.close();
});

test('the page’s styles do not reach into the overlay', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(site.url(SEED));
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  await page.addStyleTag({ content: 'html { font-size: 40px; color: #f00; line-height: 5; } suanpan-ui { display: none !important; font-size: 40px !important; color: #f00 !important; }' });
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  const style = await page.locator('suanpan-ui .suanpan-overlay').evaluate((element) => {
    const computed = getComputedStyle(element);
    return [computed.fontSize, computed.lineHeight, computed.color === 'rgb(255, 0, 0)'];
  });
  expect(style).toEqual(['14px', '21px', false]);
  await page.close();
});

test('keys typed in the card do not reach the page’s listeners; the page’s own keys do', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(site.url(SEED));
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __keys: string[] }).__keys = seen;
    for (const type of ['keydown', 'keyup', 'keypress']) {
      document.addEventListener(type, (event) => seen.push(`document ${type} ${(event as KeyboardEvent).key}`));
      window.addEventListener(type, (event) => seen.push(`window ${type} ${(event as KeyboardEvent).key}`));
    }
  });
  const keys = () => page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.splice(0));

  await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
  const card = page.locator('suanpan-ui .card');
  await expect(card).toBeFocused();
  await page.keyboard.press('a');
  await page.keyboard.press('Tab');
  expect(await keys()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  // Escape's keydown closed the card from inside it; its keyup comes once the focus is back on the page.
  expect(await keys()).toEqual(['document keyup Escape', 'window keyup Escape']);

  // With the card closed the focus is back on the page: its keys are its own.
  await page.keyboard.press('a');
  expect(await keys()).toEqual(['document keydown a', 'window keydown a', 'document keypress a', 'window keypress a', 'document keyup a', 'window keyup a']);
  await page.close();
});
