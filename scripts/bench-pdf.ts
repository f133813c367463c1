/**
 * PDF viewer benchmark (Debian's Chromium, the test build of the extension): a 31-page Jiangsu budget
 * PDF (test/fixtures/pdf/jianchayuan-2018-budget.pdf) opened in the viewer by its address, and, in the
 * same run and the same browser, the floor: pdf.js's own text extraction of every page of the same bytes
 * (same pdf.js build, same worker, in a viewer page). Prints medians of several runs of
 *   - the viewer: from the bytes in hand to the findings painted on the pages (pdf.js reading every page's
 *     text and rules, layout, audit and placement in the engine worker, the marks laid on the page boxes),
 *     and to the first page drawn;
 *   - the floor, and the ratio viewer ÷ floor;
 *   - the main-thread tasks over 50 ms (Long Tasks API: any task, the browser's own work on the thread
 *     included): the longest and how many, while checking (from the bytes to the marks painted) and while
 *     drawing (from the marks painted until the pages near the viewport are drawn and a moment more);
 *     and the longest step of the viewer's own work;
 *   - the machine's load average before and after (2 cores shared: the wall-clock figures depend on it).
 * With SUANPAN_BENCH_TRACE=1 each run also records a Chromium trace (DevTools protocol, Tracing) and
 * prints what every task over 50 ms on the viewer's main thread was made of, with its wall time and the
 * CPU time its thread had (scripts/bench/trace.ts): a task long on the wall clock and short in CPU waited
 * for a core.
 * The page is watched through the DevTools protocol (Runtime.evaluate), not Playwright's waitForFunction,
 * whose injected script and per-frame polling ran on the very main thread being measured.
 * A benchmark script, not a test: nothing here passes or fails.
 *
 *   npm run bench:pdf            (SUANPAN_BENCH_RUNS=N to change the number of runs; SUANPAN_BENCH_PDF=path for another file)
 */
import type { CDPSession, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { closeServer, launchWithExtension, ROOT, serve } from '../test/e2e/browser';
import { buildTestExtension } from './bench/extension-measures';
import { longTasks, mainThreadOf, markTime, startTrace, type TracedTask, type Tracing } from './bench/trace';

const RUNS = Number(process.env.SUANPAN_BENCH_RUNS ?? 3);
const FILE = process.env.SUANPAN_BENCH_PDF ?? 'test/fixtures/pdf/jianchayuan-2018-budget.pdf';
const TRACE = process.env.SUANPAN_BENCH_TRACE === '1';
const LONG_MS = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const LONG_TASKS = '__suanpanLongTasks';

interface ViewerRun {
  checkedMs: number;
  firstPageMs: number;
  longestWhileChecking: number;
  longWhileChecking: number;
  longestWhileDrawing: number;
  longWhileDrawing: number;
  /** The steps of the viewer's own main-thread work (its performance.measure entries): name, ms. */
  ownSteps: Array<[string, number]>;
  marks: number;
  pages: number;
}

/** Polls `expression` in the page through the protocol until it is true. */
async function until(cdp: CDPSession, expression: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value === true) return;
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function viewerRun(page: Page, url: string, traced: TracedTask[][] | null): Promise<ViewerRun> {
  // On the page itself: the context's init scripts do not reach extension pages.
  await page.addInitScript((key: string) => {
    const seen: PerformanceEntry[] = [];
    (window as unknown as Record<string, PerformanceEntry[]>)[key] = seen;
    new PerformanceObserver((list) => seen.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  }, LONG_TASKS);
  const cdp = await page.context().newCDPSession(page);
  const tracing: Tracing | null = traced ? await startTrace(page) : null;
  await page.goto(url);
  await until(cdp, "document.documentElement.dataset.suanpanViewer === 'done'");
  await until(cdp, "performance.getEntriesByName('suanpan-viewer-page-drawn').length > 0");
  // A moment for the drawing of the pages near the viewport to finish, so its tasks are counted.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const expression = `(() => {
    const [start, painted, drawn] = ['suanpan-viewer-start', 'suanpan-viewer-painted', 'suanpan-viewer-page-drawn'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN);
    const tasks = (window[${JSON.stringify(LONG_TASKS)}] ?? []).filter((entry) => entry.entryType === 'longtask');
    // A task counts for checking when it overlaps [start, painted]; for drawing when it ends after painted.
    const during = tasks.filter((task) => task.startTime < painted && task.startTime + task.duration > start);
    const after = tasks.filter((task) => task.startTime + task.duration > painted);
    return {
      checkedMs: painted - start,
      firstPageMs: drawn - start,
      longestWhileChecking: Math.max(0, ...during.map((task) => task.duration)),
      longWhileChecking: during.length,
      longestWhileDrawing: Math.max(0, ...after.map((task) => task.duration)),
      longWhileDrawing: after.length,
      ownSteps: performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('suanpan-viewer:')).map((entry) => [entry.name.slice('suanpan-viewer:'.length), entry.duration]),
      marks: document.querySelectorAll('.mark[role=button]').length,
      pages: document.querySelectorAll('.page').length,
    };
  })()`;
  const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  await cdp.detach();
  if (tracing && traced) {
    const events = await tracing.stop();
    const thread = mainThreadOf(events, 'viewer.html');
    const start = thread ? markTime(events, thread, 'suanpan-viewer-start') : null;
    traced.push(thread && start !== null ? longTasks(events, thread, LONG_MS, start) : []);
    const painted = thread ? markTime(events, thread, 'suanpan-viewer-painted') : null;
    if (start !== null && painted !== null) console.log(`  trace: marks painted at ${((painted - start) / 1000).toFixed(0)} ms`);
    for (const task of traced[traced.length - 1]!) {
      const parts = task.parts.slice(0, 6).map((part) => `${part.label} ${part.ms.toFixed(0)}`).join('; ');
      console.log(`  task at ${task.at.toFixed(0)} ms: wall ${task.wallMs.toFixed(0)} ms, CPU ${task.threadMs.toFixed(0)} ms — ${parts}`);
    }
  }
  return result.value as ViewerRun;
}

async function floorRun(page: Page, viewerPage: string, base64: string): Promise<{ ms: number; pages: number; characters: number }> {
  await page.goto(viewerPage);
  return page.evaluate((data) => (window as unknown as { __suanpanTextFloor: (b: string) => Promise<{ ms: number; pages: number; characters: number }> }).__suanpanTextFloor(data), base64);
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

async function main(): Promise<void> {
  if (process.env.SUANPAN_BENCH_NO_BUILD !== '1') buildTestExtension();
  const bytes = readFileSync(join(ROOT, FILE));
  const { server, origin } = await serve();
  const ext = await launchWithExtension();
  const loadBefore = load();
  try {
    const viewerPage = `chrome-extension://${ext.id}/viewer.html`;
    const url = `${viewerPage}?src=${encodeURIComponent(`${origin}/${FILE}`)}`;
    const viewer: ViewerRun[] = [];
    const floor: Array<{ ms: number; pages: number; characters: number }> = [];
    const traced: TracedTask[][] | null = TRACE ? [] : null;
    // One run of each first, not counted: the browser's caches and the extension's code warm up.
    for (let run = -1; run < RUNS; run++) {
      const page = await ext.context.newPage();
      const v = await viewerRun(page, url, run < 0 ? null : traced);
      const f = await floorRun(page, viewerPage, bytes.toString('base64'));
      await page.close();
      if (run < 0) continue;
      viewer.push(v);
      floor.push(f);
      console.log(`run ${run + 1}: viewer ${v.checkedMs.toFixed(0)} ms to marks (${v.firstPageMs.toFixed(0)} ms to the first page drawn), floor ${f.ms.toFixed(0)} ms; tasks over ${LONG_MS} ms: while checking ${v.longWhileChecking} (longest ${v.longestWhileChecking.toFixed(0)} ms), while drawing ${v.longWhileDrawing} (longest ${v.longestWhileDrawing.toFixed(0)} ms)`);
    }
    const checked = median(viewer.map((v) => v.checkedMs));
    const floorMs = median(floor.map((f) => f.ms));
    const last = viewer[viewer.length - 1]!;
    const all = (pick: (v: ViewerRun) => number) => viewer.map((v) => pick(v).toFixed(0)).join(', ');
    console.log('');
    console.log(`file: ${FILE} (${(bytes.length / 1024).toFixed(0)} kB, ${floor[0]!.pages} pages, ${floor[0]!.characters} characters of text; ${last.pages} pages shown, ${last.marks} figures marked)`);
    console.log(`load average (1, 5, 15 min) before: ${loadBefore}; after: ${load()} (2 cores)`);
    console.log(`viewer, bytes → findings painted: ${checked.toFixed(0)} ms (median of ${RUNS}); to the first page drawn: ${median(viewer.map((v) => v.firstPageMs)).toFixed(0)} ms`);
    console.log(`floor, pdf.js text extraction of all pages: ${floorMs.toFixed(0)} ms (median of ${RUNS})`);
    console.log(`ratio viewer ÷ floor: ${(checked / floorMs).toFixed(2)}`);
    console.log(`longest main-thread task while checking: ${median(viewer.map((v) => v.longestWhileChecking)).toFixed(0)} ms (median; per run ${all((v) => v.longestWhileChecking)}); tasks over ${LONG_MS} ms per run: ${all((v) => v.longWhileChecking)}`);
    console.log(`longest main-thread task while drawing: ${median(viewer.map((v) => v.longestWhileDrawing)).toFixed(0)} ms (median; per run ${all((v) => v.longestWhileDrawing)}); tasks over ${LONG_MS} ms per run: ${all((v) => v.longWhileDrawing)}`);
    const longestStep = (v: ViewerRun) => v.ownSteps.reduce((a, b) => (b[1] > a[1] ? b : a), ['none', 0] as [string, number]);
    console.log(`longest step of the viewer's own main-thread work (its performance.measure entries): ${median(viewer.map((v) => longestStep(v)[1])).toFixed(1)} ms (median; per run: ${viewer.map((v) => `${longestStep(v)[0]} ${longestStep(v)[1].toFixed(1)}`).join(', ')})`);
    if (traced) {
      const tasks = traced.flat();
      const cpu = tasks.map((task) => task.threadMs).filter((ms) => Number.isFinite(ms));
      console.log(`traced tasks over ${LONG_MS} ms (all runs, whole visit): ${tasks.length}; of them with over ${LONG_MS} ms of CPU: ${cpu.filter((ms) => ms > LONG_MS).length}; longest CPU ${Math.max(0, ...cpu).toFixed(0)} ms`);
    }
  } finally {
    await ext.close();
    await closeServer(server);
  }
}

await main();
