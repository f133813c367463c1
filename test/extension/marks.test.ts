/**
 * From a report to marks and their looks (entrypoints/content/marks.ts), on a fake page model: which
 * figure is primary, which related, in which colour, under which switches; where navigation stops;
 * which verified figures get ticks.
 */
import { describe, expect, it } from 'vitest';
import { isStop, lookOf, placeChecklist, placeFindings, visibleMarks, visibleTicks, type Mark, type PageModel } from '../../entrypoints/content/marks';
import type { DisclosureDocument } from '../../lib/model/document';
import type { DocumentReport, FigureRef, Finding, Severity } from '../../lib/report';

/** One block of text in one text node; a table with one cell in another. */
const BLOCK = '收入100.00万元，其中甲60.00万元、乙40.00万元，增长10%。';
const CELL = '100.00';
const textNode = (data: string) => ({ data, length: data.length, isConnected: true }) as unknown as Text;
const model: PageModel = {
  document: {
    source: 'x',
    title: '',
    truncated: false,
    blocks: [{ kind: 'text', index: 0, text: BLOCK, runs: [{ start: 0, length: BLOCK.length, node: 0, nodeOffset: 0 }] }],
    tables: [{ kind: 'table', index: 0, caption: '表', lead: null, rows: [[{ text: CELL, runs: [{ start: 0, length: CELL.length, node: 1, nodeOffset: 0 }], rowSpan: 1, colSpan: 1, header: false }]] }],
  } satisfies DisclosureDocument,
  textNodes: [textNode(BLOCK), textNode(CELL)],
};

function figure(text: string, block = true): FigureRef {
  if (!block) return { text, value: text, unit: null, quote: text, at: { block: -1, table: 0, row: 0, cell: 0, start: 0, end: text.length } };
  const start = BLOCK.indexOf(text);
  return { text, value: text, unit: null, quote: BLOCK, at: { block: 0, start, end: start + text.length } };
}

const finding = (severity: Severity, ...figures: FigureRef[]): Finding => ({ check: 'parts-total', severity, message: '', figures, expected: null, actual: null });

function report(findings: Finding[], verified: FigureRef[] = []): DocumentReport {
  return { source: 'x', detected: true, kind: '决算', year: 2024, unit: null, title: '', totals: {}, findings, stats: { figures: 0, relations: 0, checked: 0, unchecked: 0 }, truncated: false, verified };
}

const byFigure = (marks: Mark[], text: string) => marks.find((mark) => mark.figure === text)!;

describe('primary and related figures', () => {
  const r = report([
    finding('error', figure('100.00万元'), figure('60.00万元'), figure('40.00万元')),
    finding('info', figure('40.00万元'), figure('10%')),
    finding('warning', figure(CELL, false), figure('100.00万元')),
  ]);
  const { marks, placed } = placeFindings(r, model);

  it('places every figure once, in document order, table cells included', () => {
    expect(marks.map((mark) => mark.figure)).toEqual(['100.00万元', '60.00万元', '40.00万元', '10%', CELL]);
    expect(placed).toEqual([3, 2, 2]);
  });

  it('paints figures[0] as primary in its finding\'s colour, the rest as related', () => {
    expect(lookOf(byFigure(marks, '100.00万元'), r, false)).toEqual({ role: 'primary', severity: 'error' });
    expect(lookOf(byFigure(marks, '60.00万元'), r, false)).toEqual({ role: 'related', severity: 'error' });
    expect(lookOf(byFigure(marks, CELL), r, false)).toEqual({ role: 'primary', severity: 'warning' });
  });

  it('counts only the findings shown: an info finding makes its figure primary only with showInfo', () => {
    expect(lookOf(byFigure(marks, '40.00万元'), r, false)).toEqual({ role: 'related', severity: 'error' });
    expect(lookOf(byFigure(marks, '40.00万元'), r, true)).toEqual({ role: 'primary', severity: 'info' });
    expect(lookOf(byFigure(marks, '10%'), r, false)).toBeNull();
    expect(visibleMarks(marks, r, false).map(({ mark }) => mark.figure)).toEqual(['100.00万元', '60.00万元', '40.00万元', CELL]);
  });

  it('stops navigation at primaries only', () => {
    expect(marks.filter((mark) => isStop(mark, r, false)).map((mark) => mark.figure)).toEqual(['100.00万元', CELL]);
    expect(marks.filter((mark) => isStop(mark, r, true)).map((mark) => mark.figure)).toEqual(['100.00万元', '40.00万元', CELL]);
  });

  it('leads to the first placed figure when the primary has no place on the page', () => {
    const unplaced: FigureRef = { text: '9.99', value: '9.99', unit: null, quote: '' };
    const other = report([finding('error', unplaced, figure('60.00万元'))]);
    const [mark] = placeFindings(other, model).marks;
    expect(lookOf(mark!, other, false)).toEqual({ role: 'related', severity: 'error' });
    expect(isStop(mark!, other, false)).toBe(true);
  });
});

describe('ticks on verified figures', () => {
  it('ticks verified figures that no shown finding marks', () => {
    const r = report([finding('error', figure('100.00万元'), figure('60.00万元')), finding('info', figure('10%'))], [figure('100.00万元'), figure('10%'), figure(CELL, false), figure(CELL, false)]);
    const { marks, ticks } = placeFindings(r, model);
    expect(ticks.map((mark) => mark.figure)).toEqual(['100.00万元', '10%', CELL]);
    const ticked = (showInfo: boolean) => visibleTicks(ticks, visibleMarks(marks, r, showInfo)).map(({ mark }) => mark.figure);
    expect(ticked(false)).toEqual(['10%', CELL]);
    expect(ticked(true)).toEqual([CELL]);
    expect(lookOf(ticks[2]!, r, false)).toEqual({ role: 'verified' });
  });
});

describe('checklist items whose places belong to no finding', () => {
  const item = (id: string, places: FigureRef[], findings: number[] = []) => ({ id, group: 'form' as const, status: 'fail' as const, label: id, places, findings });
  const unplaced: FigureRef = { text: '9.99', value: '9.99', unit: null, quote: '' };
  const r: DocumentReport = {
    ...report([finding('error', figure('100.00万元'), figure('60.00万元'))]),
    checklist: {
      version: 1,
      items: [
        item('with-finding', [figure('100.00万元')], [0]),
        item('own-place', [unplaced, figure('10%')]),
        item('finding-figure', [figure('60.00万元')]),
        item('nowhere', [unplaced]),
        item('in-a-cell', [figure(CELL, false)]),
      ],
    },
  };
  const { marks } = placeFindings(r, model);
  const places = placeChecklist(r, model, marks);

  it('each leads to its first place found on the page; items with findings go through them instead', () => {
    expect([...places.keys()]).toEqual(['own-place', 'finding-figure', 'in-a-cell']);
    expect(places.get('own-place')!.text).toBe('10%');
    expect(places.get('in-a-cell')!.spans[0]!.node).toBe(model.textNodes[1]);
  });

  it('a place a finding marks is that finding’s mark (so going there shows its card); another is a mark of its own', () => {
    expect(places.get('finding-figure')).toBe(byFigure(marks, '60.00万元'));
    expect(marks).not.toContain(places.get('own-place'));
    expect(places.get('own-place')!.findings).toEqual([]);
  });

  it('none without a checklist', () => {
    expect(placeChecklist(report([]), model, []).size).toBe(0);
  });
});
