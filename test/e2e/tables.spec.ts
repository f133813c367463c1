/**
 * Tables on the page (test/e2e/pages/tables.html: the sample tables of test/tables/sample.ts with one
 * planted wrong cell, and a prose paragraph with an error of its own): the wrong cell is painted on
 * exactly its number inside its <td>, its card names the identity and the table, the panel groups the
 * findings by table, and next/previous walk the primary figures in document order, cells included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SANGONG_TABLE } from '../tables/sample';
import { expect, openPanel, resetSettings, ROOT, sendToTab, test } from './harness';
import { layerRects, paintedSpans, relatedSpans, watchConsole } from './probes';
import { referenceForFile } from './reference';

const PATH = 'test/e2e/pages/tables.html';
const TITLE = '一般公共预算财政拨款支出决算表';

test.beforeEach(async ({ ext }) => resetSettings(ext));

/** Where a painted stretch with this text is, and the <td> (with its row's name cell) it sits in. */
function paintedCell(page: Page, layer: string, text: string) {
  return page.evaluate(
    ([layer, text]) => {
      for (const range of (CSS.highlights.get(layer) ?? []) as Iterable<AbstractRange>) {
        const live = range as Range;
        if (live.toString() !== text) continue;
        const td = live.startContainer.parentElement?.closest('td');
        const rect = live.getBoundingClientRect();
        const box = td?.getBoundingClientRect();
        return {
          cellText: td?.textContent ?? null,
          rowName: td?.parentElement?.children[3]?.textContent ?? null,
          column: td ? [...td.parentElement!.children].indexOf(td) : -1,
          range: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
          inside: !!box && rect.left >= box.left && rect.right <= box.right && rect.top >= box.top && rect.bottom <= box.bottom,
        };
      }
      return null;
    },
    [layer, text] as const,
  );
}

test('a wrong table cell: highlighted on its number in its <td>, its card, and the panel grouped by table', async ({ ext, site }) => {
  // The fixture is made from the table tests' own samples.
  expect(readFileSync(join(ROOT, PATH), 'utf8')).toContain(SANGONG_TABLE.trim());
  const url = site.url(PATH);
  const reference = referenceForFile(PATH, url);
  const { report } = reference;
  const wrong = report.findings.find((f) => f.check === 'table-cross-footing' && f.severity === 'error');
  expect(wrong, 'the engine finds the planted cell').toBeDefined();
  expect(wrong!.table).toBe(TITLE);
  expect(wrong!.figures[0]!.text).toBe('215.63');
  expect(wrong!.figures[0]!.at).toMatchObject({ block: -1, table: 0 });
  const tableFindings = report.findings.filter((f) => f.table && f.severity !== 'info');
  const proseFindings = report.findings.filter((f) => !f.table && f.severity !== 'info');
  expect(proseFindings.length).toBeGreaterThan(0);

  const page = await ext.context.newPage();
  const consoleProblems = watchConsole(page);
  await page.goto(url);
  await expect(page.locator('suanpan-ui .badge')).toBeVisible();
  await expect.poll(() => paintedSpans(page)).toEqual(reference.spans);
  await expect.poll(() => relatedSpans(page)).toEqual(reference.related);

  // The planted cell: exactly its number, in the 合计 column of the 行政运行 row, as a primary error.
  const cell = await paintedCell(page, 'suanpan-error', '215.63');
  expect(cell).toMatchObject({ cellText: '215.63', rowName: '行政运行', column: 4, inside: true });
  // The 基本支出 it was compared with is related, not an error of its own.
  const compared = await paintedCell(page, 'suanpan-error-related', '215.36');
  expect(compared).toMatchObject({ cellText: '215.36', rowName: '行政运行', column: 5, inside: true });

  // Its card: the identity in words, the table's title, which figure is in question.
  const card = page.locator('suanpan-ui .card');
  await page.mouse.move(cell!.range.x + cell!.range.width / 2, cell!.range.y + cell!.range.height / 2);
  await expect(card).toBeVisible();
  await expect(card.locator('.card-figure')).toHaveText('215.63');
  await expect(card).toContainText(wrong!.message);
  await expect(card).toContainText('基本支出 + 项目支出');
  await expect(card).toContainText(`表格：${TITLE}`);
  await expect(card).toContainText('存疑的数字');
  await expect(card).toContainText('用来核对的数字');
  await expect(card.locator('.card-role')).toHaveCount(0);
  // The identity the cell itself breaks (215.63 ≠ 215.36 + 0) comes first, before its parent row's
  // (where the cell is one of the parts); and the card is inside the window.
  await expect(card.locator('.finding-message').first()).toHaveText(wrong!.message);
  const cardBox = (await card.boundingBox())!;
  expect(cardBox.y).toBeGreaterThanOrEqual(0);
  expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(page.viewportSize()!.height);

  // A related figure's card says it only took part.
  await page.mouse.move(2, 2);
  await expect(card).toBeHidden();
  await page.mouse.move(compared!.range.x + compared!.range.width / 2, compared!.range.y + compared!.range.height / 2);
  await expect(card.locator('.card-figure')).toHaveText('215.36');
  await expect(card.locator('.card-role')).toContainText('用来核对的数字');
  await expect(card).toContainText(wrong!.message);
  await page.mouse.move(2, 2);

  // Screen-reader text names the figure in question and the ones compared with it.
  const spoken = page.locator('suanpan-ui section.sr-only li', { hasText: wrong!.message });
  await expect(spoken).toContainText('存疑的数字：215.63万元');
  await expect(spoken).toContainText('用来核对的数字：215.36');

  // The panel: table findings under the table's title; prose findings by severity and kind as before.
  const panel = await openPanel(ext, page);
  const group = panel.locator('section.table-group', { has: panel.locator('.table-title', { hasText: TITLE }) });
  await expect(group).toHaveCount(1);
  await expect(group.locator('li.finding')).toHaveCount(tableFindings.filter((f) => f.table === TITLE).length);
  await expect(group).toContainText(wrong!.message);
  await expect(panel.locator('section.severity-group li.finding')).toHaveCount(proseFindings.length);
  await expect(panel.locator('section.severity-group h3').first()).toContainText('正文');
  await expect(panel.locator('li.finding')).toHaveCount(tableFindings.length + proseFindings.length);
  // "定位" goes to the cell itself.
  await group.locator(`li.finding[data-finding="${report.findings.indexOf(wrong!)}"] .finding-go`).click();
  await expect.poll(async () => (await layerRects(page, 'suanpan-flash')).length).toBeGreaterThan(0);
  const [flashed] = await layerRects(page, 'suanpan-flash');
  const now = await paintedCell(page, 'suanpan-error', '215.63');
  expect(Math.abs(flashed!.x - now!.range.x)).toBeLessThan(1);
  expect(Math.abs(flashed!.y - now!.range.y)).toBeLessThan(1);
  expect(flashed!.y).toBeGreaterThanOrEqual(0);
  expect(flashed!.y + flashed!.height).toBeLessThanOrEqual(900);

  expect(consoleProblems).toEqual([]);
  await panel.close();
  await page.close();
});

test('next and previous walk the primary figures in document order, table cells included', async ({ ext, site }) => {
  const url = site.url(PATH);
  const { stops } = referenceForFile(PATH, url);
  expect(stops).toContain('215.63');
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect.poll(() => paintedSpans(page).then((spans) => spans.length)).toBe(stops.length);
  const card = page.locator('suanpan-ui .card');
  const visited: string[] = [];
  for (let i = 0; i < stops.length; i++) {
    await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
    await expect(card).toContainText(`标出的第 ${i + 1} 处，共 ${stops.length} 处`);
    visited.push((await card.locator('.card-figure').textContent()) ?? '');
  }
  expect(visited).toEqual(stops);
  // Round the end, and back.
  await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'next' });
  await expect(card).toContainText(`标出的第 1 处，共 ${stops.length} 处`);
  await sendToTab(ext, page, { type: 'suanpan:navigate', direction: 'previous' });
  await expect(card).toContainText(`标出的第 ${stops.length} 处，共 ${stops.length} 处`);
  await expect(card.locator('.card-figure')).toHaveText(stops[stops.length - 1]!);
  await page.close();
});
