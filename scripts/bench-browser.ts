/**
 * Browser benchmark (Debian's Chromium, the test build of the extension): on generated disclosure pages
 * of about 100 kB, 1 MB and 5 MB and on a large page that is not a disclosure, prints medians of several
 * runs of
 *   - the time from the content script's first piece of work (document_idle) to the first frame rendered
 *     with the highlights;
 *   - the longest single piece of main-thread work the extension did (its performance.measure entries),
 *     and the longest task of any kind from then on (Long Tasks API: it also sees the browser's style
 *     and layout work that our changes cause, which our own measures cannot);
 *   - the JS heap the extension adds (the same page loaded without it, as the baseline);
 *   - a floor measured in the same run: walking every text node and running the number expression once;
 * and the release build's content script size gzipped. A benchmark script, not a test: nothing here passes or fails.
 *
 *   npm run bench:browser            (SUANPAN_BENCH_RUNS=N to change the number of runs)
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from './browsers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { closeServer, launchWithExtension, ROOT, serve } from '../test/e2e/browser';
import { buildTestExtension, openAndWaitUntilPresented, ourMeasures, recordLongTasks, releaseContentScript } from './bench/extension-measures';

const RUNS = Number(process.env.SUANPAN_BENCH_RUNS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** A page of the given size made by repeating a page's body. */
function repeatedPage(file: string, targetBytes: number): string {
  const html = readFileSync(join(ROOT, file), 'utf8');
  const match = /(<body[^>]*>)([\s\S]*)(<\/body>)/.exec(html)!;
  const body = match[2]!;
  const times = Math.max(1, Math.round(targetBytes / Buffer.byteLength(body)));
  return html.slice(0, match.index) + match[1] + body.repeat(times) + match[3] + html.slice(match.index + match[0].length);
}

/** Walk every text node and run the number expression once: the least any checker must do. */
async function floorMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0;
    const number = /(?<![0-9A-Za-z.,\-/])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![0-9])/g;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      number.lastIndex = 0;
      while (number.exec(node.nodeValue ?? '')) count++;
    }
    return count >= 0 ? performance.now() - start : 0;
  });
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  // The renderer's V8 heap holds the page's world and the content script's isolated world alike.
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

async function main(): Promise<void> {
  const contentScript = releaseContentScript();
  buildTestExtension();

  const only = process.env.SUANPAN_BENCH_PAGES?.split(',');
  const allPages: Array<{ name: string; html: string; disclosure: boolean }> = [
    { name: 'disclosure ~100 kB', html: repeatedPage('seeds/panzhihua-dongqu-2024-juesuan.html', 100 * 1024), disclosure: true },
    { name: 'disclosure ~1 MB', html: repeatedPage('seeds/panzhihua-dongqu-2024-juesuan.html', 1024 * 1024), disclosure: true },
    { name: 'disclosure ~5 MB', html: repeatedPage('seeds/panzhihua-dongqu-2024-juesuan.html', 5 * 1024 * 1024), disclosure: true },
    { name: 'not a disclosure ~1 MB', html: repeatedPage('test/fixtures/negative/stats-bulletin-2024.html', 1024 * 1024), disclosure: false },
  ];
  // SUANPAN_BENCH_PAGES=1,3 runs only those pages (0-based), when working on one of them.
  const pages = only ? allPages.filter((_, i) => only.includes(String(i))) : allPages;
  const pieces: string[] = [];

  const { server, origin } = await serve();
  const ext = await launchWithExtension();
  await recordLongTasks(ext.context);
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rows: string[][] = [];
  try {
    for (const { name, html, disclosure } of pages) {
      const url = `${origin}/test/e2e/pages/bench-${rows.length}.html`;
      const times: number[] = [];
      const longest: number[] = [];
      const longestNames: string[] = [];
      const longTasks: number[] = [];
      const work: number[] = [];
      const floors: number[] = [];
      const heaps: number[] = [];
      let lastPieces: Record<string, number> = {};
      for (let run = 0; run < RUNS; run++) {
        const page = await ext.context.newPage();
        await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
        if (disclosure) {
          await openAndWaitUntilPresented(page, url);
          // Let the last slices settle before reading.
          await page.waitForTimeout(500);
        } else {
          await page.goto(url, { timeout: 120_000 });
          await page.waitForTimeout(2000);
        }
        const measured = await ourMeasures(page);
        times.push(measured.idleToPaintedMs);
        longest.push(measured.longestPieceMs);
        longestNames.push(measured.longestPiece);
        longTasks.push(measured.longestTaskMs);
        work.push(measured.totalWorkMs);
        lastPieces = measured.byPiece;
        floors.push(await floorMs(page));
        const withExtension = await heapMb(page);
        await page.close();
        const baseline = await plain.newPage();
        await baseline.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
        await baseline.goto(url, { timeout: 120_000 });
        await baseline.waitForTimeout(300);
        heaps.push(withExtension - (await heapMb(baseline)));
        await baseline.close();
      }
      const painted = median(times);
      pieces.push(`${name}: ${median(work).toFixed(0)} ms of work — ${Object.entries(lastPieces).sort((a, b) => b[1] - a[1]).map(([piece, ms]) => `${piece} ${ms.toFixed(0)}`).join(', ')}`);
      rows.push([
        `${name} (${(Buffer.byteLength(html) / 1024).toFixed(0)} kB)`,
        disclosure ? `${painted.toFixed(0)} ms` : `(not detected) ${median(work).toFixed(1)} ms of work`,
        `${median(longest).toFixed(1)} ms (${[...new Set(longestNames)].join('/')})`,
        median(longTasks) > 0 ? `${median(longTasks).toFixed(0)} ms` : 'none',
        `${median(heaps).toFixed(1)} MB`,
        `${median(floors).toFixed(1)} ms`,
        disclosure ? `${(painted / median(floors)).toFixed(0)}×` : '—',
      ]);
    }
  } finally {
    await ext.close();
    await plain.close();
    await closeServer(server);
  }
  const header = ['page', 'idle → painted', 'longest piece', 'task > 50 ms', 'heap added', 'floor', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\nruns per page: ${RUNS} (medians)\n${line(header)}`);
  for (const row of rows) console.log(line(row));
  console.log(`\nwhere the work went (last run, ms):\n${pieces.join('\n')}`);
  // Bytes, not kB: the target (under 60 kB gzipped) is read as 60,000 bytes.
  console.log(`\ncontent script (release build): ${contentScript.length} bytes, ${gzipSync(contentScript).length} bytes gzipped`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
