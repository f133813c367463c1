/**
 * The PDF viewer (viewer.html): a Jiangsu disclosure PDF served by the test, opened by its address and
 * as a local file, shows the CLI's findings for the same file — every figure of every finding marked,
 * each mark over the printed figure (the text pdf.js's text layer has under the box) — with the card,
 * keyboard navigation, the panel's report; bad input gives a clear message.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ContentState } from '../../entrypoints/shared/state';
import type { DocumentReport } from '../../lib/report';
import { auditContrast, focusedIndicator } from './contrast';
import { expect, openPanel, resetSettings, ROOT, sendToTab, setSettings, test, type Extension } from './harness';

const FILES = ['test/fixtures/pdf/jianchayuan-2018-budget.pdf', 'test/fixtures/pdf/zhengxie-2018-budget.pdf'];

/** The command line's report for a file (`npm run audit -- --json FILE`). */
function cliReport(file: string): DocumentReport {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', '--json', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(out) as { documents: DocumentReport[] }).documents[0]!;
}

const cli = new Map<string, DocumentReport>();
function reportFor(file: string): DocumentReport {
  if (!cli.has(file)) cli.set(file, cliReport(file));
  return cli.get(file)!;
}

/** What a finding is, to compare the viewer's with the CLI's. */
function summary(report: DocumentReport) {
  return report.findings.map((f) => ({ check: f.check, severity: f.severity, message: f.message, figures: f.figures.map((g) => ({ text: g.text, at: g.at })) }));
}

function viewerUrl(ext: Extension, src?: string): string {
  return `chrome-extension://${ext.id}/viewer.html${src ? `?src=${encodeURIComponent(src)}` : ''}`;
}

async function viewerState(ext: Extension, page: Page): Promise<ContentState | null> {
  try {
    return (await sendToTab(ext, page, { type: 'suanpan:get-state' })) as ContentState;
  } catch {
    return null;
  }
}

async function waitDone(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-suanpan-viewer', 'done', { timeout: 45_000 });
}

/** Digits only: "1,895万元" and the text layer's " |1|,|895" both give "1895". */
const digits = (text: string) => text.replace(/\D/g, '');
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * For every mark that carries words (the first box of each marked figure): the figure it names, and the
 * text of the text layer under the box's middle line, once its page is drawn.
 */
async function marksAndTextBelow(page: Page): Promise<Array<{ figure: string; label: string; below: string }>> {
  const marks = page.locator('.mark[role=button]');
  const out: Array<{ figure: string; label: string; below: string }> = [];
  for (let i = 0; i < (await marks.count()); i++) {
    const mark = marks.nth(i);
    await mark.scrollIntoViewIfNeeded();
    const pageBox = mark.locator('xpath=ancestor::div[contains(@class,"page")][1]');
    await expect(pageBox).toHaveAttribute('data-drawn', 'true');
    const found = await mark.evaluate((element) => {
      const r = element.getBoundingClientRect();
      const middle = r.top + r.height / 2;
      const spans = [...element.closest('.page')!.querySelectorAll('.textLayer span')].filter((span) => {
        const q = span.getBoundingClientRect();
        return q.top < middle && q.bottom > middle && q.right > r.left + 1 && q.left < r.right - 1;
      });
      return { figure: (element as HTMLElement).dataset.figure ?? '', label: element.getAttribute('aria-label') ?? '', below: spans.map((span) => span.textContent).join('') };
    });
    out.push(found);
  }
  return out;
}

test.beforeEach(async ({ ext }) => resetSettings(ext));

for (const file of FILES) {
  test(`${file.split('/').pop()}: opened by its address, the viewer shows the CLI's findings on the printed figures`, async ({ ext, site }) => {
    test.setTimeout(120_000);
    const expected = reportFor(file);
    expect(expected.detected).toBe(true);
    expect(expected.findings.length).toBeGreaterThan(0);
    const src = site.url(file);
    const page = await ext.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`chrome-extension://${ext.id}/`)) requests.push(request.url());
    });
    await page.goto(viewerUrl(ext, src));
    await waitDone(page);

    // The same report as the command line: the same findings, words and figures.
    const state = await viewerState(ext, page);
    expect(state?.status).toBe('done');
    expect(state?.url).toBe(src);
    expect(summary(state!.report!)).toEqual(summary(expected));
    // Every figure of every finding has a place on the pages.
    expect(state!.placed).toEqual(expected.findings.map((f) => f.figures.filter((g) => g.at).length));

    // One mark per distinct figure, each over the text that prints it.
    const figures = new Set(expected.findings.flatMap((f) => f.figures.map((g) => JSON.stringify(g.at))));
    const marks = await marksAndTextBelow(page);
    expect(marks).toHaveLength(figures.size);
    expect(new Set(marks.map((mark) => mark.figure))).toEqual(new Set(expected.findings.flatMap((f) => f.figures.map((g) => g.text))));
    for (const { figure, label, below } of marks) {
      // A figure sits over its digits; words a finding is about (a table the 目录 lists, a placeholder)
      // over those words.
      if (digits(figure).length > 0) expect(digits(below), `${figure} over "${below}"`).toContain(digits(figure));
      else expect(squeeze(below), `${figure} over "${below}"`).toContain(squeeze(figure));
      // Its words for a screen reader name the figure and its finding.
      expect(label.startsWith(figure)).toBe(true);
    }

    // Pages far from the viewport give their canvas back: at the last page, the first is not drawn.
    const boxes = page.locator('.page');
    await boxes.first().scrollIntoViewIfNeeded();
    await expect(boxes.first()).toHaveAttribute('data-drawn', 'true');
    await boxes.last().scrollIntoViewIfNeeded();
    await expect(boxes.last()).toHaveAttribute('data-drawn', 'true');
    await expect(boxes.first().locator('canvas')).toHaveCount(0);
    await expect(boxes.first()).toHaveAttribute('data-was-drawn', 'true');

    // The badge counts them.
    const errors = expected.findings.filter((f) => f.severity === 'error').length;
    await expect(page.locator('suanpan-ui .badge')).toContainText(`错误 ${errors}`);

    // The keyboard command's message: the first finding's figure, its card focused, then Escape.
    await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
    const card = page.locator('suanpan-ui .card');
    await expect(card).toBeFocused();
    await expect(card).toContainText(/第 1 处/);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();

    // A click on a mark opens its card, explaining its finding.
    const first = page.locator('.mark[role=button]').first();
    await first.scrollIntoViewIfNeeded();
    await first.click();
    await expect(card).toBeVisible();
    await expect(card).toContainText((await first.getAttribute('data-figure'))!);

    // The side panel shows the report, and its buttons reach the figures.
    const panel = await openPanel(ext, page);
    await expect(panel.locator('li.finding')).toHaveCount(expected.findings.filter((f) => f.severity !== 'info').length);
    const go = panel.locator('button.finding-go:not([disabled])');
    await expect(go.first()).toBeVisible();
    await go.first().click();
    await expect(card).toBeVisible();
    await panel.close();

    // Only the document was fetched (the extension's own files aside), once.
    expect(requests).toEqual([src]);
    await page.close();
  });
}

test('a local file (file picker) gives the same findings, named by the file', async ({ ext }) => {
  test.setTimeout(120_000);
  const file = FILES[1]!;
  const expected = reportFor(file);
  const page = await ext.context.newPage();
  await page.goto(viewerUrl(ext));
  await expect(page.locator('#status')).toContainText(/选择要核算的 PDF/);
  await page.locator('#file').setInputFiles(join(ROOT, file));
  await waitDone(page);
  const state = await viewerState(ext, page);
  expect(state?.url).toBe('zhengxie-2018-budget.pdf');
  expect(summary(state!.report!)).toEqual(summary(expected));
  const marks = await marksAndTextBelow(page);
  expect(marks.length).toBeGreaterThan(0);
  for (const { figure, below } of marks) expect(digits(below)).toContain(digits(figure));
  // Tab reaches a mark, Enter opens its card.
  await page.locator('.mark[role=button]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('suanpan-ui .card')).toBeFocused();
  // The history keeps it as it keeps a page, under the file's name.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await expect(options.locator('tbody tr')).toHaveCount(1);
  await expect(options.locator('tbody tr')).toContainText('2018');
  await options.close();
  await page.close();
});

test('bad input: encrypted, scanned, damaged, not a PDF, not a disclosure — a clear message each', async ({ ext }) => {
  test.setTimeout(120_000);
  const page = await ext.context.newPage();
  await page.goto(viewerUrl(ext));
  const status = page.locator('#status');
  const open = async (name: string, buffer: Buffer) => page.locator('#file').setInputFiles({ name, mimeType: 'application/pdf', buffer });

  await open('encrypted.pdf', readFileSync(join(ROOT, 'test/fixtures/pdf/encrypted.pdf')));
  await expect(status).toContainText('已加密');
  await open('scanned.pdf', readFileSync(join(ROOT, 'test/fixtures/pdf/scanned.pdf')));
  await expect(status).toContainText('扫描件');
  const whole = readFileSync(join(ROOT, 'test/fixtures/pdf/zhengxie-2018-budget.pdf'));
  await open('damaged.pdf', whole.subarray(0, 4000));
  await expect(status).toContainText(/已损坏|没有可读取的文字/);
  await open('page.pdf', Buffer.from('<html><body>not a pdf</body></html>'));
  await expect(status).toContainText('不是 PDF 文件');
  // A PDF that is no disclosure: Chromium prints one.
  const printer = await ext.context.newPage();
  await printer.setContent('<h1>会议通知</h1><p>定于下周三上午九时在三楼会议室召开工作例会，请各处室负责人准时参加。</p>'.repeat(3));
  const printed = await printer.pdf().catch(() => null);
  await printer.close();
  if (printed) {
    await open('notice.pdf', printed);
    await expect(status).toContainText('不是预算或决算公开文件');
    // Its pages are still shown.
    await expect(page.locator('.page')).not.toHaveCount(0);
  }
  await page.close();
});

test('a page linking a disclosure PDF offers "用算盘检查" beside that link only, and it opens the viewer', async ({ ext, site }) => {
  test.setTimeout(120_000);
  const page = await ext.context.newPage();
  await page.goto(site.url('test/e2e/pages/pdf-links.html'));
  const control = page.locator('#budget + suanpan-pdf-check button');
  await expect(control).toHaveText('用算盘检查');
  // Not beside a PDF that names no disclosure, nor beside a link that is no PDF.
  await expect(page.locator('suanpan-pdf-check')).toHaveCount(1);
  // Keyboard: the control follows its link in the tab order.
  await page.locator('#budget').focus();
  await page.keyboard.press('Tab');
  await expect(control).toBeFocused();
  const [viewer] = await Promise.all([ext.context.waitForEvent('page'), page.keyboard.press('Enter')]);
  const src = site.url('test/fixtures/pdf/zhengxie-2018-budget.pdf');
  await expect(viewer).toHaveURL(`chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(src)}`);
  await waitDone(viewer);
  expect((await viewerState(ext, viewer))?.url).toBe(src);
  await expect(viewer.locator('.mark[role=button]')).not.toHaveCount(0);
  await viewer.close();
  await page.close();
});

test('the viewer is usable without a mouse: marks take the focus visibly, the card and badge read well', async ({ ext, site }) => {
  test.setTimeout(120_000);
  const page = await ext.context.newPage();
  await page.goto(viewerUrl(ext, site.url(FILES[1]!)));
  await waitDone(page);
  // Tab from the top of the page reaches the file picker, then the marks, each showing where the focus is.
  await page.locator('#file').focus();
  const stops: Array<{ element: string; visible: boolean } | null> = [];
  // The PDF has three marked figures: two Tabs stay among them.
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(focusedIndicator));
  }
  const marks = stops.filter((stop) => stop?.element.startsWith('div.mark'));
  expect(marks).toHaveLength(2);
  expect(marks.filter((stop) => !stop!.visible)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.locator('suanpan-ui .card')).toBeFocused();
  const overlay = await auditContrast(page, 'suanpan-ui');
  expect(overlay.problems).toEqual([]);
  expect(overlay.measured).toBeGreaterThan(5);
  // The highlights switch (Alt+Shift+H, the panel's switch): off takes the marks away and says so, on brings them back.
  await setSettings(ext, { highlights: false, showInfo: false });
  await expect(page.locator('.mark')).toHaveCount(0);
  await expect(page.locator('suanpan-ui .badge')).toContainText('标记已隐藏');
  await setSettings(ext, { highlights: true, showInfo: false });
  await expect(page.locator('.mark[role=button]')).toHaveCount(3);
  await page.close();
});

/**
 * Issue 15: the viewer never blocks the page while it checks. A Long Tasks observer is on the page before
 * its first script runs; every task that overlaps the check (from the bytes in hand, mark
 * suanpan-viewer-start, to the findings painted, suanpan-viewer-painted) must stay under the bound.
 *
 * The bound: the viewer's own main-thread work while checking is a few short tasks (receiving the
 * report, laying out the page boxes, painting the marks, the overlay). In Chromium traces of npm run
 * bench:pdf (SUANPAN_BENCH_TRACE=1) on a 2-core machine at load average 20–28, every task of that
 * window had at most 25 ms of CPU; on the wall clock the longest were 120–235 ms, only because the
 * thread waited for a core. This test at load average 20–22 saw 0–63 ms. Reading the PDF on this thread
 * takes seconds, and the layout, audit and placement alone took 464 ms in the worker on this file at
 * that load: either in one task fails. 300 ms leaves room for a loaded CI machine.
 */
const LONGEST_TASK_WHILE_CHECKING_MS = 300;
const REAL_PDF = 'test/fixtures/real/jiangsu-zhengxie-bangongting-2019-budget-text.pdf';

test(`while a real PDF is checked, no main-thread task exceeds ${LONGEST_TASK_WHILE_CHECKING_MS} ms (${REAL_PDF.split('/').pop()})`, async ({ ext, site }) => {
  test.setTimeout(180_000);
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    const seen: Array<{ start: number; duration: number }> = [];
    (window as unknown as { __longTasks: typeof seen }).__longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(viewerUrl(ext, site.url(REAL_PDF)));
  await expect(page.locator('html')).toHaveAttribute('data-suanpan-viewer', 'done', { timeout: 150_000 });
  const measured = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const start = at('suanpan-viewer-start');
    const painted = at('suanpan-viewer-painted');
    const tasks = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks;
    const { suanpanReadMs, suanpanCheckMs } = document.documentElement.dataset;
    return { start, painted, readMs: Number(suanpanReadMs), checkMs: Number(suanpanCheckMs), observed: Array.isArray(tasks), during: tasks.filter((task) => task.start < painted && task.start + task.duration > start).map((task) => Math.round(task.duration)) };
  });
  // The observer was there, and the window is real: the check took time (seconds on this PDF).
  expect(measured.observed).toBe(true);
  expect(measured.painted - measured.start).toBeGreaterThan(100);
  test.info().annotations.push({ type: 'long tasks while checking (ms)', description: JSON.stringify(measured.during) });
  expect(Math.max(0, ...measured.during), `tasks over 50 ms while checking: ${JSON.stringify(measured.during)}`).toBeLessThanOrEqual(LONGEST_TASK_WHILE_CHECKING_MS);
  // It was checked: the engine took it for a disclosure and every page has its box.
  const state = await viewerState(ext, page);
  expect(state?.status).toBe('done');
  expect(state?.report?.detected).toBe(true);
  await expect(page.locator('.page')).not.toHaveCount(0);
  console.log(`long tasks while checking (ms): ${JSON.stringify(measured.during)}; check ${Math.round(measured.painted - measured.start)} ms, in the worker: reading ${measured.readMs} ms, layout + audit + placement ${measured.checkMs} ms`);
  await page.close();
});
