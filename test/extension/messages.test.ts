/** What the content script accepts from the background and the panel, and from the history's answer. */
import { describe, expect, it } from 'vitest';
import { HistoryAnswerSchema } from '../../entrypoints/shared/history-messages';
import { ToContentSchema } from '../../entrypoints/shared/messages';

describe('messages to the content script', () => {
  it.each([
    [{ type: 'suanpan:get-state' }, true],
    [{ type: 'suanpan:reveal', finding: 0 }, true],
    [{ type: 'suanpan:reveal', finding: 12 }, true],
    [{ type: 'suanpan:navigate', direction: 'next' }, true],
    [{ type: 'suanpan:navigate', direction: 'previous' }, true],
    [{ type: 'suanpan:reveal', finding: -1 }, false],
    [{ type: 'suanpan:reveal', finding: 1.5 }, false],
    [{ type: 'suanpan:reveal', finding: Number.NaN }, false],
    [{ type: 'suanpan:reveal', finding: '1' }, false],
    [{ type: 'suanpan:reveal' }, false],
    [{ type: 'suanpan:reveal-place', item: 'contents-match' }, true],
    [{ type: 'suanpan:reveal-place', item: 3 }, false],
    [{ type: 'suanpan:reveal-place' }, false],
    [{ type: 'suanpan:navigate', direction: 'up' }, false],
    [{ type: 'suanpan:unknown' }, false],
    [{ finding: 1 }, false],
    ['suanpan:get-state', false],
    [null, false],
  ])('%j → accepted: %s', (message, accepted) => {
    expect(ToContentSchema.safeParse(message).success).toBe(accepted);
  });
});

describe("the history's answer", () => {
  const finding = {
    check: 'history-prior-year',
    severity: 'info',
    message: '…',
    figures: [{ text: '1.00万元', value: '1', unit: '万元', quote: '…', at: { block: 3, start: 0, end: 6 } }],
    expected: null,
    actual: null,
  };
  const withAt = (at: unknown) => ({ findings: [{ ...finding, figures: [{ ...finding.figures[0], at }] }] });

  it.each([
    ['a finding with a placed figure', { findings: [finding] }, true],
    ['no findings', { findings: [] }, true],
    ['a figure without a place', withAt(undefined), true],
    ['a figure in a table cell', withAt({ block: -1, table: 0, row: 2, cell: 1, start: 0, end: 4 }), true],
    ['a block before the first', withAt({ block: -2, start: 0, end: 4 }), false],
    ['a fractional offset', withAt({ block: 3, start: 0.5, end: 4 }), false],
    ['an unknown severity', { findings: [{ ...finding, severity: 'fatal' }] }, false],
    ['no findings list', {}, false],
  ])('%s → accepted: %s', (_name, answer, accepted) => {
    expect(HistoryAnswerSchema.safeParse(answer).success).toBe(accepted);
  });
});
