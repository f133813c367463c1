/**
 * The README's screenshots of the PDF viewer (docs/screenshots/viewer-*.png), in Debian's Chromium with
 * the test build (npm run build:test first): a page linking a Jiangsu budget PDF with its "用算盘检查"
 * button; the PDF in the viewer with a finding's card; the side panel's report of it.
 *
 *   npm run build:test && npx tsx scripts/viewer-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { closeServer, launchWithExtension, openPanel, ROOT, serve } from '../test/e2e/browser';

const OUT = join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });
const { server, origin } = await serve();
const ext = await launchWithExtension();
try {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 640, height: 150 });
  await page.goto(`${origin}/test/e2e/pages/pdf-links.html`);
  await page.locator('suanpan-pdf-check').first().waitFor();
  await page.screenshot({ path: join(OUT, 'viewer-link.png') });
  const [viewer] = await Promise.all([ext.context.waitForEvent('page'), page.locator('suanpan-pdf-check button').first().click()]);
  await viewer.setViewportSize({ width: 1280, height: 900 });
  await viewer.waitForFunction(() => document.documentElement.dataset.suanpanViewer === 'done', null, { timeout: 60_000 });
  const mark = viewer.locator('.mark-error[role=button]').first();
  await mark.scrollIntoViewIfNeeded();
  await viewer.locator('.page[data-drawn]').first().waitFor();
  await viewer.waitForTimeout(800);
  await mark.click();
  await viewer.locator('suanpan-ui .card').waitFor();
  await viewer.screenshot({ path: join(OUT, 'viewer-card.png') });
  const panel = await openPanel(ext, viewer);
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.locator('li.finding').first().waitFor();
  await panel.screenshot({ path: join(OUT, 'viewer-panel.png') });
  console.log(`wrote viewer-link.png, viewer-card.png, viewer-panel.png to ${OUT}`);
} finally {
  await ext.close();
  await closeServer(server);
}
