/**
 * 算盘 makes no network requests (README, "Permissions, and why"). This test records every request of
 * a whole session — a seed page checked and highlighted, the side panel with its findings clicked, the
 * card, the switches, every export from the panel, the options page's history export and import, a
 * PDF opened in the viewer by its address (which may fetch that one document and nothing else), and a
 * 情况说明 with its 附表 checked together (each of the two fetched once, nothing else) — at
 * the context level, which in Playwright ≥ 1.57 (Chromium) also reports the extension's service
 * worker's own requests. The only requests allowed are the test page's own document (and favicon) from
 * the fixture server, made by the page's tab, and the extension's own chrome-extension:// files.
 *
 * Positive controls, before and after the session, prove the recorder hears the page and the service
 * worker (it cannot pass by hearing nothing). The browser resolves no host name but 127.0.0.1, so a
 * stray request would also fail loudly rather than quietly reach the Internet; the fixture server keeps
 * its own log of what it was asked for.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page, Request, Worker } from '@playwright/test';
import { closeServer, EXTENSION_DIR, launchWithExtension, openPanel, sendToTab, serve } from './browser';
import { expect, test } from './harness';
import { paintedSpans } from './probes';

interface Recorded {
  url: string;
  type: string;
  /** The service worker that made it, or null. */
  fromWorker: boolean;
  /** The page whose frame made it (null for a worker). */
  page: Page | null;
  failure: string | null;
}

function describe(request: Request): Recorded {
  const worker = request.serviceWorker();
  let page: Page | null = null;
  if (!worker) {
    try {
      page = request.frame().page();
    } catch {
      page = null;
    }
  }
  return { url: request.url(), type: request.resourceType(), fromWorker: worker !== null, page, failure: null };
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, text: readFileSync((await download.path())!, 'utf8') };
}

test('a whole session makes no network request of its own', async () => {
  test.setTimeout(120_000);
  const { server, origin } = await serve();
  const served: string[] = [];
  server.on('request', (request) => served.push(request.url ?? ''));
  const ext = await launchWithExtension(EXTENSION_DIR, { args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  try {
    const recorded: Recorded[] = [];
    const byRequest = new Map<Request, Recorded>();
    ext.context.on('request', (request) => {
      const entry = describe(request);
      byRequest.set(request, entry);
      recorded.push(entry);
    });
    ext.context.on('requestfailed', (request) => {
      const entry = byRequest.get(request);
      if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
    });
    // The worker may be restarted during the session (MV3 workers sleep): always take the live one.
    const worker = (): Worker => ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.id}/`)) ?? ext.worker;

    /** The recorder hears the page and the service worker; names outside 127.0.0.1 do not resolve. */
    const controls = async (tag: string, page: Page) => {
      const from = recorded.length;
      const outside = `http://suanpan-probe.example/${tag}`;
      const local = `${origin}/privacy-probe/${tag}`;
      const workerResult = await worker().evaluate(async ([a, b]) => {
        const outcome = async (url: string) => fetch(url).then((r) => `status ${r.status}`, (e: Error) => `error ${e.message}`);
        return [await outcome(a), await outcome(b)];
      }, [local, outside] as const);
      expect(workerResult[0]).toBe('status 404');
      expect(workerResult[1]).toMatch(/^error/);
      const pageResult = await page.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => 'loaded', () => 'failed'), outside);
      expect(pageResult).toBe('failed');
      await expect.poll(() => recorded.slice(from).map((r) => `${r.fromWorker ? 'worker' : 'page'} ${r.url}`).sort()).toEqual(
        [`page ${outside}`, `worker ${local}`, `worker ${outside}`].sort(),
      );
      await expect.poll(() => recorded.slice(from).find((r) => r.url === outside && !r.fromWorker)?.failure ?? null).toMatch(/ERR_NAME_NOT_RESOLVED|ERR_FAILED/);
      expect(served.filter((u) => u === `/privacy-probe/${tag}`)).toHaveLength(1);
    };

    const seedPath = '/seeds/wanzhou-2024-yusuan.html';
    const url = `${origin}${seedPath}`;
    const page = await ext.context.newPage();
    await page.goto(`${origin}/test/e2e/pages/not-a-disclosure.html`);
    await controls('before', page);

    // ---- the session ----
    const start = recorded.length;
    const servedFrom = served.length;
    await page.goto(url);
    await expect(page.locator('suanpan-ui .badge')).toContainText(/错误|Error/);
    await expect.poll(async () => (await paintedSpans(page)).length).toBeGreaterThan(0);

    // The card, from the keyboard commands' message, and back.
    await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
    const card = page.locator('suanpan-ui .card');
    await expect(card).toBeFocused();
    await card.getByRole('button', { name: /下一处|Next/ }).click();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();

    const panel = await openPanel(ext, page);
    await expect(panel.locator('li.finding').first()).toBeVisible();
    // Every switch (highlights, notes, ticks), off and on again (the page repaints each time).
    const switches = panel.getByRole('switch');
    await expect(switches).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      await switches.nth(i).click();
      await switches.nth(i).click();
    }
    // Click through every finding that is on the page.
    const go = panel.locator('button.finding-go:not([disabled])');
    const count = await go.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await go.nth(i).click();
    // And through every ✗ of the checklist view, then back to the findings.
    await panel.getByRole('tab', { name: /^清单|^Checklist/ }).click();
    const checklistGo = panel.locator('button.checklist-go:not([disabled])');
    expect(await checklistGo.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await checklistGo.count()); i++) await checklistGo.nth(i).click();
    await panel.getByRole('tab', { name: /^问题|^Findings/ }).click();

    // Every export of the panel.
    await panel.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${ext.id}` }).catch(() => undefined);
    const exportBar = panel.locator('section.export');
    const json = await downloaded(panel, () => exportBar.getByRole('button', { name: 'JSON' }).click());
    expect(json.text).toContain('suanpan-report');
    await downloaded(panel, () => exportBar.getByRole('button', { name: /CSV/ }).click());
    await downloaded(panel, () => exportBar.getByRole('button', { name: 'Markdown', exact: true }).click());
    await exportBar.getByRole('button', { name: /复制 Markdown|copy markdown/i }).click();
    await expect(exportBar.locator('.export-status')).toContainText(/剪贴板|clipboard/i);
    // The findings' own copy button (in the findings view, beside the checklist view).
    await panel.locator('section.results .view-findings > button.copy').first().click();

    // The options page: export the history, import it back.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await expect(options.locator('tbody tr')).toHaveCount(1);
    const history = await downloaded(options, () => options.getByRole('button', { name: /导出全部|export all/i }).click());
    await options.locator('input[type=file]').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(history.text) });
    await expect(options.locator('.message')).toContainText(/导入完成|import/i);
    await options.locator('a', { hasText: '2024' }).first().hover();

    // The PDF viewer: a disclosure PDF opened by its address, checked, a card opened, every page drawn
    // (pdf.js's CMaps and fonts come from the extension's own files). Only that document is fetched, once.
    const pdfPath = '/test/fixtures/pdf/zhengxie-2018-budget.pdf';
    const pdfUrl = `${origin}${pdfPath}`;
    const viewer = await ext.context.newPage();
    await viewer.goto(`chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(pdfUrl)}`);
    await expect(viewer.locator('html')).toHaveAttribute('data-suanpan-viewer', 'done', { timeout: 45_000 });
    await viewer.locator('.mark[role=button]').first().click();
    await expect(viewer.locator('suanpan-ui .card')).toBeVisible();
    // Pages are drawn one at a time, and one scrolled past before its turn is skipped: wait for each.
    const pages = await viewer.locator('.page').all();
    for (const box of pages) {
      await box.scrollIntoViewIfNeeded();
      await expect(box).toHaveAttribute('data-was-drawn', 'true', { timeout: 45_000 });
    }
    // The same 情况说明 with its 附表, checked together (?src=…&src=…): each of the two fetched once, by
    // that viewer, and nothing else.
    const tablesPath = '/test/fixtures/pdf/zhengxie-2018-budget-tables.pdf';
    const tablesUrl = `${origin}${tablesPath}`;
    const pair = await ext.context.newPage();
    await pair.goto(`chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(pdfUrl)}&src=${encodeURIComponent(tablesUrl)}`);
    await expect(pair.locator('html')).toHaveAttribute('data-suanpan-viewer', 'done', { timeout: 60_000 });
    await expect(pair.locator('h2.file-heading')).toHaveCount(2);
    const pairPages = await pair.locator('.page').all();
    for (const box of pairPages) {
      await box.scrollIntoViewIfNeeded();
      await expect(box).toHaveAttribute('data-was-drawn', 'true', { timeout: 45_000 });
    }
    const session = recorded.slice(start);
    const servedInSession = served.slice(servedFrom);

    // ---- still listening afterwards ----
    await controls('after', page);

    // What was heard: the page's document, the extension's own files (the panel and the options page
    // were loaded, so the recorder hears extension pages too), and nothing else.
    const own = `chrome-extension://${ext.id}/`;
    expect(session.some((r) => r.url.startsWith(`${own}sidepanel.html`))).toBe(true);
    expect(session.some((r) => r.url.startsWith(`${own}options.html`))).toBe(true);
    expect(session.some((r) => r.url === url && r.type === 'document')).toBe(true);
    const allowed = (r: Recorded) =>
      r.url.startsWith(own) ||
      r.url.startsWith(`blob:${own}`) ||
      (!r.fromWorker && r.page === page && (r.url === url || r.url === `${origin}/favicon.ico`)) ||
      (!r.fromWorker && r.page === viewer && r.url === pdfUrl) ||
      (!r.fromWorker && r.page === pair && (r.url === pdfUrl || r.url === tablesUrl));
    const shown = (r: Recorded) => `${r.type} ${r.url} from ${r.fromWorker ? 'the service worker' : (r.page?.url() ?? 'no page')}${r.failure ? ` (${r.failure})` : ''}`;
    expect(session.filter((r) => !allowed(r)).map(shown)).toEqual([]);
    // No request failed (a stray one would: nothing outside 127.0.0.1 resolves).
    expect(session.filter((r) => r.failure !== null && !r.url.startsWith(`blob:${own}`)).map(shown)).toEqual([]);
    // The fixture server was asked for the page (and a favicon) and nothing else.
    expect(servedInSession.filter((u) => u !== seedPath && u !== '/favicon.ico' && u !== pdfPath && u !== tablesPath)).toEqual([]);
    // Each viewer asked for each of its documents once, and for nothing else outside the extension.
    expect(servedInSession.filter((u) => u === pdfPath)).toHaveLength(2);
    expect(servedInSession.filter((u) => u === tablesPath)).toHaveLength(1);
    expect(session.filter((r) => r.url === pdfUrl && r.page === viewer).map(shown)).toHaveLength(1);
    expect(session.filter((r) => r.url === pdfUrl && r.page === pair).map(shown)).toHaveLength(1);
    expect(session.filter((r) => r.url === tablesUrl).map(shown)).toEqual([`fetch ${tablesUrl} from ${pair.url()}`]);
    expect(session.some((r) => r.url.startsWith(`${own}viewer.html`))).toBe(true);

    await viewer.close();
    await pair.close();
    await options.close();
    await panel.close();
    await page.close();
  } finally {
    await ext.close();
    await closeServer(server);
  }
});
