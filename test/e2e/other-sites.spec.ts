/**
 * A site the extension is not enabled on: no content script runs, and the panel says so and explains
 * how to enable it. (Granting a site needs the browser's permission prompt, which a test cannot answer.)
 */
import { expect, openPanel, resetSettings, test } from './harness';
import { traces } from './probes';

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('on a site that is not enabled nothing runs, and the panel explains', async ({ ext, site }) => {
  // The test build matches http://127.0.0.1/*; the same page under another host name is "another site".
  const url = site.url('test/e2e/pages/own-script.html').replace('127.0.0.1', 'localhost');
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(500);
  expect(await traces(page)).toEqual({ highlights: 0, styles: 0, hosts: 0 });
  const panel = await openPanel(ext, page);
  await expect(panel.getByText('算盘没有在这个页面上运行')).toBeVisible();
  // Without a click on the toolbar button (activeTab) the panel cannot see the address to ask for.
  await expect(panel.getByText('请在该网页上点击工具栏中的算盘图标')).toBeVisible();
  await panel.close();
  await page.close();
});
