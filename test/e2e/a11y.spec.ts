/**
 * Accessibility of what 算盘 shows: text contrast in the side panel, the options page, the card and the
 * badge (WCAG 4.5:1, 3:1 for large text); figures stay readable under every highlight; every control
 * shows the keyboard focus; switching the highlights off and on is announced; every finding can be
 * reached from the keyboard and is named by what is wrong.
 */
import type { Page } from '@playwright/test';
import { auditContrast, focusedIndicator, highlightContrast, type FocusStop } from './contrast';
import { expect, openPanel, resetSettings, sendToTab, setSettings, test, type Extension } from './harness';
import { paintedSpans, tickSpans } from './probes';
import { describe } from '../../lib/i18n/dictionaries';
import type { Finding } from '../../lib/report';
import { referenceForFile } from './reference';

interface StorageChrome {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}
// Inside worker.evaluate callbacks only: `chrome` is the service worker's global there.
declare const chrome: StorageChrome;

const SEED = 'seeds/panzhihua-dongqu-2024-juesuan.html';
const SEEDS = ['dianjiang-2024-yusuan', 'panzhihua-dongqu-2024-juesuan', 'qianjiang-2024-yusuan', 'qijiang-2024-juesuan', 'wanzhou-2024-yusuan'].map((name) => `seeds/${name}.html`);

/** What the panel says (locales/*.json, a11y), and what the page's live region says, in either language. */
const HIDDEN = /^(已隐藏标记|Highlights hidden)$/;
const SHOWN = /^(已显示标记|Highlights shown)$/;
const PAGE_HIDDEN = /已隐藏标记|marks hidden|highlights hidden/i;
const PAGE_SHOWN = /已显示标记|marks shown|highlights shown/i;

test.beforeEach(async ({ ext }) => resetSettings(ext));

async function openSeed(ext: Extension, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  await expect.poll(async () => (await paintedSpans(page)).length).toBeGreaterThan(0);
  return page;
}

/** Every name in the page's accessibility tree as Chromium computes it (what assistive technology gets). */
async function accessibleTexts(page: Page): Promise<Set<string>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored?: boolean; name?: { value?: unknown } }> };
  await cdp.detach();
  return new Set(nodes.filter((node) => !node.ignored && typeof node.name?.value === 'string').map((node) => node.name!.value as string));
}

/** Opens the card of the first finding from the keyboard commands' message; it takes the focus. */
async function openCard(ext: Extension, page: Page) {
  await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
  const card = page.locator('suanpan-ui .card');
  await expect(card).toBeFocused();
  return card;
}

/** Presses Tab (or Shift+Tab) until the focus comes back round (or leaves `inside`), recording each stop. */
async function tabThrough(page: Page, inside: (stop: FocusStop) => boolean, key = 'Tab', limit = 200): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const stop = await page.evaluate(focusedIndicator);
    if (!stop) continue;
    if (stop.repeat || !inside(stop)) return stops;
    stops.push(stop);
  }
  throw new Error(`the focus did not come round in ${limit} presses of Tab`);
}

test('text in the panel, the options page, the card and the badge has enough contrast', async ({ ext, site }) => {
  await setSettings(ext, { highlights: true, showInfo: true, ticks: true });
  const page = await openSeed(ext, site.url(SEED));
  await openCard(ext, page);
  const overlay = await auditContrast(page, 'suanpan-ui');
  expect(overlay.problems).toEqual([]);
  expect(overlay.measured).toBeGreaterThan(10);

  const panel = await openPanel(ext, page);
  await expect(panel.locator('li.finding').first()).toBeVisible();
  await expect(panel.locator('.chip-info').first()).toBeVisible();
  const inPanel = await auditContrast(panel, null);
  expect(inPanel.problems).toEqual([]);
  expect(inPanel.measured).toBeGreaterThan(40);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await expect(options.locator('tbody tr').first()).toBeVisible();
  const inOptions = await auditContrast(options, null);
  expect(inOptions.problems).toEqual([]);
  expect(inOptions.measured).toBeGreaterThan(10);

  // The measure fails what it should: grey on white, and faint text on a shadow-root card.
  await panel.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '对照：浅灰色文字';
    p.style.color = '#9ca3af';
    document.querySelector('main')!.append(p);
  });
  expect((await auditContrast(panel, null)).problems.map((p) => p.text)).toEqual(['对照：浅灰色文字']);
  await page.evaluate(() => {
    const card = document.querySelector('suanpan-ui')!.shadowRoot!.querySelector('.card')!;
    const span = document.createElement('span');
    span.textContent = '对照';
    span.style.color = 'rgba(17, 24, 39, 0.3)';
    card.append(span);
  });
  expect((await auditContrast(page, 'suanpan-ui')).problems.map((p) => p.text)).toEqual(['对照']);
  await options.close();
  await panel.close();
  await page.close();
});

test('figures stay readable under every highlight, on every seed page', async ({ ext, site }) => {
  await setSettings(ext, { highlights: true, showInfo: true, ticks: true });
  for (const path of SEEDS) {
    const page = await openSeed(ext, site.url(path));
    await expect.poll(async () => (await tickSpans(page)).length).toBeGreaterThan(0);
    const { rules, measured } = await highlightContrast(page);
    // Every look's rule was read (else nothing would be measured against it).
    expect(rules.sort()).toEqual(['error', 'error-related', 'warning', 'warning-related', 'info', 'info-related', 'verified', 'current', 'flash'].map((n) => `suanpan-${n}`).sort());
    expect(measured.length).toBeGreaterThanOrEqual(rules.length + 9);
    expect(measured.filter((m) => m.ratio < 4.5), path).toEqual([]);
    await page.close();
  }
});

test('every control in the panel, the options page and the card shows the keyboard focus', async ({ ext, site }) => {
  const page = await openSeed(ext, site.url(SEED));

  const panel = await openPanel(ext, page);
  await expect(panel.locator('li.finding').first()).toBeVisible();
  const panelStops = await tabThrough(panel, () => true);
  expect(panelStops.length).toBeGreaterThan(8);
  expect(panelStops.map((s) => s.element)).toEqual(expect.arrayContaining([expect.stringMatching(/^input/), expect.stringMatching(/^button\.finding-go/)]));
  expect(panelStops.filter((s) => !s.visible)).toEqual([]);
  // The probe fails what it should: a control whose focus ring was taken away.
  await panel.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = '对照';
    button.style.outline = 'none';
    document.querySelector('main')!.append(button);
    button.focus();
  });
  expect(await panel.evaluate(focusedIndicator)).toMatchObject({ visible: false });

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await expect(options.locator('tbody tr').first()).toBeVisible();
  const optionStops = await tabThrough(options, () => true);
  expect(optionStops.length).toBeGreaterThan(3);
  expect(optionStops.filter((s) => !s.visible)).toEqual([]);
  await options.close();
  await panel.close();

  // The card: itself (it takes the focus), then its controls until the focus leaves our shadow root;
  // then, from the card backwards, the badge's controls.
  await page.bringToFront();
  await openCard(ext, page);
  const cardItself = await page.evaluate(focusedIndicator);
  expect(cardItself?.element).toMatch(/card/);
  expect(cardItself?.visible).toBe(true);
  const inOverlay = (stop: FocusStop) => stop.element.startsWith('shadow ');
  const cardStops = await tabThrough(page, inOverlay);
  expect(cardStops.map((s) => s.element)).toEqual(expect.arrayContaining([expect.stringMatching(/card-close/), expect.stringMatching(/^shadow summary/), expect.stringMatching(/下一处|Next/)]));
  await page.evaluate(() => document.querySelector('suanpan-ui')!.shadowRoot!.querySelectorAll('[data-test-focused]').forEach((el) => el.removeAttribute('data-test-focused')));
  await openCard(ext, page);
  const badgeStops = await tabThrough(page, inOverlay, 'Shift+Tab');
  expect(badgeStops.map((s) => s.element)).toEqual(expect.arrayContaining([expect.stringMatching(/badge-close/), expect.stringMatching(/badge-main/)]));
  expect([...cardStops, ...badgeStops].filter((s) => !s.visible)).toEqual([]);
  await page.close();
});

test('switching the highlights off and on is announced, in the panel and on the page', async ({ ext, site }) => {
  const page = await openSeed(ext, site.url(SEED));
  const pageLive = page.locator('suanpan-ui [aria-live="polite"]');
  const panel = await openPanel(ext, page);
  const panelLive = panel.locator('[aria-live="polite"][data-live="switches"]');
  await expect(panelLive).toHaveText('');
  // The first switch: 在页面上标出数字 (highlights on the page).
  const toggle = panel.getByRole('switch').first();

  await toggle.click();
  await expect(panelLive).toHaveText(HIDDEN);
  await expect(pageLive).toContainText(PAGE_HIDDEN);
  await expect.poll(async () => (await paintedSpans(page)).length).toBe(0);
  await toggle.click();
  await expect(panelLive).toHaveText(SHOWN);
  await expect(pageLive).toContainText(PAGE_SHOWN);
  await expect.poll(async () => (await paintedSpans(page)).length).toBeGreaterThan(0);

  // Alt+Shift+H: the background flips the stored switch (background.ts, 'toggle-highlights'); the page says so.
  await ext.worker.evaluate(async () => {
    const { settings } = (await chrome.storage.local.get('settings')) as { settings: { highlights: boolean } };
    await chrome.storage.local.set({ settings: { ...settings, highlights: !settings.highlights } });
  });
  await expect(pageLive).toContainText(PAGE_HIDDEN);
  await expect(toggle).not.toBeChecked();
  await panel.close();
  await page.close();
});

test('every finding can be reached from the keyboard and is named by what is wrong', async ({ ext, site }) => {
  const path = SEED;
  const url = site.url(path);
  const { report, stops } = referenceForFile(path, url);
  const page = await openSeed(ext, url);
  const shown = report.findings.filter((f) => f.severity !== 'info');
  // The page says it in the browser's language: either rendering of the finding's explanation.
  const says = (text: string, finding: Finding) => [finding.message, finding.explain ? describe(finding.explain, 'en') : null].some((m) => m !== null && text.includes(m));

  // On the page: the screen-reader list names each finding shown, and next/previous visits each
  // highlighted figure, its card named by the figure and the live region saying what is wrong.
  // (The list comes a frame after the badge: see OverlayState.spoken.)
  await expect(page.locator('suanpan-ui section.sr-only ol li').first()).toBeAttached();
  const spoken = await page.locator('suanpan-ui section.sr-only ol li').allTextContents();
  // …and it is in the browser's accessibility tree, which is what a screen reader reads.
  const exposed = await accessibleTexts(page);
  expect(spoken.length).toBeGreaterThan(0);
  for (const text of spoken) expect(exposed.has(text), text).toBe(true);
  const card = page.locator('suanpan-ui .card');
  const live = page.locator('suanpan-ui [aria-live="polite"]');
  const reached = new Set<Finding>();
  expect(stops.length).toBeGreaterThan(1);
  for (let i = 0; i < stops.length; i++) {
    await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
    await expect(card).toBeFocused();
    await expect(live).toContainText(new RegExp(`第 ${i + 1} 处，共 ${stops.length} 处|${i + 1} of ${stops.length}`));
    const figure = (await card.locator('.card-figure').textContent())!;
    expect(figure).toBe(stops[i]);
    await expect(card).toHaveAttribute('role', 'dialog');
    await expect(card).toHaveAccessibleName(new RegExp(figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const said = (await live.textContent())!;
    const about = shown.filter((finding) => says(said, finding));
    expect(about.length, said).toBeGreaterThan(0);
    for (const finding of about) reached.add(finding);
  }
  // Every finding whose own figure is highlighted was reached and said; every finding shown is in the list.
  for (const finding of shown) expect(spoken.some((text) => says(text, finding)), finding.message).toBe(true);
  for (const finding of shown.filter((f) => stops.includes(f.figures[0]?.text ?? ''))) expect(reached.has(finding), finding.message).toBe(true);

  // In the panel: each finding's button is in the tab order (unless its figures are not on the page)
  // and named by the check and the figures.
  const panel = await openPanel(ext, page);
  const items = panel.locator('li.finding');
  await expect(items).toHaveCount(shown.length);
  for (let i = 0; i < shown.length; i++) {
    const button = items.nth(i).locator('button.finding-go');
    const index = Number(await items.nth(i).getAttribute('data-finding'));
    const finding = report.findings[index]!;
    await expect(button).toHaveAccessibleName(new RegExp(finding.figures[0]!.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(items.nth(i)).toContainText(finding.figures[0]!.text);
    expect(says((await items.nth(i).textContent())!, finding), finding.message).toBe(true);
    if (await button.isEnabled()) {
      await button.focus();
      await expect(button).toBeFocused();
    }
  }
  await panel.close();
  await page.close();
});
