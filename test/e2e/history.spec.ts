/**
 * Memory across documents: pages read are saved (in the background, from the content script's
 * messages), the panel shows the unit's totals by year and the cross-document finding, a page's report
 * exports as valid files, the options page exports, deletes and imports the history, and damaged
 * storage is set aside with a notice while everything else keeps working.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { HistoryFileSchema, type HistoryRecord } from '../../lib/history/record';
import { ReportFileSchema } from '../../lib/export/report-file';
import { expect, openPanel, resetSettings, test, type Extension } from './harness';
import { paintedSpans } from './probes';

interface StorageChrome {
  storage: { local: { get(keys: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}
// Inside worker.evaluate callbacks only: `chrome` is the service worker's global there.
declare const chrome: StorageChrome;

const PAGES = {
  final2023: 'test/e2e/pages/history-2023-juesuan.html',
  budget2024: 'test/e2e/pages/history-2024-yusuan.html',
  final2024: 'test/e2e/pages/history-2024-juesuan.html',
};


async function stored(ext: Extension, key: string): Promise<unknown> {
  return ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

async function savedRecords(ext: Extension): Promise<HistoryRecord[]> {
  const value = (await stored(ext, 'history')) as { documents?: HistoryRecord[] } | undefined;
  return value?.documents ?? [];
}

/** Opens a page and waits until its reading is saved. */
async function read(ext: Extension, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  await expect.poll(async () => (await savedRecords(ext)).some((r) => r.url === url)).toBe(true);
  return page;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('pages read are saved, and the panel compares the unit’s years', async ({ ext, site }) => {
  const pages = [await read(ext, site.url(PAGES.final2023)), await read(ext, site.url(PAGES.budget2024))];
  const page = await read(ext, site.url(PAGES.final2024));
  pages.push(page);

  // Only these three pages: earlier tests in the same browser (a11y.spec) may have saved a seed page.
  const ours = new Set(Object.values(PAGES).map((path) => site.url(path)));
  const records = (await savedRecords(ext)).filter((r) => ours.has(r.url));
  expect(records.map((r) => [r.year, r.kind, r.unitKey])).toEqual([
    [2023, '决算', '示例县大数据发展中心'],
    [2024, '预算', '示例县大数据发展中心'],
    [2024, '决算', '示例县大数据发展中心'],
  ]);
  expect(records[0]).toMatchObject({ unit: '示例县大数据发展中心', totals: { 基本支出: '320.50' }, findings: { error: 0, warning: 0, info: 0 } });

  const panel = await openPanel(ext, page);
  const history = panel.locator('section.history');
  await expect(history.locator('thead th')).toHaveText(['万元', '2023', '2024']);
  const basic = history.locator('tr', { has: panel.locator('th', { hasText: /^基本支出$/ }) });
  await expect(basic.locator('td').nth(0)).toContainText('320.50');
  await expect(basic.locator('td').nth(1)).toContainText('330.00');
  await expect(basic.locator('td').nth(1)).toContainText('335.60');
  // Each value links to the page it was read from.
  await expect(basic.locator('td').nth(0).locator('a')).toHaveAttribute('href', site.url(PAGES.final2023));
  await expect(basic.locator('td').nth(1).locator('a').first()).toHaveAttribute('href', site.url(PAGES.budget2024));
  // The chart: 支出合计 by default, a bar per document; picking 基本支出 redraws it.
  await expect(history.locator('svg rect.bar-final')).toHaveCount(2);
  await expect(history.locator('svg rect.bar-budget')).toHaveCount(1);
  // This page's bar is outlined, and the legend says what the outline means.
  await expect(history.locator('svg rect.bar-current')).toHaveCount(1);
  await expect(history.locator('figcaption')).toContainText('黑框为本页');
  await history.getByRole('radio', { name: '基本支出' }).check();
  await expect(history.locator('svg')).toHaveAttribute('aria-label', /基本支出.*2023年 预算无，决算320\.50；2024年 预算330\.00，决算335\.60/);
  await panel.close();
  for (const p of pages) await p.close();
});

test('the planted cross-year mismatch is found, on the page and in the panel', async ({ ext, site }) => {
  const first = await read(ext, site.url(PAGES.final2023));
  const page = await read(ext, site.url(PAGES.final2024));
  // 基本支出 335.60 "比上年增加12.10万元" implies 323.50 for 2023, which printed 320.50.
  await expect.poll(async () => (await paintedSpans(page)).map((s) => s.text)).toContain('12.10万元');
  const panel = await openPanel(ext, page);
  const finding = panel.locator('li.finding', { hasText: '与上年公开数比较' });
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('所印“基本支出”为320.50万元');
  await expect(finding).toContainText(site.url(PAGES.final2023));
  // What holds under rounding is not flagged: 项目支出 and the totals agree with 2023.
  await expect(panel.locator('li.finding')).toHaveCount(1);
  const saved = (await savedRecords(ext)).find((r) => r.url === site.url(PAGES.final2024))!;
  // Keys are fact keys, "concept|fund" (lib/history/quantity.ts).
  expect(saved.figures.some((f) => f.key === '基本支出|' && (f.changes ?? []).some((c) => c.delta === '12.10万元'))).toBe(true);
  // The saved counts are the page's own findings only.
  expect(saved.findings).toEqual({ error: 0, warning: 0, info: 0 });
  await panel.close();
  await page.close();
  await first.close();
});

test('the page’s report exports as Markdown, CSV and JSON', async ({ ext, site }) => {
  const url = site.url('seeds/wanzhou-2024-yusuan.html');
  const page = await read(ext, url);
  const panel = await openPanel(ext, page);
  const exportBar = panel.locator('section.export');
  await expect(exportBar).toBeVisible();

  const json = await downloaded(panel, () => exportBar.getByRole('button', { name: 'JSON' }).click());
  expect(json.download.suggestedFilename()).toMatch(/^算盘-重庆市万州区党政信息中心2024年预算-\d{8}\.json$/);
  const file = ReportFileSchema.parse(JSON.parse(json.text));
  expect(file.documents).toHaveLength(1);
  expect(file.documents[0]!.url).toBe(url);
  expect(file.documents[0]!.report.findings.some((f) => f.figures.some((g) => g.text === '10.95元' && g.quote.length > g.text.length))).toBe(true);

  const csv = await downloaded(panel, () => exportBar.getByRole('button', { name: /CSV/ }).click());
  expect(csv.text.startsWith('\uFEFF"地址"')).toBe(true);
  expect(csv.text).toContain('\r\n');
  expect(csv.text).toContain(`"${url}"`);

  const markdown = await downloaded(panel, () => exportBar.getByRole('button', { name: 'Markdown', exact: true }).click());
  expect(markdown.text).toContain(`- 地址：<${url}>`);
  expect(markdown.text).toContain('【错误·单位错误】');
  await panel.close();
  await page.close();
});

test('the options page lists, exports, deletes and imports the history', async ({ ext, site }) => {
  const pages = [await read(ext, site.url(PAGES.final2023)), await read(ext, site.url(PAGES.budget2024)), await read(ext, site.url('seeds/qijiang-2024-juesuan.html'))];
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await expect(options.locator('section.unit-group')).toHaveCount(2);
  await expect(options.locator('section.unit-group', { hasText: '示例县大数据发展中心' }).locator('tbody tr')).toHaveCount(2);
  await expect(options.locator('a', { hasText: '示例县大数据发展中心2024年部门预算情况说明' })).toHaveAttribute('href', site.url(PAGES.budget2024));

  const exported = await downloaded(options, () => options.getByRole('button', { name: '导出全部（JSON）' }).click());
  const file = HistoryFileSchema.parse(JSON.parse(exported.text));
  expect(file.documents).toHaveLength(3);

  // Delete one, then all (after a confirmation).
  await options.getByRole('button', { name: /删除：示例县大数据发展中心2024年部门预算/ }).click();
  await expect(options.locator('tbody tr')).toHaveCount(2);
  await options.getByRole('button', { name: '删除全部…' }).click();
  await options.getByRole('button', { name: '确定删除' }).click();
  await expect(options.locator('tbody tr')).toHaveCount(0);
  expect(await savedRecords(ext)).toEqual([]);

  // A bad file is refused with a clear message, and storage does not change.
  const before = await stored(ext, 'history');
  const input = options.locator('input[type=file]');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"suanpan-history","version":1,"exportedAt":"2025-01-01T00:00:00Z","documents":[{"url":""}]}') });
  await expect(options.locator('.message-error')).toContainText('无法导入');
  await expect(options.locator('.message-error')).toContainText('第 1 份记录');
  await input.setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('这不是 JSON') });
  await expect(options.locator('.message-error')).toContainText('不是有效的 JSON');
  expect(await stored(ext, 'history')).toEqual(before);

  // The exported file brings everything back.
  await input.setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await expect(options.locator('.message')).toContainText('导入完成：新增 3 份');
  await expect(options.locator('tbody tr')).toHaveCount(3);
  expect((await savedRecords(ext)).map((r) => r.url).sort()).toEqual(file.documents.map((r) => r.url).sort());
  await options.close();
  for (const p of pages) await p.close();
});

test('damaged storage is set aside, the user is told, and the extension keeps working', async ({ ext, site }) => {
  await ext.worker.evaluate(() => chrome.storage.local.set({ history: '<<garbage>>', historyNotices: 42 }));
  const url = site.url('seeds/wanzhou-2024-yusuan.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  // The page is audited and painted as always.
  await expect(page.locator('suanpan-ui .badge')).toContainText('错误');
  await expect.poll(async () => (await paintedSpans(page)).length).toBeGreaterThan(0);
  // The reading is saved into a repaired history; the garbage waits in the quarantine.
  await expect.poll(async () => (await savedRecords(ext)).map((r) => r.url)).toEqual([url]);
  const quarantine = (await stored(ext, 'historyQuarantine')) as Array<{ data: string }>;
  expect(quarantine.map((q) => q.data)).toEqual([JSON.stringify('<<garbage>>')]);

  const panel = await openPanel(ext, page);
  const notice = panel.locator('.history-notices');
  await expect(notice).toContainText('已移到隔离区');
  await expect(panel.locator('.document h2')).toBeVisible();
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await expect(options.locator('.quarantine')).toContainText('不是可识别的格式');
  await options.getByRole('button', { name: '删除隔离的数据' }).click();
  await expect(options.locator('.quarantine')).toHaveCount(0);
  expect(await stored(ext, 'historyQuarantine')).toEqual([]);
  await options.close();
  await panel.close();
  await page.close();
});
