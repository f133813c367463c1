/**
 * One finding explained (components/FindingDetails.ts), as the page's card and the side panel show it:
 * the parts and their order, which figure is pointed out, and that the panel (FindingList.tsx, through
 * Preact) shows the very same markup and keeps it across an update that brings an equal finding. Also
 * the words: `i18n.t` over browser.i18n (components/i18n.ts).
 */
import { createElement, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findingDetails } from '../../components/FindingDetails';
import { FindingList } from '../../components/FindingList';
import { i18n } from '../../components/i18n';
import { lookupFor } from '../../lib/i18n/dictionaries';
import type { Finding } from '../../lib/report';
import { installDom } from '../helpers/overlay-dom';

vi.mock('wxt/browser', () => import('../helpers/overlay-dom'));
// The extension's build compiles JSX for Preact (tsconfig jsxImportSource); Vitest's compiles it for React.
vi.mock('react/jsx-dev-runtime', () => import('preact/jsx-runtime'));

const zh = (key: string) => lookupFor('zh_CN')(key)!;

const figure = (text: string, block: number, start: number) => ({ text, value: text, unit: '万元', quote: `甲${text}万元`, at: { block, start, end: start + text.length } });
const FINDING: Finding = {
  check: 'parts-total',
  severity: 'error',
  message: 'parts do not add up',
  figures: [figure('12.00', 1, 0), figure('4.00', 1, 10), figure('4.00', 2, 0)],
  expected: '8.00万元',
  actual: '12.00万元',
  table: '支出决算表',
};

beforeEach(() => {
  installDom();
});

const classes = (element: Element) => [...element.children].map((child) => `${child.tagName.toLowerCase()}${child.className ? `.${child.className}` : ''}`);

describe('findingDetails', () => {
  it('the check, the table, the message, expected / printed / difference, and the figures', () => {
    const details = findingDetails(FINDING);
    expect(details.className).toBe('finding-details');
    expect(classes(details)).toEqual(['p.finding-head', 'p.finding-table', 'p.finding-message', 'dl.finding-numbers', 'details.finding-figures']);
    expect(classes(details.querySelector('.finding-head')!)).toEqual(['span.chip chip-error', 'span.finding-check']);
    expect(details.querySelector('.finding-check')!.textContent).toBe(zh('check_partsTotal_title'));
    expect(details.querySelector('.finding-table')!.textContent).toBe(zh('ui_details_table').replace('{table}', '支出决算表'));
    expect(details.querySelector('.finding-message')!.textContent).toBe('parts do not add up');
    expect([...details.querySelectorAll('.finding-numbers > div')].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent])).toEqual([
      [zh('finding_expected_computed'), '8.00万元'],
      [zh('finding_actual'), '12.00万元'],
      [zh('finding_difference'), '+4.00万元'],
    ]);
    const figures = details.querySelector('details')!;
    expect(figures.hasAttribute('open')).toBe(true);
    expect(classes(figures)).toEqual(['summary', 'p.figure-role', 'ul', 'p.figure-role', 'ul']);
    // The unit is added where the printed text lacks it; the clause follows.
    expect([...figures.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['12.00万元甲12.00万元', '4.00万元甲4.00万元', '4.00万元甲4.00万元']);
  });

  it('leaves out what the finding does not have, and the table when told to', () => {
    const details = findingDetails({ ...FINDING, expected: null, actual: '12.00万元', figures: [figure('12.00', 1, 0)] }, { showTable: false });
    expect(classes(details)).toEqual(['p.finding-head', 'p.finding-message', 'dl.finding-numbers', 'details.finding-figures']);
    expect(details.querySelectorAll('.finding-numbers > div')).toHaveLength(1);
    expect(classes(details.querySelector('details')!)).toEqual(['summary', 'p.figure-role', 'ul']);
    expect(classes(findingDetails({ ...FINDING, expected: null, actual: null, figures: [] }))).toEqual(['p.finding-head', 'p.finding-table', 'p.finding-message']);
  });

  it('folds a long list of figures', () => {
    const many = [0, 1, 2, 3, 4].map((i) => figure(`${i}.00`, 1, i * 10));
    expect(findingDetails({ ...FINDING, figures: many }).querySelector('details')!.hasAttribute('open')).toBe(false);
  });

  it('points out the figure the card is about: by its place when known (a number may repeat), else by its text', () => {
    const current = (details: HTMLElement) => [...details.querySelectorAll('li')].map((li) => li.className === 'figure-current');
    expect(current(findingDetails(FINDING, { emphasize: { text: '4.00', at: { block: 2, start: 0, end: 4 } } }))).toEqual([false, false, true]);
    expect(current(findingDetails(FINDING, { emphasize: { text: '4.00', at: null } }))).toEqual([false, true, true]);
    expect(current(findingDetails(FINDING))).toEqual([false, false, false]);
  });

  it('fills a given element, replacing what it held', () => {
    const into = document.createElement('div');
    into.append('old');
    expect(findingDetails(FINDING, {}, into)).toBe(into);
    expect(into.firstChild!.nodeType).toBe(1);
    expect(into.className).toBe('finding-details');
  });
});

describe('the panel shows the same details', () => {
  const list = (finding: Finding) => createElement(FindingList, { findings: [finding], placed: [1], showInfo: true, onReveal: async () => true });

  it('with no wrapper, and keeps them when an update brings an equal finding', () => {
    const container = document.createElement('div');
    document.body.append(container);
    render(list(FINDING), container);
    const details = container.querySelector('li.finding > .finding-details') as HTMLElement;
    expect(details).not.toBeNull();
    expect(details.outerHTML).toBe(findingDetails(FINDING, { showTable: false }).outerHTML);
    const summary = details.querySelector('summary');
    // The table's tally uses the same chip.
    expect(container.querySelector('.table-tally .chip')!.outerHTML).toBe(details.querySelector('.chip')!.outerHTML);

    render(list(structuredClone(FINDING)), container);
    expect(container.querySelector('li.finding > .finding-details')).toBe(details);
    expect(details.querySelector('summary')).toBe(summary);

    render(list({ ...FINDING, message: 'changed' }), container);
    expect(container.querySelector('.finding-message')!.textContent).toBe('changed');
    render(null, container);
  });
});

describe('i18n.t', () => {
  it('reads the flattened message and fills its named arguments', () => {
    expect(i18n.t('ui.card.close')).toBe(zh('ui_card_close'));
    expect(i18n.t('ui.card.label', { figure: '1.00', role: '' })).toBe(zh('ui_card_label').replace('{figure}', '1.00').replace('{role}', ''));
  });
});
