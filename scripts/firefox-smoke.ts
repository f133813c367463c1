/**
 * Firefox smoke test: the Firefox build (test flavour) installed into the system's Firefox (Debian's
 * firefox-esr here; found by scripts/browsers.ts, or SUANPAN_FIREFOX) through
 * WebDriver BiDi (Playwright cannot drive Debian's Firefox), one seed page and one negative page
 * loaded, and the page inspected: highlights on the disclosure, nothing on the other page. Then the PDF
 * viewer: a page linking a Jiangsu budget PDF shows the "用算盘检查" button, whose click opens the
 * viewer (a new tab); the PDF is checked there, its marks lie over text-layer text that prints their
 * figures, a click opens a card (screenshot: out/screenshots/firefox-viewer.png); the same PDF from
 * a local file (BiDi input.setFiles) gives the same marks.
 *
 *   SUANPAN_TEST=1 npx wxt build -b firefox && node --experimental-websocket --import tsx scripts/firefox-smoke.ts
 *   (npm run smoke:firefox does both)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeServer, ROOT, serve } from '../test/e2e/browser';
import { BrowserMissing, firefoxPath } from './browsers';

const EXTENSION = join(ROOT, '.output/firefox-mv3-test');

interface BidiResult {
  id?: number;
  type?: string;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

function connect(url: string): Promise<{ send: (method: string, params: object) => Promise<Record<string, unknown>>; close: () => void }> {
  const socket = new WebSocket(url);
  let next = 1;
  const waiting = new Map<number, { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as BidiResult;
    if (message.id === undefined) return;
    const entry = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === 'error') entry?.reject(new Error(`${message.error}: ${message.message}`));
    else entry?.resolve(message.result ?? {});
  });
  return new Promise((resolve, reject) => {
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)));
    socket.addEventListener('open', () =>
      resolve({
        send: (method, params) =>
          new Promise((done, fail) => {
            const id = next++;
            waiting.set(id, { resolve: done, reject: fail });
            socket.send(JSON.stringify({ id, method, params }));
          }),
        close: () => socket.close(),
      }),
    );
  });
}

async function main(): Promise<void> {
  // Before anything is started: without a Firefox this says what to install and nothing is left running.
  const FIREFOX = firefoxPath();
  const { server, origin } = await serve();
  const profile = mkdtempSync(join(tmpdir(), 'suanpan-ff-'));
  // Quiet first run; no network of its own.
  writeFileSync(
    join(profile, 'user.js'),
    [
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("app.update.enabled", false);',
      'user_pref("extensions.autoDisableScopes", 0);',
      'user_pref("browser.startup.homepage_override.mstone", "ignore");',
    ].join('\n'),
  );
  const firefox = spawn(FIREFOX, ['--headless', '--remote-debugging-port', '0', '--profile', profile, '--no-remote'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const failures: string[] = [];
  let passed = 0;
  let opened: Awaited<ReturnType<typeof connect>> | null = null;
  try {
    const wsUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Firefox did not start WebDriver BiDi')), 30_000);
      // A Firefox that cannot be started (not there, not executable) fails here, not as an unhandled event.
      firefox.on('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`cannot start ${FIREFOX}: ${error.message}`));
      });
      firefox.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${FIREFOX} exited (${code}) before WebDriver BiDi started`));
      });
      const onData = (chunk: Buffer) => {
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(chunk.toString());
        if (match) {
          clearTimeout(timer);
          resolve(`${match[1]}/session`);
        }
      };
      firefox.stdout.on('data', onData);
      firefox.stderr.on('data', onData);
    });
    const bidi = await connect(wsUrl);
    opened = bidi;
    await bidi.send('session.new', { capabilities: {} });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: EXTENSION } });
    const tree = (await bidi.send('browsingContext.getTree', {})) as { contexts: Array<{ context: string }> };
    const context = tree.contexts[0]!.context;
    const evaluate = async (expression: string): Promise<unknown> => {
      const result = (await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true })) as { result?: { value?: unknown } };
      return result.result?.value;
    };
    const probe = `JSON.stringify({
      error: CSS.highlights.get('suanpan-error')?.size ?? 0,
      warning: CSS.highlights.get('suanpan-warning')?.size ?? 0,
      hosts: document.querySelectorAll('suanpan-ui').length,
    })`;
    const check = async (path: string, expectPainted: boolean) => {
      await bidi.send('browsingContext.navigate', { context, url: `${origin}/${path}`, wait: 'complete' });
      let last = '';
      for (let i = 0; i < 40; i++) {
        await new Promise((done) => setTimeout(done, 250));
        last = String(await evaluate(probe));
        const seen = JSON.parse(last) as { error: number; warning: number; hosts: number };
        if (expectPainted && seen.error + seen.warning > 0 && seen.hosts === 1) break;
      }
      const seen = JSON.parse(last) as { error: number; warning: number; hosts: number };
      const painted = seen.error + seen.warning > 0 && seen.hosts === 1;
      const clean = seen.error + seen.warning === 0 && seen.hosts === 0;
      const ok = expectPainted ? painted : clean;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${path}: ${last}`);
      if (ok) passed++;
      else failures.push(path);
    };
    await check('seeds/panzhihua-dongqu-2024-juesuan.html', true);
    await check('seeds/qijiang-2024-juesuan.html', true);
    await check('test/fixtures/negative/gov-work-report-2025.html', false);

    // ---- the PDF viewer ----
    const pdf = 'test/fixtures/pdf/zhengxie-2018-budget.pdf';
    const record = (name: string, ok: boolean, detail: string) => {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
      if (ok) passed++;
      else failures.push(name);
    };
    await bidi.send('browsingContext.navigate', { context, url: `${origin}/test/e2e/pages/pdf-links.html`, wait: 'complete' });
    let controls = 0;
    for (let i = 0; i < 40 && controls === 0; i++) {
      await new Promise((done) => setTimeout(done, 250));
      controls = Number(await evaluate("document.querySelectorAll('suanpan-pdf-check').length"));
    }
    record('viewer link button', controls === 1, `${controls} button(s)`);
    // BiDi may not navigate to an extension page, but the button's click opens one (background: tabs.create).
    await evaluate("document.querySelector('suanpan-pdf-check')?.shadowRoot?.querySelector('button')?.click()");
    let viewer = '';
    for (let i = 0; i < 40 && !viewer; i++) {
      await new Promise((done) => setTimeout(done, 250));
      const tree = (await bidi.send('browsingContext.getTree', {})) as { contexts: Array<{ context: string; url: string }> };
      viewer = tree.contexts.find((c) => c.url.startsWith('moz-extension://') && c.url.includes('/viewer.html?src='))?.context ?? '';
    }
    const inViewer = async (expression: string): Promise<unknown> => {
      const result = (await bidi.send('script.evaluate', { expression, target: { context: viewer }, awaitPromise: true })) as { result?: { value?: unknown } };
      return result.result?.value;
    };
    // Each mark's figure (its words begin with it) and the digits of the text-layer text under its middle, page by page.
    const marksProbe = `(async () => {
      const out = [];
      for (const mark of document.querySelectorAll('.mark[role=button]')) {
        mark.scrollIntoView({ block: 'center' });
        const page = mark.closest('.page');
        for (let i = 0; i < 100 && page.dataset.drawn !== 'true'; i++) await new Promise((done) => setTimeout(done, 100));
        const r = mark.getBoundingClientRect();
        const middle = r.top + r.height / 2;
        const below = [...page.querySelectorAll('.textLayer span')].filter((span) => { const q = span.getBoundingClientRect(); return q.top < middle && q.bottom > middle && q.right > r.left + 1 && q.left < r.right - 1; }).map((span) => span.textContent).join('');
        const figure = mark.dataset.figure || '';
        out.push({ figure, ok: below.replace(/\\D/g, '').includes(figure.replace(/\\D/g, '')), below });
      }
      return JSON.stringify(out);
    })()`;
    const viewerCheck = async (name: string) => {
      let state = '';
      for (let i = 0; i < 120; i++) {
        await new Promise((done) => setTimeout(done, 500));
        state = String(await inViewer("JSON.stringify({ done: document.documentElement.dataset.suanpanViewer || null, status: document.getElementById('status').textContent })"));
        if (state.includes('"done":"done"')) break;
      }
      const marks = state.includes('"done":"done"') ? (JSON.parse(String(await inViewer(marksProbe))) as Array<{ figure: string; ok: boolean; below: string }>) : [];
      // The Jiangsu 政协 2018 预算: one error whose three figures are all marked (as the CLI reports it).
      record(name, marks.length === 3 && marks.every((m) => m.ok), `${state} ${JSON.stringify(marks)}`);
    };
    if (!viewer) record('viewer from the link', false, 'no viewer tab opened');
    else {
      await viewerCheck('viewer from the link');
      await inViewer("document.querySelector('.mark-error[role=button]').click()");
      await new Promise((done) => setTimeout(done, 500));
      const card = String(await inViewer("document.querySelector('suanpan-ui')?.shadowRoot?.querySelector('.card')?.textContent ?? ''"));
      record('viewer card', card.length > 20, card.slice(0, 80));
      const shot = (await bidi.send('browsingContext.captureScreenshot', { context: viewer })) as { data?: string };
      if (shot.data) {
        mkdirSync(join(ROOT, 'out/screenshots'), { recursive: true });
        writeFileSync(join(ROOT, 'out/screenshots/firefox-viewer.png'), Buffer.from(shot.data, 'base64'));
      }
      // The same PDF as a local file, through the file picker (in the same viewer: it replaces the document).
      const input = (await bidi.send('script.evaluate', { expression: "document.getElementById('file')", target: { context: viewer }, awaitPromise: false, resultOwnership: 'root' })) as { result?: { sharedId?: string } };
      const file = join(mkdtempSync(join(tmpdir(), 'suanpan-ff-file-')), 'zhengxie-2018-budget.pdf');
      writeFileSync(file, readFileSync(join(ROOT, pdf)));
      try {
        await bidi.send('input.setFiles', { context: viewer, element: { sharedId: input.result?.sharedId }, files: [file] });
        await viewerCheck('viewer from a local file');
      } catch (error) {
        record('viewer from a local file', false, String(error));
      }
    }
  } finally {
    opened?.close();
    firefox.kill();
    await closeServer(server);
    rmSync(profile, { recursive: true, force: true });
  }
  // The test command reads the counts (scripts/run-tests.ts).
  if (process.env.SUANPAN_RESULTS) {
    mkdirSync(join(process.env.SUANPAN_RESULTS, '..'), { recursive: true });
    writeFileSync(process.env.SUANPAN_RESULTS, JSON.stringify({ passed, failed: failures.length }));
  }
  if (failures.length > 0) {
    console.error(`Firefox smoke test failed on: ${failures.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log('Firefox smoke test passed.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BrowserMissing ? error.message : error);
  process.exitCode = 1;
});
