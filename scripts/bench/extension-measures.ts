/**
 * Shared by the browser benchmarks: the test build of the extension, and the pieces of main-thread work
 * it recorded on a page (performance.measure entries named suanpan:*, see entrypoints/content/timing.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../test/e2e/browser';

export function buildTestExtension(): void {
  console.log('building the test extension…');
  build({ ...process.env, SUANPAN_TEST: '1' });
}

/** The release build's content script (the test build's carries the timing marks and test switches). */
export function releaseContentScript(): Buffer {
  console.log('building the release extension…');
  const { SUANPAN_TEST: _test, ...env } = process.env;
  build(env);
  return readFileSync(join(ROOT, '.output/chrome-mv3/content-scripts/content.js'));
}

function build(env: NodeJS.ProcessEnv): void {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr || result.stdout);
}

export interface Measured {
  /** From our first piece of work to the first frame rendered after the highlights went in. */
  idleToPaintedMs: number;
  /** The longest main-thread task or frame from our first piece of work on (Long Tasks and Long
   *  Animation Frames APIs: anything over 50 ms, ours and the browser's style and layout work that we
   *  cause alike; 0 when there was none). */
  longestTaskMs: number;
  longestPieceMs: number;
  /** Which piece it was (snapshot, model, detect, audit, place, paint…). */
  longestPiece: string;
  totalWorkMs: number;
  /** Work per piece name, for finding where the time goes. */
  byPiece: Record<string, number>;
}

const LONG_TASKS = '__benchLongTasks';

/**
 * Records every long task and long animation frame of each page of the context from its start (an
 * observer made later does not see the earlier ones). A long animation frame includes the style, layout
 * and paint work of its frame, which a long task alone may not.
 */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    const seen: PerformanceEntry[] = [];
    (window as unknown as Record<string, PerformanceEntry[]>)[key] = seen;
    for (const type of ['longtask', 'long-animation-frame']) {
      if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
      new PerformanceObserver((list) => seen.push(...list.getEntries())).observe({ type });
    }
  }, LONG_TASKS);
}

export async function ourMeasures(page: Page): Promise<Measured> {
  return page.evaluate((LONG_TASKS) => {
    const entries = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('suanpan:'));
    const start = Math.min(...entries.map((e) => e.startTime));
    const presented = performance.getEntriesByName('suanpan:presented').map((e) => e.startTime);
    const longTasks = (window as unknown as Record<string, PerformanceEntry[] | undefined>)[LONG_TASKS] ?? [];
    return {
      idleToPaintedMs: presented.length ? Math.max(...presented) - start : Number.NaN,
      longestTaskMs: Math.max(0, ...longTasks.filter((task) => task.startTime + task.duration > start).map((task) => task.duration)),
      longestPieceMs: Math.max(0, ...entries.map((e) => e.duration)),
      longestPiece: [...entries].sort((a, b) => b.duration - a.duration)[0]?.name.replace('suanpan:', '') ?? '',
      totalWorkMs: entries.reduce((sum, e) => sum + e.duration, 0),
      byPiece: entries.reduce<Record<string, number>>((sums, e) => {
        const name = e.name.replace('suanpan:', '');
        sums[name] = (sums[name] ?? 0) + e.duration;
        return sums;
      }, {}),
    };
  }, LONG_TASKS);
}

/**
 * Opens `url` and waits until the extension has marked `suanpan:presented`, asking through the DevTools
 * protocol. Not page.waitForFunction: Playwright's first evaluation in a page injects its own script,
 * whose compiling (6–7 ms in a trace) then lands on the main thread inside the very window being
 * measured. A Runtime.evaluate of one expression compiles next to nothing. The session is attached
 * before the page loads, so attaching is not inside the window either.
 */
export async function openAndWaitUntilPresented(page: Page, url: string, timeoutMs = 120_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.goto(url, { timeout: timeoutMs });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: "performance.getEntriesByName('suanpan:presented').length > 0", returnByValue: true });
      if (result.value === true) return;
      if (Date.now() > deadline) throw new Error(`the extension did not present its highlights on ${url} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await cdp.detach();
  }
}
