/**
 * PDF viewer benchmark (Debian's Chromium, the test build of the extension): a 31-page Jiangsu budget
 * PDF (test/fixtures/pdf/jianchayuan-2018-budget.pdf) opened in the viewer by its address, and, in the
 * same run and the same browser, the floor: pdf.js's own text extraction of every page of the same bytes
 * (same pdf.js build, same worker, in a viewer page). Prints medians of several runs of
 *   - the viewer: from the bytes in hand to the findings painted on the pages (pdf.js reading every page's
 *     text and rules, layout, audit and placement in the engine worker, the marks laid on the page boxes),
 *     and to the first page drawn;
 *   - the floor, and the ratio viewer ÷ floor;
 *   - the longest main-thread task (Long Tasks API: any task, the browser's own and other tabs' work on
 *     the thread included) while checking (from the bytes to the marks painted), and over the whole visit
 *     (page load, checking, drawing the first pages); and the longest step of the viewer's own work.
 * A benchmark script, not a test: nothing here passes or fails.
 *
 *   npm run bench:pdf            (SUANPAN_BENCH_RUNS=N to change the number of runs; SUANPAN_BENCH_PDF=path for another file)
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeServer, launchWithExtension, ROOT, serve } from '../test/e2e/browser';
import { buildTestExtension } from './bench/extension-measures';

const RUNS = Number(process.env.SUANPAN_BENCH_RUNS ?? 3);
const FILE = process.env.SUANPAN_BENCH_PDF ?? 'test/fixtures/pdf/jianchayuan-2018-budget.pdf';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const LONG_TASKS = '__suanpanLongTasks';

interface ViewerRun {
  checkedMs: number;
  firstPageMs: number;
  longestWhileChecking: number;
  longestOverall: number;
  /** The steps of the viewer's own main-thread work (its performance.measure entries): name, ms. */
  ownSteps: Array<[string, number]>;
  marks: number;
  pages: number;
}

async function viewerRun(page: Page, url: string): Promise<ViewerRun> {
  // On the page itself: the context's init scripts do not reach extension pages.
  await page.addInitScript((key: string) => {
    const seen: PerformanceEntry[] = [];
    (window as unknown as Record<string, PerformanceEntry[]>)[key] = seen;
    new PerformanceObserver((list) => seen.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  }, LONG_TASKS);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.suanpanViewer === 'done', null, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('suanpan-viewer-page-drawn').length > 0, null, { timeout: 120_000 });
  // A moment for the drawing of the pages near the viewport to finish, so its tasks are counted.
  await page.waitForTimeout(1500);
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate((key) => {
    const [start, painted, drawn] = ['suanpan-viewer-start', 'suanpan-viewer-painted', 'suanpan-viewer-page-drawn'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN) as [number, number, number];
    const tasks = ((window as unknown as Record<string, PerformanceEntry[]>)[key] ?? []).filter((entry) => entry.entryType === 'longtask');
    // A task counts for checking when it overlaps [start, painted].
    const during = tasks.filter((task) => task.startTime < painted && task.startTime + task.duration > start);
    return {
      checkedMs: painted - start,
      firstPageMs: drawn - start,
      longestWhileChecking: Math.max(0, ...during.map((task) => task.duration)),
      longestOverall: Math.max(0, ...tasks.map((task) => task.duration)),
      ownSteps: performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('suanpan-viewer:')).map((entry) => [entry.name.slice('suanpan-viewer:'.length), entry.duration] as [string, number]),
      marks: document.querySelectorAll('.mark[role=button]').length,
      pages: document.querySelectorAll('.page').length,
    };
  }, LONG_TASKS);
}

async function floorRun(page: Page, viewerPage: string, base64: string): Promise<{ ms: number; pages: number; characters: number }> {
  await page.goto(viewerPage);
  return page.evaluate((data) => (window as unknown as { __suanpanTextFloor: (b: string) => Promise<{ ms: number; pages: number; characters: number }> }).__suanpanTextFloor(data), base64);
}

async function main(): Promise<void> {
  if (process.env.SUANPAN_BENCH_NO_BUILD !== '1') buildTestExtension();
  const bytes = readFileSync(join(ROOT, FILE));
  const { server, origin } = await serve();
  const ext = await launchWithExtension();
  try {
    const viewerPage = `chrome-extension://${ext.id}/viewer.html`;
    const url = `${viewerPage}?src=${encodeURIComponent(`${origin}/${FILE}`)}`;
    const viewer: ViewerRun[] = [];
    const floor: Array<{ ms: number; pages: number; characters: number }> = [];
    // One run of each first, not counted: the browser's caches and the extension's code warm up.
    for (let run = -1; run < RUNS; run++) {
      const page = await ext.context.newPage();
      const v = await viewerRun(page, url);
      const f = await floorRun(page, viewerPage, bytes.toString('base64'));
      await page.close();
      if (run < 0) continue;
      viewer.push(v);
      floor.push(f);
      console.log(`run ${run + 1}: viewer ${v.checkedMs.toFixed(0)} ms to marks (${v.firstPageMs.toFixed(0)} ms to the first page drawn), floor ${f.ms.toFixed(0)} ms; longest task while checking ${v.longestWhileChecking.toFixed(0)} ms, overall ${v.longestOverall.toFixed(0)} ms`);
    }
    const checked = median(viewer.map((v) => v.checkedMs));
    const floorMs = median(floor.map((f) => f.ms));
    const last = viewer[viewer.length - 1]!;
    console.log('');
    console.log(`file: ${FILE} (${(bytes.length / 1024).toFixed(0)} kB, ${floor[0]!.pages} pages, ${floor[0]!.characters} characters of text; ${last.pages} pages shown, ${last.marks} figures marked)`);
    console.log(`viewer, bytes → findings painted: ${checked.toFixed(0)} ms (median of ${RUNS}); to the first page drawn: ${median(viewer.map((v) => v.firstPageMs)).toFixed(0)} ms`);
    console.log(`floor, pdf.js text extraction of all pages: ${floorMs.toFixed(0)} ms (median of ${RUNS})`);
    console.log(`ratio viewer ÷ floor: ${(checked / floorMs).toFixed(2)}`);
    console.log(`longest main-thread task while checking: ${median(viewer.map((v) => v.longestWhileChecking)).toFixed(0)} ms (median; max ${Math.max(...viewer.map((v) => v.longestWhileChecking)).toFixed(0)} ms)`);
    const longestStep = (v: ViewerRun) => v.ownSteps.reduce((a, b) => (b[1] > a[1] ? b : a), ['none', 0] as [string, number]);
    console.log(`longest step of the viewer's own main-thread work (its performance.measure entries): ${median(viewer.map((v) => longestStep(v)[1])).toFixed(1)} ms (median; per run: ${viewer.map((v) => `${longestStep(v)[0]} ${longestStep(v)[1].toFixed(1)}`).join(', ')})`);
    console.log(`longest main-thread task over the whole visit (page load and drawing included): ${median(viewer.map((v) => v.longestOverall)).toFixed(0)} ms (median)`);
  } finally {
    await ext.close();
    await closeServer(server);
  }
}

await main();
