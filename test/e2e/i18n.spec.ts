/**
 * The extension speaks the browser's language: English in an English Chromium (badge, card, side
 * panel, with numbers grouped the English way), Chinese by default. Text copied from the page (the
 * title, the unit, figures, quotes) stays as printed in both.
 */
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, type Extension } from './browser';
import { expect, openPanel, resetSettings, sendToTab, test } from './harness';
import type { WorkerChrome } from './worker-chrome';

declare const chrome: WorkerChrome & { i18n: { getUILanguage(): string; getMessage(name: string): string } };

const SEED = 'seeds/panzhihua-dongqu-2024-juesuan.html';
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** The UI's own words in the panel (not the document's): headings, labels, buttons, notes. */
const PANEL_CHROME = ['h1', '.facts dt', '.switches label', '.results > h3', '.stats', '.export', '.panel-footer', '.history > h3', '.finding-go', '.finding-head', '.finding-numbers dt', '.finding-figures summary', '.figure-role'];
/** The same in the card on the page. */
const CARD_CHROME = ['.card-position', '.card-nav', '.finding-head', '.finding-numbers dt', '.finding-figures summary', '.figure-role'];

async function languageOf(ext: Extension): Promise<{ ui: string; messages: string }> {
  return ext.worker.evaluate(() => ({ ui: chrome.i18n.getUILanguage(), messages: chrome.i18n.getMessage('ui_locale') }));
}

async function texts(page: Page, selectors: readonly string[], root = ''): Promise<string[]> {
  const out: string[] = [];
  for (const selector of selectors) out.push(...(await page.locator(`${root}${selector}`).allTextContents()));
  return out.map((text) => text.trim()).filter(Boolean);
}

async function openCard(ext: Extension, page: Page) {
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
  const card = page.locator('suanpan-ui .card');
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  return card;
}

test.describe('in an English browser', () => {
  let ext: Extension & { close(): Promise<void> };
  test.beforeAll(async () => {
    ext = await launchWithExtension(EXTENSION_DIR, { language: 'en_US', args: ['--lang=en-US'] });
  });
  test.afterAll(async () => ext.close());

  test('the extension really runs in English', async () => {
    expect(await languageOf(ext)).toEqual({ ui: expect.stringMatching(/^en/), messages: 'en' });
  });

  test('badge, card and side panel show English UI text', async ({ site }) => {
    const page = await ext.context.newPage();
    await page.goto(site.url(SEED));
    const badge = page.locator('suanpan-ui .badge');
    await expect(badge).toHaveAttribute('aria-label', 'Suanpan audit results');
    await expect(badge.locator('.badge-main')).toContainText(/Error \d+/);
    await expect(badge.locator('.badge-hint')).toContainText('Click or press Alt+Shift+S');
    await expect(page.locator('suanpan-ui .suanpan-overlay')).toHaveAttribute('lang', 'en');

    const card = await openCard(ext, page);
    await expect(card).toHaveAttribute('aria-label', /^Suanpan: about the figure /);
    await expect(card.locator('.card-position')).toHaveText(/^mark 1 of \d+$/);
    await expect(card.getByRole('button', { name: 'Next' })).toBeVisible();
    await expect(page.locator('suanpan-ui [aria-live]')).toContainText(/^Mark 1 of \d+\. (Error|Warning), /);
    const cardWords = await texts(page, CARD_CHROME, 'suanpan-ui .card ');
    expect(cardWords.length).toBeGreaterThan(3);
    expect(cardWords.filter((text) => CJK.test(text))).toEqual([]);

    const panel = await openPanel(ext, page);
    await expect(panel.locator('h1')).toHaveText('Suanpan · Audit');
    await expect(panel).toHaveTitle('Suanpan · Audit');
    await expect(panel.locator('main.panel')).toHaveAttribute('lang', 'en');
    await expect(panel.locator('.facts dt')).toHaveText(['Unit', 'Year', 'Kind', 'Address']);
    await expect(panel.locator('.facts')).toContainText('final accounts');
    await expect(panel.getByRole('switch', { name: 'Show notes (rounding gaps, not checkable)' })).toBeVisible();
    await expect(panel.locator('li.finding').first()).toBeVisible();
    // Totals: English names, numbers in the English form (thousands grouped: the seeds' totals are all
    // under 1000 万元, so grouping itself is checked in test/export/words.test.ts).
    const totals = panel.locator('.totals tr');
    expect(await totals.count()).toBeGreaterThan(0);
    for (const name of await totals.locator('th').allTextContents()) expect(name).not.toMatch(CJK);
    const amounts = await totals.locator('td').allTextContents();
    for (const amount of amounts) expect(amount).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
    await expect(panel.locator('.stats')).toHaveText(/^\d[\d,]* figures read, [\d,]+ relations, [\d,]+ checked, [\d,]+ could not be checked\.$/);
    const panelWords = await texts(panel, PANEL_CHROME);
    expect(panelWords.length).toBeGreaterThan(10);
    expect(panelWords.filter((text) => CJK.test(text))).toEqual([]);
    // The checklist view: its words, and the requirements and their reasons, in English too.
    await panel.getByRole('tab', { name: /^Checklist/ }).click();
    await expect(panel.locator('.checklist-summary')).toContainText(/^Checklist: \d+ items, ✓ \d+, ✗ \d+, not applicable \d+, not checked \d+/);
    await expect(panel.locator('.checklist-group h4')).toHaveText([/^Completeness/, /^Level of detail/, /^Truthfulness \/ consistency/, /^Form/]);
    const checklistWords = await texts(panel, ['.view-tab', '.checklist-summary', '.checklist-group h4', '.checklist-empty', '.checklist-word', '.checklist-label', '.checklist-detail', '.checklist-places summary', '.checklist-go']);
    expect(checklistWords.length).toBeGreaterThan(10);
    expect(checklistWords.filter((text) => CJK.test(text))).toEqual([]);
    await panel.close();
    await page.close();
  });
});

test.describe('by default', () => {
  test.beforeEach(async ({ ext }) => resetSettings(ext));

  test('the extension runs in Chinese, as the documents do', async ({ ext, site }) => {
    expect(await languageOf(ext)).toEqual({ ui: 'zh-CN', messages: 'zh_CN' });
    const page = await ext.context.newPage();
    await page.goto(site.url(SEED));
    await expect(page.locator('suanpan-ui .badge')).toHaveAttribute('aria-label', '算盘核算结果');
    await expect(page.locator('suanpan-ui .badge-main')).toContainText(/错误 \d+/);
    const card = await openCard(ext, page);
    await expect(card.locator('.card-position')).toHaveText(/^标出的第 1 处，共 \d+ 处$/);
    await expect(card.getByRole('button', { name: '下一处' })).toBeVisible();

    const panel = await openPanel(ext, page);
    await expect(panel.locator('h1')).toHaveText('算盘 · 核算');
    await expect(panel).toHaveTitle('算盘 · 核算');
    await expect(panel.locator('.facts dt')).toHaveText(['单位', '年度', '类型', '地址']);
    // No digit grouping in Chinese: the totals read like the page they came from.
    for (const amount of await panel.locator('.totals td').allTextContents()) expect(amount).toMatch(/^-?\d+(\.\d+)?$/);
    await panel.close();
    await page.close();
  });
});
