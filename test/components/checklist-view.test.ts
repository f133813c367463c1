/**
 * The panel's checklist view (components/ChecklistView.tsx) and its tab beside the findings
 * (components/Panel.tsx): every status shown with its word (not only the glyph), the groups in the
 * inspections' order whatever the items' order, the summary line, and the ✗ item's button going to its
 * first finding on the page, or to its place when it has no finding.
 */
import { createElement, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChecklistView, type ChecklistViewProps } from '../../components/ChecklistView';
import { Panel, type FrameState } from '../../components/Panel';
import { lookupFor } from '../../lib/i18n/dictionaries';
import type { Checklist, ChecklistItem, DocumentReport, FigureRef } from '../../lib/report';
import { installDom } from '../helpers/overlay-dom';

vi.mock('wxt/browser', () => import('../helpers/overlay-dom'));
vi.mock('react/jsx-dev-runtime', () => import('preact/jsx-runtime'));

const zh = (key: string) => lookupFor('zh_CN')(key)!;

const place = (text: string, block: number): FigureRef => ({ text, value: text, unit: '万元', quote: `合计${text}万元`, at: { block, start: 2, end: 2 + text.length } });
const item = (id: string, group: ChecklistItem['group'], status: ChecklistItem['status'], more: Partial<ChecklistItem> = {}): ChecklistItem => ({
  id,
  group,
  status,
  label: `label of ${id}`,
  places: [],
  findings: [],
  ...more,
});

// Deliberately out of the groups' order: the view orders them.
const CHECKLIST: Checklist = {
  version: 1,
  items: [
    item('no-placeholders', 'form', 'pass'),
    item('figures-consistent', 'consistency', 'fail', { detail: '发现 2 处问题', places: [place('12.00', 3), place('12.00', 3), place('4.00', 5)], findings: [0, 1] }),
    item('contents-match', 'completeness', 'unchecked', { detail: '相关检查未运行（已关闭或未完成）' }),
    item('units-printed', 'form', 'na', { detail: 'not for this kind' }),
    item('orphan-place', 'form', 'fail', { detail: 'a place with no finding', places: [place('9.00', 7)] }),
  ],
};

let container: HTMLElement;
beforeEach(() => {
  installDom();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => render(null, container));

function show(props: Partial<ChecklistViewProps> = {}) {
  const onReveal = vi.fn(async (_finding: number) => true);
  const onRevealPlace = vi.fn(async (_item: string) => true);
  render(createElement(ChecklistView, { checklist: CHECKLIST, placed: [0, 2], onReveal, onRevealPlace, ...props }), container);
  return { onReveal, onRevealPlace };
}

const itemEl = (id: string) => container.querySelector(`li[data-item="${id}"]`)!;
const click = (element: Element) => element.dispatchEvent(new (window as unknown as typeof globalThis).Event('click', { bubbles: true }));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ChecklistView', () => {
  it('groups in the order 完整性, 细化程度, 真实性/一致性, 规范性, each item under its own, in its order', () => {
    show();
    const groups = [...container.querySelectorAll('section.checklist-group')];
    expect(groups.map((group) => group.querySelector('h4')!.firstChild!.textContent)).toEqual(['完整性', '细化程度', '真实性/一致性', '规范性']);
    expect(groups.map((group) => [...group.querySelectorAll('li.checklist-item')].map((li) => li.getAttribute('data-item')))).toEqual([
      ['contents-match'],
      [],
      ['figures-consistent'],
      ['no-placeholders', 'units-printed', 'orphan-place'],
    ]);
    // An empty group says so rather than looking complete.
    expect(groups[1]!.querySelector('.checklist-empty')!.textContent).toBe(zh('ui_checklist_emptyGroup'));
  });

  it('each status as a glyph hidden from screen readers and a word they read; details under the label', () => {
    show();
    const status = (id: string) => [itemEl(id).querySelector('.checklist-mark')!.textContent, itemEl(id).querySelector('.checklist-mark')!.getAttribute('aria-hidden'), itemEl(id).querySelector('.checklist-word')!.textContent];
    expect(status('no-placeholders')).toEqual(['✓', 'true', '符合']);
    expect(status('figures-consistent')).toEqual(['✗', 'true', '不符合']);
    expect(status('units-printed')).toEqual(['—', 'true', '不适用']);
    expect(status('contents-match')).toEqual(['?', 'true', '未核对']);
    // The requirement in the panel's language (its message), else as the report carries it.
    expect(itemEl('contents-match').querySelector('.checklist-label')!.textContent).toBe(zh('checklist_label_contentsMatch'));
    expect(itemEl('orphan-place').querySelector('.checklist-label')!.textContent).toBe('label of orphan-place');
    expect(itemEl('contents-match').querySelector('.checklist-detail')!.textContent).toBe('相关检查未运行（已关闭或未完成）');
    expect(itemEl('no-placeholders').querySelector('.checklist-detail')).toBeNull();
  });

  it('a summary line with the counts, and the same in words for screen readers', () => {
    show();
    const [visible, spoken] = [...container.querySelectorAll('.checklist-summary > span')];
    expect(visible!.getAttribute('aria-hidden')).toBe('true');
    expect(visible!.textContent).toBe('清单：5 项，✓ 1，✗ 2，不适用 1，未核对 1');
    expect(spoken!.className).toBe('sr-only');
    expect(spoken!.textContent).toBe('清单共 5 项：符合 1 项，不符合 2 项，不适用 1 项，未核对 1 项');
  });

  it('only ✗ items link to the page; places listed once each', () => {
    show();
    expect([...container.querySelectorAll('button.checklist-go')].map((button) => button.closest('li.checklist-item')!.getAttribute('data-item'))).toEqual(['figures-consistent', 'orphan-place']);
    expect([...itemEl('figures-consistent').querySelectorAll('.checklist-places li')].map((li) => li.textContent)).toEqual(['12.00 合计12.00万元', '4.00 合计4.00万元']);
    expect(itemEl('figures-consistent').querySelector('.checklist-places summary')!.textContent).toBe('出处（2）');
  });

  it('a ✗ goes to its first finding that is on the page (finding 0 is not: finding 1)', async () => {
    const { onReveal, onRevealPlace } = show();
    const button = itemEl('figures-consistent').querySelector('button.checklist-go')!;
    expect(button.getAttribute('aria-label')).toBe(`在页面上定位：${zh('checklist_label_figuresConsistent')}`);
    click(button);
    await flush();
    expect(onReveal.mock.calls).toEqual([[1]]);
    expect(onRevealPlace).not.toHaveBeenCalled();
  });

  it('a ✗ with places and no finding goes to its place, by the item id', async () => {
    const { onReveal, onRevealPlace } = show();
    click(itemEl('orphan-place').querySelector('button.checklist-go')!);
    await flush();
    expect(onRevealPlace.mock.calls).toEqual([['orphan-place']]);
    expect(onReveal).not.toHaveBeenCalled();
  });

  it('says so when the page could not show it', async () => {
    show({ onReveal: async () => false });
    click(itemEl('figures-consistent').querySelector('button.checklist-go')!);
    await flush();
    expect(itemEl('figures-consistent').querySelector('.finding-note')!.textContent).toBe(zh('ui_findings_cannotLocate'));
  });

  it('a ✗ none of whose findings is on the page has a disabled button that says so', () => {
    const { onReveal } = show({ placed: [0, 0] });
    const button = itemEl('figures-consistent').querySelector('button.checklist-go')!;
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.textContent).toBe(zh('ui_checklist_notLocated'));
    click(button);
    expect(onReveal).not.toHaveBeenCalled();
  });
});

describe('the panel: findings first, the checklist a tab beside them', () => {
  const report = (checklist?: Checklist): DocumentReport => ({
    source: 'x',
    detected: true,
    kind: '决算',
    year: 2024,
    unit: '某单位',
    title: '某单位2024年度决算',
    totals: {},
    findings: [
      { check: 'parts-total', severity: 'error', message: 'parts do not add up', figures: [place('12.00', 3)], expected: '8.00万元', actual: '12.00万元' },
      { check: 'share', severity: 'warning', message: 'share is off', figures: [place('4.00', 5)], expected: null, actual: null },
    ],
    stats: { figures: 2, relations: 2, checked: 2, unchecked: 0 },
    truncated: false,
    verified: [],
    ...(checklist ? { checklist } : {}),
  });
  const frame = (checklist?: Checklist): FrameState => ({ frameId: 0, receivedAt: new Date(), state: { url: 'https://x.gov.cn/a', title: 't', status: 'done', report: report(checklist), placed: [1, 1], error: null } });
  const panel = (checklist?: Checklist, onReveal = vi.fn(async () => true)) => {
    render(
      createElement(Panel, { status: 'ready', frames: [frame(checklist)], settings: { highlights: true, showInfo: false, ticks: false }, onSettings: () => undefined, onReveal, enable: null }),
      container,
    );
    return onReveal;
  };
  const tabs = () => [...container.querySelectorAll('[role="tab"]')];

  const views = () => [...container.querySelectorAll('[role="tabpanel"]')];

  it('two tabs, findings selected and the only Tab stop; the checklist view hidden', () => {
    panel(CHECKLIST);
    expect(tabs().map((tab) => [tab.textContent, tab.getAttribute('aria-selected'), tab.getAttribute('tabindex')])).toEqual([
      ['问题（2）', 'true', '0'],
      ['清单（2 项不符合）', 'false', '-1'],
    ]);
    expect(views().map((view) => view.hasAttribute('hidden'))).toEqual([false, true]);
    expect(views()[0]!.querySelectorAll('li.finding')).toHaveLength(2);
    expect(tabs()[1]!.getAttribute('aria-controls')).toBe(views()[1]!.id);
    expect(views()[1]!.getAttribute('aria-labelledby')).toBe(tabs()[1]!.id);
  });

  it('a click, or an arrow key on the tab list, selects the other view', async () => {
    panel(CHECKLIST);
    click(tabs()[1]!);
    await flush();
    expect(tabs().map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(views().map((view) => view.hasAttribute('hidden'))).toEqual([true, false]);
    // On the tab list itself: linkedom calls a listener met while bubbling with the target as `this`.
    const press = async (name: string) => {
      const key = new (window as unknown as typeof globalThis).Event('keydown', { bubbles: true });
      Object.defineProperty(key, 'key', { value: name });
      container.querySelector('[role="tablist"]')!.dispatchEvent(key);
      await flush();
    };
    const selected = () => tabs().map((tab) => tab.getAttribute('aria-selected'));
    await press('End');
    expect(selected()).toEqual(['false', 'true']);
    await press('Home');
    expect(selected()).toEqual(['true', 'false']);
    // Up and down are left to scroll the panel; other keys do nothing.
    await press('ArrowDown');
    await press('toString');
    expect(selected()).toEqual(['true', 'false']);
    await press('ArrowLeft');
    expect(selected()).toEqual(['false', 'true']);
    await press('ArrowRight');
    // Past the last tab wraps to the first.
    expect(tabs().map((tab) => [tab.getAttribute('aria-selected'), tab.getAttribute('tabindex')])).toEqual([
      ['true', '0'],
      ['false', '-1'],
    ]);
  });

  it('the checklist view goes to the page through the panel’s reveal, with the frame', async () => {
    const onReveal = panel(CHECKLIST);
    click(tabs()[1]!);
    await flush();
    click(container.querySelector('li[data-item="figures-consistent"] button.checklist-go')!);
    await flush();
    // Both findings are on the page (placed [1, 1]): the first.
    expect(onReveal.mock.calls).toEqual([[0, 0]]);
  });

  it('a report without a checklist has no tabs, only the findings', () => {
    panel(undefined);
    expect(tabs()).toHaveLength(0);
    expect(container.querySelectorAll('li.finding')).toHaveLength(2);
    expect(container.querySelector('.checklist')).toBeNull();
  });
});
