/**
 * Hostile-page benchmark (Debian's Chromium, the test build): a seed page with one enormous paragraph of
 * regex bait or plain prose appended, and for each the longest single piece of main-thread work the
 * extension did (its performance.measure entries), the longest task or animation frame of any kind
 * from then on (which also sees the browser's rendering work), and the sum of its work. A benchmark script, not a
 * test: it prints figures and passes or fails nothing (test/e2e/hostile.spec.ts holds the behaviour).
 *
 *   npm run bench:hostile
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeServer, launchWithExtension, ROOT, serve } from '../test/e2e/browser';
import { buildTestExtension, openAndWaitUntilPresented, ourMeasures, recordLongTasks } from './bench/extension-measures';

const fill = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

const PARAGRAPHS: Array<[string, string]> = [
  ['"1%" × 100 000', fill('1%', 200_000)],
  ['"1万元" × 50 000', fill('1万元', 150_000)],
  ['phone numbers among amounts', fill('1234567 1.5万元 ', 280_000)],
  ['1 MB of prose in one text node', fill('本单位认真落实过紧日子要求，压减一般性支出，全年办公费1.00万元。', 350_000)],
  ['"1," × 100 000', fill('1,', 200_000)],
  ['digits, separators, % and units in turn', fill('1,1.1%（万元', 200_000)],
];

async function main(): Promise<void> {
  buildTestExtension();
  const seed = readFileSync(join(ROOT, 'seeds/panzhihua-dongqu-2024-juesuan.html'), 'utf8');
  const { server, origin } = await serve();
  const ext = await launchWithExtension();
  await recordLongTasks(ext.context);
  try {
    console.log(`\n${'appended paragraph'.padEnd(42)}${'longest piece'.padEnd(27)}${'task > 50 ms'.padEnd(14)}our work`);
    for (const [name, text] of PARAGRAPHS) {
      const html = seed.replace('</body>', `<p>${text}5万元。</p></body>`);
      const page = await ext.context.newPage();
      const url = `${origin}/test/e2e/pages/bench-hostile.html`;
      await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await openAndWaitUntilPresented(page, url);
      await page.waitForTimeout(500);
      const { longestPieceMs: longest, longestPiece: piece, longestTaskMs: task, totalWorkMs: total } = await ourMeasures(page);
      console.log(`${name.padEnd(42)}${`${longest.toFixed(1)} ms (${piece})`.padEnd(27)}${(task > 0 ? `${task.toFixed(0)} ms` : 'none').padEnd(14)}${total.toFixed(0)} ms`);
      await page.close();
    }
  } finally {
    await ext.close();
    await closeServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
