/**
 * Starting things for the browser tests and for `npm start`: a static server on 127.0.0.1 for the
 * fixture pages, and the system's Chromium (found by scripts/browsers.ts, never a downloaded one) with
 * a built extension loaded.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromiumPath } from '../../scripts/browsers';
import type { WorkerChrome } from './worker-chrome';

// Inside worker.evaluate callbacks only: `chrome` is the service worker's global there.
declare const chrome: WorkerChrome;

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-test');
/** Only these folders are served. */
const SERVED = ['seeds', 'test/fixtures', 'test/e2e/pages'];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface Site {
  origin: string;
  url(path: string): string;
}

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
}

export function serve(root = ROOT): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    const file = join(root, path);
    if (path === 'favicon.ico') {
      // Chromium asks every origin for one; a 404 would show up as a console error in the tests.
      response.writeHead(204).end();
      return;
    }
    if (!SERVED.some((dir) => path.startsWith(`${dir}/`)) || !file.startsWith(root)) {
      response.writeHead(404).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    done({ server, origin: `http://127.0.0.1:${port}` });
  }));
}

export function closeServer(server: Server): Promise<void> {
  // Chromium keeps sockets alive; without this the close waits for them to time out.
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  options: { headless?: boolean; args?: string[]; language?: 'zh_CN' | 'en_US' } = {},
): Promise<Extension & { close(): Promise<void> }> {
  statSync(join(extensionDir, 'manifest.json'));
  const profile = mkdtempSync(join(tmpdir(), 'suanpan-e2e-'));
  const launched = chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    locale: options.language === 'en_US' ? 'en-US' : 'zh-CN',
    // On Linux, Chromium's UI language (and so browser.i18n, the extension's language) follows LANGUAGE;
    // --lang does not change it. Chinese unless a test asks for English. LANG must name a UTF-8 locale
    // the system has (C.UTF-8 always exists): otherwise the C library's charset is ASCII and Chromium
    // saves a download with a Chinese name as "download".
    env: { ...process.env, LANGUAGE: options.language ?? 'zh_CN', LANG: process.env.LANG || 'C.UTF-8' } as Record<string, string>,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });
  // A browser that does not start leaves no profile behind.
  const context = await launched.catch((error: unknown) => {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const tabIds = new WeakMap<Page, number>();

/**
 * The page's tab id. The extension has no `tabs` permission, so the service worker cannot see tab
 * addresses: bring the page to the front and take the active tab instead (once per page).
 */
export async function tabIdOf(ext: Extension, page: Page): Promise<number> {
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  await page.bringToFront();
  const id = await ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no tab for ${page.url()}`);
  tabIds.set(page, id);
  return id;
}

/** Opens the side panel's page in a tab, pointed at the page under test. */
export async function openPanel(ext: Extension, page: Page): Promise<Page> {
  const tabId = await tabIdOf(ext, page);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** Sends a message to the page's content script from the service worker (as the background does). */
export async function sendToTab(ext: Extension, page: Page, message: unknown, frameId = 0): Promise<unknown> {
  const tabId = await tabIdOf(ext, page);
  return ext.worker.evaluate(([tab, body, frame]) => chrome.tabs.sendMessage(tab as number, body, { frameId: frame as number }), [tabId, message, frameId] as const);
}
