/**
 * Firefox smoke test: the Firefox build (test flavour) installed into the system's Firefox (Debian's
 * firefox-esr here; found by scripts/browsers.ts, or SUANPAN_FIREFOX) through
 * WebDriver BiDi (Playwright cannot drive Debian's Firefox), one seed page and one negative page
 * loaded, and the page inspected: highlights on the disclosure, nothing on the other page.
 *
 *   SUANPAN_TEST=1 npx wxt build -b firefox && node --experimental-websocket --import tsx scripts/firefox-smoke.ts
 *   (npm run smoke:firefox does both)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
