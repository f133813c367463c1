/**
 * The ways into the PDF viewer beyond one link's button (viewer.spec.ts): the toolbar button (and
 * Alt+Shift+S, the same action) on a tab showing a PDF — at an address ending in .pdf, and at one that
 * does not (download.jsp?id=…, served as application/pdf) — and a 情况说明 with its 附表, two PDFs of one
 * disclosure, checked together: from the page's "一起检查", from ?src=…&src=…, from the file picker.
 * The viewer's report is the command line's for the same files (`npm run audit -- --json a b`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ContentState } from '../../entrypoints/shared/state';
import type { DocumentReport } from '../../lib/report';
import { closeServer } from './browser';
import { expect, resetSettings, ROOT, sendToTab, tabIdOf, test, type Extension } from './harness';

const TEXT = 'test/fixtures/pdf/zhengxie-2018-budget.pdf';
const TABLES = 'test/fixtures/pdf/zhengxie-2018-budget-tables.pdf';
// A pair with a finding that cites both files: the planted 委员视察 428 (情况说明) against 426.00 (附表).
const PAIR_TEXT = 'test/fixtures/real/jiangsu-zhengxie-bangongting-2019-budget-text.pdf';
const PAIR_TABLES = 'test/fixtures/real/jiangsu-zhengxie-bangongting-2019-budget-tables.pdf';

function cliReport(...files: string[]): DocumentReport {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', '--json', ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const documents = (JSON.parse(out) as { documents: DocumentReport[] }).documents;
  expect(documents).toHaveLength(1);
  return documents[0]!;
}

const summary = (report: DocumentReport) => report.findings.map((f) => ({ check: f.check, severity: f.severity, message: f.message, figures: f.figures.map((g) => ({ text: g.text, at: g.at })) }));

async function viewerState(ext: Extension, page: Page): Promise<ContentState | null> {
  try {
    return (await sendToTab(ext, page, { type: 'suanpan:get-state' })) as ContentState;
  } catch {
    return null;
  }
}

const waitDone = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-suanpan-viewer', 'done', { timeout: 60_000 });

/** What the toolbar click does on the page's tab (the test build's hook: the harness cannot press the button). */
async function pressToolbar(ext: Extension, page: Page): Promise<boolean> {
  const id = await tabIdOf(ext, page);
  return ext.worker.evaluate(([tab, url]) => (globalThis as unknown as { __suanpanToolbar(tab: { id: number; url: string }): boolean }).__suanpanToolbar({ id: tab as number, url: url as string }), [id, page.url()] as const);
}

/** A server of PDFs at addresses that do not say so, as download pages serve them. */
function pdfServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if ((url.pathname === '/download.jsp' && url.searchParams.get('id') === '7') || url.pathname === '/files/zhengxie-2018-budget.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf', 'cache-control': 'no-store' });
      response.end(readFileSync(join(ROOT, TEXT)));
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/**
 * The pair's page and its two PDFs, from a server of the test's own that writes down every path asked
 * for: what the browser fetched, whichever of its threads fetched it.
 */
function pairServer(): Promise<{ server: Server; origin: string; served: string[] }> {
  const files = new Map([['/pair.html', 'test/e2e/pages/pdf-pair-links.html'], [`/${PAIR_TEXT}`, PAIR_TEXT], [`/${PAIR_TABLES}`, PAIR_TABLES]]);
  const served: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    served.push(path);
    const file = files.get(path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(readFileSync(join(ROOT, file)));
  });
  // A test that fails before it closes the server must not keep its worker alive.
  server.unref();
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, served });
  }));
}

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('the toolbar button on a tab showing a .pdf turns it to the viewer, with its findings', async ({ ext }) => {
  test.setTimeout(120_000);
  const expected = cliReport(TEXT);
  const { server, origin } = await pdfServer();
  try {
    const src = `${origin}/files/zhengxie-2018-budget.pdf`;
    const page = await ext.context.newPage();
    // Served as application/pdf, so the browser shows it in its own viewer.
    await page.goto(src);
    expect(await pressToolbar(ext, page)).toBe(true);
    await expect(page).toHaveURL(`chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(src)}`);
    await waitDone(page);
    const state = await viewerState(ext, page);
    expect(state?.url).toBe(src);
    expect(summary(state!.report!)).toEqual(summary(expected));
    await expect(page.locator('.mark[role=button]')).toHaveCount(3);
    // Back returns to the browser's own viewer.
    await page.goBack();
    await expect(page).toHaveURL(src);
    await page.close();
  } finally {
    await closeServer(server);
  }
});

test('a PDF at an address without .pdf (served as application/pdf): the toolbar offers the viewer too; an HTML page is not', async ({ ext, site }) => {
  test.setTimeout(120_000);
  const expected = cliReport(TEXT);
  const { server, origin } = await pdfServer();
  const served: string[] = [];
  server.on('request', (request) => served.push(request.url ?? ''));
  try {
    const src = `${origin}/download.jsp?id=7`;
    const page = await ext.context.newPage();
    await page.goto(src);
    // The content script tells the background the tab shows a PDF; until then the click opens the panel.
    await expect.poll(() => pressToolbar(ext, page), { timeout: 20_000 }).toBe(true);
    await expect(page).toHaveURL(`chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(src)}`);
    await waitDone(page);
    const state = await viewerState(ext, page);
    expect(state?.url).toBe(src);
    expect(summary(state!.report!)).toEqual(summary(expected));
    await expect(page.locator('.mark[role=button]')).toHaveCount(3);
    await page.close();

    // A web page (not a PDF) at an address without .pdf: the toolbar does what it always did.
    const html = await ext.context.newPage();
    await html.goto(site.url('test/e2e/pages/pdf-links.html'));
    await html.waitForTimeout(500);
    expect(await pressToolbar(ext, html)).toBe(false);
    await html.close();
  } finally {
    await closeServer(server);
  }
  // The browser's viewer read the document once, the extension's viewer once.
  expect(served.filter((url) => url.startsWith('/download.jsp'))).toHaveLength(2);
});

test('a page linking a 情况说明 and its 附表 offers "一起检查"; the viewer checks both as one disclosure', async ({ ext }) => {
  test.setTimeout(240_000);
  const expected = cliReport(PAIR_TEXT, PAIR_TABLES);
  // A finding that cites the prose and a table of the other file.
  expect(expected.findings.some((f) => f.figures.some((g) => g.at?.table !== undefined) && f.figures.some((g) => g.at && g.at.table === undefined))).toBe(true);
  const { server, origin, served } = await pairServer();
  const page = await ext.context.newPage();
  await page.goto(`${origin}/pair.html`);
  // A control beside each link whose address or text says PDF and names a disclosure; not beside "附件", which says nothing of the type.
  await expect(page.locator('suanpan-pdf-check')).toHaveCount(4);
  await expect(page.locator('#attachment + suanpan-pdf-check')).toHaveCount(0);
  await expect(page.locator('#typed + suanpan-pdf-check button')).toHaveText('用算盘检查');
  // "一起检查" once, beside the 附表.
  await expect(page.locator('suanpan-pdf-check button[data-pair]')).toHaveCount(1);
  const together = page.locator('#tables + suanpan-pdf-check button[data-pair]');
  await expect(together).toHaveText('一起检查');
  const [viewer] = await Promise.all([ext.context.waitForEvent('page'), together.click()]);
  const [text, tables] = [`${origin}/${PAIR_TEXT}`, `${origin}/${PAIR_TABLES}`];
  await expect(viewer).toHaveURL(`chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(text)}&src=${encodeURIComponent(tables)}`);
  await waitDone(viewer);
  const state = await viewerState(ext, viewer);
  expect(state?.url).toBe(`${text} + ${tables}`);
  expect(summary(state!.report!)).toEqual(summary(expected));
  expect(state!.placed).toEqual(expected.findings.map((f) => f.figures.filter((g) => g.at).length));
  // Both files' pages, each under its heading; marks on pages of both.
  await expect(viewer.locator('h2.file-heading')).toHaveCount(2);
  await expect(viewer.locator('h2.file-heading').first()).toContainText('jiangsu-zhengxie-bangongting-2019-budget-text.pdf');
  await expect(viewer.locator('h2.file-heading').last()).toContainText('jiangsu-zhengxie-bangongting-2019-budget-tables.pdf');
  await expect(viewer.locator('.page[data-file="0"] .mark')).not.toHaveCount(0);
  await expect(viewer.locator('.page[data-file="1"] .mark')).not.toHaveCount(0);
  await expect(viewer.locator('#status')).toContainText('作为同一份公开文件一起核算');
  // The table's figure, on the 附表's page, is drawn over its digits.
  const cell = viewer.locator('.page[data-file="1"] .mark[role=button]').first();
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator('xpath=ancestor::div[contains(@class,"page")][1]')).toHaveAttribute('data-drawn', 'true');
  const below = await cell.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const middle = r.top + r.height / 2;
    return [...element.closest('.page')!.querySelectorAll('.textLayer span')].filter((span) => {
      const q = span.getBoundingClientRect();
      return q.top < middle && q.bottom > middle && q.right > r.left + 1 && q.left < r.right - 1;
    }).map((span) => span.textContent).join('');
  });
  expect(below.replace(/\D/g, '')).toContain((await cell.getAttribute('data-figure'))!.replace(/\D/g, ''));
  // The card of the finding that cites both files opens from the panel's message.
  await sendToTab(ext, viewer, { type: 'suanpan:reveal', finding: expected.findings.findIndex((f) => f.check === 'prose-table') });
  await expect(viewer.locator('suanpan-ui .card')).toContainText('428');
  // Each document fetched once, and nothing else (but the page and the browser's own favicon request).
  await closeServer(server);
  expect(served.filter((path) => path !== '/pair.html' && path !== '/favicon.ico').sort()).toEqual([`/${PAIR_TABLES}`, `/${PAIR_TEXT}`].sort());
  if (process.env.SUANPAN_SCREENSHOTS) {
    // The pages in view drawn first (one at a time, after the card moved the view).
    await expect.poll(() => viewer.evaluate(() => [...document.querySelectorAll('.page')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && !(p as HTMLElement).dataset.drawn;
    }).length), { timeout: 30_000 }).toBe(0);
    await viewer.screenshot({ path: join(ROOT, 'docs/screenshots/viewer-pair.png') });
  }
  await viewer.close();
  await page.close();
});

test('two local files (the file picker) are checked together; two of different disclosures are not', async ({ ext }) => {
  test.setTimeout(240_000);
  const expected = cliReport(TEXT, TABLES);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/viewer.html`);
  // Given in the other order: the 情况说明 still comes first.
  await page.locator('#file').setInputFiles([join(ROOT, TABLES), join(ROOT, TEXT)]);
  await waitDone(page);
  let state = await viewerState(ext, page);
  expect(state?.url).toBe('zhengxie-2018-budget.pdf + zhengxie-2018-budget-tables.pdf');
  expect(summary(state!.report!)).toEqual(summary(expected));
  await expect(page.locator('h2.file-heading')).toHaveCount(2);

  // Two disclosures of two units: the first is checked alone, and the status says why.
  const alone = cliReport('test/fixtures/pdf/jianchayuan-2018-budget.pdf');
  await page.locator('#file').setInputFiles([join(ROOT, 'test/fixtures/pdf/jianchayuan-2018-budget.pdf'), join(ROOT, TABLES)]);
  await expect(page.locator('#status')).toContainText('不是同一份公开文件（单位名称对不上）', { timeout: 60_000 });
  await waitDone(page);
  state = await viewerState(ext, page);
  expect(state?.url).toBe('jianchayuan-2018-budget.pdf');
  expect(summary(state!.report!)).toEqual(summary(alone));
  await expect(page.locator('#status')).toContainText('不是同一份公开文件（单位名称对不上）');
  await expect(page.locator('h2.file-heading')).toHaveCount(0);
  // The other file, alone, on request.
  await page.locator('#access button').click();
  await expect(page.locator('h2.file-heading')).toHaveCount(0);
  await expect.poll(async () => (await viewerState(ext, page))?.url, { timeout: 60_000 }).toBe('zhengxie-2018-budget-tables.pdf');
  await waitDone(page);
  expect((await viewerState(ext, page))?.url).toBe('zhengxie-2018-budget-tables.pdf');
  await page.close();
});

test('the viewer answers reveal-place (the checklist 定位): an item it cannot place says so', async ({ ext, site }) => {
  test.setTimeout(120_000);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(site.url(TEXT))}`);
  await waitDone(page);
  // This PDF's ✗ items all have findings (the panel reaches them through reveal); which places an item
  // without findings leads to is tested in test/extension/viewer-pair.test.ts.
  expect(await sendToTab(ext, page, { type: 'suanpan:reveal-place', item: 'figures-consistent' })).toEqual({ ok: false });
  await page.close();
});
