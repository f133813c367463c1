/** Pages that are not disclosures: the content script runs, and nothing at all changes on the page. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentStateOf, expect, openPanel, recordInitialMarkup, resetSettings, ROOT, test } from './harness';
import { traces } from './probes';
import { referenceForFile } from './reference';

const NEGATIVES = [
  'test/e2e/pages/not-a-disclosure.html',
  ...readdirSync(join(ROOT, 'test/fixtures/negative'))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => `test/fixtures/negative/${name}`),
];

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('non-disclosure pages get no highlight, no badge and no change to their markup', async ({ ext, site }) => {
  expect(NEGATIVES.length).toBeGreaterThan(0);
  const page = await ext.context.newPage();
  await recordInitialMarkup(page);
  let checked = 0;
  for (const path of NEGATIVES) {
    const name = path.split('/').pop()!;
    const url = site.url(path);
    // Detection is the engine's (tested in lib's own tests). A page the engine wrongly accepts would be
    // painted by design, so it is noted here rather than failed: this test is about the extension.
    if (referenceForFile(path, url).report.detected) {
      test.info().annotations.push({ type: 'engine-detects-negative', description: name });
      continue;
    }
    checked++;
    await page.goto(url);
    // The content script is there (it answers) ...
    await expect
      .poll(() => contentStateOf(ext, page))
      .toMatchObject({ type: 'suanpan:state', status: 'not-detected', report: null });
    // ... and has left no trace.
    expect(await traces(page), name).toEqual({ highlights: 0, styles: 0, hosts: 0 });
    expect(await page.evaluate(() => document.documentElement.outerHTML), name).toBe(await page.evaluate(() => (window as unknown as { __initialHtml: string }).__initialHtml));
  }
  expect(checked).toBeGreaterThan(0);
  // The panel says so, in words.
  const panel = await openPanel(ext, page);
  await expect(panel.getByText('这个页面不像预算或决算公开')).toBeVisible();
  await panel.close();
  await page.close();
});
