/**
 * `npm start`: build the extension, serve seeds/ locally, and open Chromium with the extension on every
 * seed page. The pages are served as http://suanpan-demo.gov.cn:<port>/… (Chromium maps that name to
 * 127.0.0.1), so the release build runs on them exactly as on a real *.gov.cn site.
 *
 * With a display (DISPLAY set) the browser is headed and stays open until you close it. Without one it
 * writes a screenshot of each seed page with its highlights and card, and of the side panel, to
 * out/screenshots/, and prints a summary per page. The table demo (test/e2e/pages/tables.html: sample
 * tables with one wrong cell) is shown too, once more with the ticks on verified totals switched on.
 *
 * It first finds Chromium (scripts/browsers.ts: installs it on Debian/Ubuntu as root, otherwise says
 * what to install and exits 1). Whatever fails afterwards closes the server and the browser and exits 1;
 * a watchdog ends the run (exit 1) if it takes longer than SUANPAN_START_TIMEOUT seconds (default 300)
 * before the pages are shown, so it can never hang.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { closeServer, launchWithExtension, openPanel, ROOT, sendToTab, serve, type Extension } from '../test/e2e/browser';
import type { WorkerChrome } from '../test/e2e/worker-chrome';
import { BrowserMissing, ensureBrowsers } from './browsers';

// Inside worker.evaluate callbacks only: `chrome` is the service worker's global there.
declare const chrome: WorkerChrome;

const HOST = 'suanpan-demo.gov.cn';
const OUT = join(ROOT, 'out/screenshots');
const SIZE = { width: 1280, height: 900 };
/** Seconds from the build to the last screenshot (or, with a display, to the pages being open). */
const TIMEOUT_S = Number(process.env.SUANPAN_START_TIMEOUT) || 300;

interface StateReply {
  status: string;
  report: { kind: string | null; year: number | null; unit: string | null; findings: Array<{ severity: string; figures: Array<{ at?: unknown }> }> } | null;
  placed: number[];
}

/** The demo pages: the seeds, and one page with tables. */
function demoPages(): string[] {
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.html')).sort();
  return [...seeds.map((name) => `seeds/${name}`), 'test/e2e/pages/tables.html'];
}

async function setTicks(ext: Extension, ticks: boolean): Promise<void> {
  await ext.worker.evaluate((value) => chrome.storage.local.set({ settings: { highlights: true, showInfo: false, ticks: value } }), ticks);
}

function build(): void {
  console.log('构建扩展 (wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: TIMEOUT_S * 1000 });
}

async function waitForState(ext: Extension, page: Page): Promise<StateReply | null> {
  for (let i = 0; i < 60; i++) {
    const reply = (await sendToTab(ext, page, { type: 'suanpan:get-state' }).catch(() => null)) as StateReply | null;
    if (reply && reply.status !== 'scanning') return reply;
    await page.waitForTimeout(250);
  }
  return null;
}

function summary(name: string, state: StateReply | null): string {
  if (!state) return `${name}: 无应答`;
  if (!state.report) return `${name}: 未检测到公开内容 (${state.status})`;
  const counts = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  for (const finding of state.report.findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  const placed = state.placed.filter((n) => n > 0).length;
  const { kind, year, unit } = state.report;
  return `${name}: 已检测 ${unit ?? '?'} ${year ?? '?'}年${kind ?? '?'}；错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}；在页面上定位 ${placed}/${state.report.findings.length} 条`;
}

async function main(): Promise<number> {
  const ready = ensureBrowsers('start');
  if (!ready.ok) {
    console.error(ready.message);
    return 1;
  }
  console.log(`浏览器：${ready.browsers.chromium!.path}`);
  let server: Server | null = null;
  let ext: (Extension & { close(): Promise<void> }) | null = null;
  const cleanup = async () => {
    const [s, e] = [server, ext];
    server = null;
    ext = null;
    await e?.close().catch(() => undefined);
    if (s) await closeServer(s);
  };
  const watchdog = setTimeout(() => {
    console.error(`npm start 超过 ${TIMEOUT_S} 秒仍未完成，已中止（SUANPAN_START_TIMEOUT 可调）。`);
    // Close what can be closed in a few seconds, then leave regardless.
    void Promise.race([cleanup(), new Promise((done) => setTimeout(done, 5000))]).finally(() => process.exit(1));
  }, TIMEOUT_S * 1000);
  try {
    build();
    const pages = demoPages();
    const served = await serve();
    server = served.server;
    const port = new URL(served.origin).port;
    const headed = Boolean(process.env.DISPLAY);
    ext = await launchWithExtension(join(ROOT, '.output/chrome-mv3'), {
      headless: !headed,
      args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`, '--no-proxy-server'],
    });
    const url = (path: string) => `http://${HOST}:${port}/${path}`;

    if (headed) {
      const { context } = ext;
      const closed = new Promise<void>((done) => context.on('close', () => done()));
      for (const path of pages) await (await context.newPage()).goto(url(path));
      // From here the user decides how long it stays open.
      clearTimeout(watchdog);
      console.log(`已在 Chromium 中打开 ${pages.length} 个示例页面。点击工具栏中的算盘图标打开面板；关闭浏览器即结束。`);
      await closed;
      return 0;
    }

    mkdirSync(OUT, { recursive: true });
    const lines: string[] = [];
    const shots = [...pages.map((path) => ({ path, ticks: false })), { path: 'test/e2e/pages/tables.html', ticks: true }];
    for (const { path, ticks } of shots) {
      await setTicks(ext, ticks);
      const name = path.split('/').pop()!;
      const page = await ext.context.newPage();
      await page.setViewportSize(SIZE);
      await page.goto(url(path));
      const state = await waitForState(ext, page);
      if (!ticks) lines.push(summary(name, state));
      const base = `${name.replace(/\.html$/, '')}${ticks ? '.ticks' : ''}`;
      // Show the first error (or warning) the way a reader would meet it: scrolled to, with its card
      // (not on the ticks shot, where the card would cover the ticks).
      const first = state?.report?.findings.findIndex((f) => f.severity !== 'info' && f.figures.some((figure) => figure.at)) ?? -1;
      if (first >= 0 && !ticks) {
        await sendToTab(ext, page, { type: 'suanpan:reveal', finding: first });
        await page.waitForTimeout(1800); // let the flash fade so the screenshot shows the normal colours
      }
      await page.screenshot({ path: join(OUT, `${base}.png`) });
      const panel = await openPanel(ext, page);
      await panel.setViewportSize({ width: 420, height: SIZE.height });
      await panel.locator('.document h2, .status').first().waitFor();
      await panel.screenshot({ path: join(OUT, `${base}.panel.png`) });
      await panel.setViewportSize(SIZE);
      await panel.screenshot({ path: join(OUT, `${base}.panel-wide.png`), fullPage: true });
      await panel.close();
      await page.close();
    }
    console.log(lines.join('\n'));
    console.log(`截图已写入 ${OUT}`);
    return 0;
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
}

// process.exit: nothing left open (a socket, a child) can keep the command from ending.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof BrowserMissing ? error.message : error);
    process.exit(1);
  },
);
