/**
 * The side panel at its usual size (420×900) leads with what is wrong: on every seed page the first
 * finding is in view without scrolling, above the totals, the settings and the history (which, with
 * only this page read, is one line).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openPanel, resetSettings, ROOT, test } from './harness';

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.html')).sort();
const PANEL = { width: 420, height: 900 };

test.beforeEach(async ({ ext }) => resetSettings(ext));

for (const seed of SEEDS) {
  test(`${seed}: the first finding is within the panel's first ${PANEL.height} px`, async ({ ext, site }) => {
    const page = await ext.context.newPage();
    await page.goto(site.url(`seeds/${seed}`));
    await expect(page.locator('suanpan-ui .badge')).toBeVisible();
    const panel = await openPanel(ext, page);
    await panel.setViewportSize(PANEL);
    const first = panel.locator('li.finding').first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    // Its severity, check and explanation are on screen, not just its top edge.
    const message = (await first.locator('.finding-message').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(message.y + message.height).toBeLessThanOrEqual(PANEL.height);
    // Findings come before the totals and the settings.
    const top = async (selector: string) => (await panel.locator(selector).first().boundingBox())!.y;
    expect(await top('.document-totals')).toBeGreaterThan(box.y);
    expect(await top('.settings')).toBeGreaterThan(await top('.document-totals'));
    // Only this page of the unit has been read in this fresh profile: no table of dashes, one line.
    await expect(panel.locator('section.history')).toHaveCount(0);
    await expect(panel.locator('.history-note')).toHaveCount(1);
    // The address stays on one line (it used to wrap, leaving a lone letter on the last line).
    const address = (await panel.locator('.facts .address dd').boundingBox())!;
    expect(address.height).toBeLessThan(30);
    await panel.close();
    await page.close();
  });
}
