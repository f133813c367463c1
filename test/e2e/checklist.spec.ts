/**
 * The panel's checklist view, in the built extension on a served seed page: the findings come first;
 * the tab pair is reached and switched from the keyboard, showing its focus; the checklist lists the
 * engine's items in the inspections' groups with their status in words, readable (contrast); and a ✗'s
 * button scrolls the page to its figure, flashes it and opens its card. The panel's screenshot with the
 * checklist shown is written to this test's output folder (README: docs/screenshots/checklist.png).
 */
import { auditContrast, focusedIndicator } from './contrast';
import { expect, openPanel, resetSettings, test } from './harness';
import { layerRects, watchConsole } from './probes';
import { referenceForFile } from './reference';

const SEED = 'seeds/panzhihua-dongqu-2024-juesuan.html';
const PANEL = { width: 420, height: 900 };
const GROUPS = ['完整性', '细化程度', '真实性/一致性', '规范性'];

test.beforeEach(async ({ ext }) => resetSettings(ext));

test('the checklist beside the findings: keyboard, groups, words, and a ✗ that goes to its figure', async ({ ext, site }, testInfo) => {
  const url = site.url(SEED);
  const { report } = referenceForFile(SEED, url);
  const items = report.checklist!.items;
  const failed = items.find((item) => item.status === 'fail' && item.findings.length > 0)!;
  expect(failed, 'the seed has a ✗ made by a finding').toBeDefined();
  const target = report.findings[failed.findings[0]!]!;

  const page = await ext.context.newPage();
  const consoleProblems = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  const panel = await openPanel(ext, page);
  await panel.setViewportSize(PANEL);

  // Findings first and selected; the checklist's tab names how many items are not met.
  const findingsTab = panel.getByRole('tab', { name: /^问题/ });
  const checklistTab = panel.getByRole('tab', { name: /^清单/ });
  await expect(findingsTab).toHaveAttribute('aria-selected', 'true');
  await expect(checklistTab).toHaveAttribute('aria-selected', 'false');
  await expect(checklistTab).toHaveText(`清单（${items.filter((item) => item.status === 'fail').length} 项不符合）`);
  await expect(panel.locator('li.finding').first()).toBeVisible();
  await expect(panel.locator('.checklist')).toBeHidden();

  // From the keyboard: the selected tab is the Tab stop, an arrow selects the other and moves the focus.
  await findingsTab.focus();
  await panel.keyboard.press('ArrowRight');
  await expect(checklistTab).toBeFocused();
  await expect(checklistTab).toHaveAttribute('aria-selected', 'true');
  expect(await panel.evaluate(focusedIndicator)).toMatchObject({ visible: true });
  await expect(panel.locator('li.finding').first()).toBeHidden();
  await expect(panel.getByRole('tabpanel', { name: /^清单/ })).toBeVisible();

  // The groups in order; each item of the engine's under its group, with its status in words.
  await expect(panel.locator('.checklist-group h4')).toHaveText(GROUPS.map((group) => new RegExp(`^${group}`)));
  await expect(panel.locator('li.checklist-item')).toHaveCount(items.length);
  for (const item of items) {
    const li = panel.locator(`li.checklist-item[data-item="${item.id}"]`);
    await expect(li).toHaveAttribute('data-status', item.status);
    await expect(li.locator('.checklist-word')).toHaveText({ pass: '符合', fail: '不符合', na: '不适用', unchecked: '未核对' }[item.status]);
  }
  const counts = (status: string) => items.filter((item) => item.status === status).length;
  await expect(panel.locator('.checklist-summary')).toContainText(`清单：${items.length} 项，✓ ${counts('pass')}，✗ ${counts('fail')}，不适用 ${counts('na')}，未核对 ${counts('unchecked')}`);
  expect((await auditContrast(panel, null)).problems).toEqual([]);
  await panel.screenshot({ path: testInfo.outputPath('checklist.png') });

  // The ✗ goes to its figure: the page was at the top and the figure is further down.
  await page.evaluate(() => window.scrollTo(0, 0));
  const button = panel.locator(`li.checklist-item[data-item="${failed.id}"] button.checklist-go`);
  await expect(button).toBeEnabled();
  await button.click();
  await expect.poll(async () => (await layerRects(page, 'suanpan-flash')).length).toBeGreaterThan(0);
  const [flashed] = await layerRects(page, 'suanpan-flash');
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(flashed!.y).toBeGreaterThanOrEqual(0);
  expect(flashed!.y + flashed!.height).toBeLessThanOrEqual(900);
  // The flashed text is the finding's figure, and its card explains the finding.
  const flashedText = await page.evaluate(() => [...(CSS.highlights.get('suanpan-flash') as unknown as Iterable<AbstractRange>)].map((range) => (range as Range).toString()).join(''));
  const digits = (text: string) => text.replace(/[^\d.]/g, '');
  expect(digits(flashedText)).toBe(digits(target.figures[0]!.text));
  await expect(page.locator('suanpan-ui .card')).toContainText(target.message);
  // The panel keeps the checklist shown.
  await expect(checklistTab).toHaveAttribute('aria-selected', 'true');

  expect(consoleProblems).toEqual([]);
  await panel.close();
  await page.close();
});
