/**
 * On every seed page: the highlights are exactly the engine's errors and warnings (each finding's
 * figures[0] painted as the figure in question, the others as related figures), a figure's card
 * explains its finding, the badge counts them, and the panel shows the totals and findings and can
 * scroll the page to a figure.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openPanel, resetSettings, ROOT, sendToTab, tabIdOf, test } from './harness';
import type { WorkerChrome } from './worker-chrome';

// Inside worker.evaluate callbacks only: `chrome` is the service worker's global there.
declare const chrome: WorkerChrome;
import { layerRects, paintedSpans, relatedSpans, watchConsole } from './probes';
import { referenceForFile } from './reference';

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.html')).sort();

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('there are seed pages to test', () => {
  expect(SEEDS.length).toBeGreaterThanOrEqual(5);
});

for (const seed of SEEDS) {
  test(`${seed}: highlights, card, badge and panel agree with the engine`, async ({ ext, site }) => {
    const url = site.url(`seeds/${seed}`);
    const reference = referenceForFile(`seeds/${seed}`, url);
    const { report } = reference;
    expect(report.detected).toBe(true);
    const page = await ext.context.newPage();
    // Nothing of ours may reach the page's console (errors are kept for the panel instead).
    const consoleProblems = watchConsole(page);
    await page.goto(url);

    // Highlights: the same stretches of text, with the same severities, as the engine reports: the
    // primary figures (figures[0] of each error and warning) in the full style ...
    await expect(page.locator('suanpan-ui .badge')).toBeVisible();
    await expect.poll(() => paintedSpans(page)).toEqual(reference.spans);
    // ... and every other figure of those findings in the secondary style, never as a primary.
    await expect.poll(() => relatedSpans(page)).toEqual(reference.related);

    // Badge: the counts.
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.filter((f) => f.severity === 'warning').length;
    const badge = page.locator('suanpan-ui .badge');
    if (errors > 0) await expect(badge).toContainText(`错误 ${errors}`);
    if (warnings > 0) await expect(badge).toContainText(`警告 ${warnings}`);
    await expect(badge).toContainText('Alt+Shift+S');
    // The toolbar button's badge: errors, else warnings.
    const tabId = await tabIdOf(ext, page);
    const toolbar = () => ext.worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), tabId);
    await expect.poll(toolbar).toBe(errors > 0 ? String(errors) : warnings > 0 ? String(warnings) : '');

    // Card: reveal the first located error/warning, move away, then hover its figure.
    const index = report.findings.findIndex((f) => f.severity !== 'info' && f.figures.some((figure) => figure.at));
    expect(index).toBeGreaterThanOrEqual(0);
    const finding = report.findings[index]!;
    await page.mouse.move(2, 2);
    expect(await sendToTab(ext, page, { type: 'suanpan:reveal', finding: index })).toEqual({ ok: true });
    const [rect] = await layerRects(page, 'suanpan-flash');
    expect(rect).toBeDefined();
    expect(rect!.y).toBeGreaterThanOrEqual(0);
    expect(rect!.y + rect!.height).toBeLessThanOrEqual(900);
    const card = page.locator('suanpan-ui .card');
    await page.mouse.move(640, 2);
    await page.mouse.move(2, 2);
    await expect(card).toBeHidden();
    await page.mouse.move(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
    await expect(card).toBeVisible();
    await expect(card).toContainText(finding.message);
    if (finding.expected !== null) await expect(card).toContainText(finding.expected);
    if (finding.actual !== null) await expect(card).toContainText(finding.actual);

    // Panel: document, totals, findings; clicking a finding scrolls the page to its figure.
    const panel = await openPanel(ext, page);
    await expect(panel.locator('.document h2')).toHaveText(report.title);
    if (report.unit) await expect(panel.locator('.facts')).toContainText(report.unit);
    await expect(panel.locator('.facts')).toContainText(String(report.year));
    await expect(panel.locator('.facts')).toContainText(report.kind!);
    for (const [key, value] of Object.entries(report.totals)) {
      const shown = Number(await panel.locator('.totals tr', { hasText: key }).locator('td').textContent());
      expect(shown, key).toBe(Number(value));
    }
    await expect(panel.locator('li.finding')).toHaveCount(errors + warnings);
    const infos = report.findings.length - errors - warnings;
    if (infos > 0) {
      await panel.getByRole('switch', { name: /显示提示/ }).check();
      await expect(panel.locator('li.finding')).toHaveCount(report.findings.length);
    }

    await page.evaluate(() => window.scrollTo(0, 0));
    const last = report.findings.map((f, i) => ({ f, i })).filter(({ f }) => f.severity !== 'info' && f.figures.some((figure) => figure.at)).pop()!;
    await panel.locator(`li.finding[data-finding="${last.i}"] .finding-go`).click();
    await expect.poll(async () => (await layerRects(page, 'suanpan-flash')).length).toBeGreaterThan(0);
    const [flashed] = await layerRects(page, 'suanpan-flash');
    expect(flashed!.y).toBeGreaterThanOrEqual(0);
    expect(flashed!.y + flashed!.height).toBeLessThanOrEqual(900);
    // A figure below the first screen is only visible now if the page scrolled to it.
    const scrolled = await page.evaluate(() => window.scrollY);
    if (flashed!.y + scrolled > 900) expect(scrolled).toBeGreaterThan(0);

    expect(consoleProblems).toEqual([]);
    await panel.close();
    await page.close();
  });
}
