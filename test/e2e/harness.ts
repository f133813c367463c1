/**
 * The browser tests' fixtures: the static server and one Chromium with the test build of the extension
 * live for the whole run (worker scope, one worker); each test opens and closes its own pages.
 */
import { test as base, type Page } from '@playwright/test';
import { closeServer, launchWithExtension, serve, type Extension, type Site } from './browser';
import type { WorkerChrome } from './worker-chrome';

// Inside worker.evaluate callbacks only: `chrome` is the service worker's global there.
declare const chrome: WorkerChrome;

export { ROOT, EXTENSION_DIR, openPanel, sendToTab, tabIdOf, type Extension, type Site } from './browser';

export const test = base.extend<object, { site: Site; ext: Extension }>({
  site: [
    async ({}, use) => {
      const { server, origin } = await serve();
      await use({ origin, url: (path) => `${origin}/${path.replace(/^\/+/, '')}` });
      await closeServer(server);
    },
    { scope: 'worker' },
  ],
  ext: [
    async ({}, use) => {
      const extension = await launchWithExtension();
      await use(extension);
      await extension.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';

/** Default switches before each test, so one test's toggling does not leak into the next. */
export async function resetSettings(ext: Extension): Promise<void> {
  await ext.worker.evaluate(() => chrome.storage.local.clear());
}

export async function setSettings(ext: Extension, settings: { highlights: boolean; showInfo: boolean; ticks?: boolean }): Promise<void> {
  await ext.worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/** Records the page's markup as parsed, before any extension code ran (content scripts run at idle). */
export async function recordInitialMarkup(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __initialBody: string }).__initialBody = document.body.innerHTML;
      (window as unknown as { __initialHtml: string }).__initialHtml = document.documentElement.outerHTML;
    });
  });
}

export function initialBody(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __initialBody: string }).__initialBody);
}
