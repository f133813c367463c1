/**
 * Reading tables in steps (the engine's generator): the same tables and figures as reading them in one
 * go, a step for each table of the page, continuations joined across steps alike.
 */
import { describe, expect, it } from 'vitest';
import { readTables, readTablesInSteps } from '../../lib/tables/read';
import { knownZeroBlanks, knownZeroBlanksInSteps, tableIdentities } from '../../lib/tables/identities';
import { documentFromHtml } from '../../scripts/cli/load';
import { EXPENDITURE_TABLE, SANGONG_TABLE, SUMMARY_CONTINUED, TWO_LANE_TABLE } from './sample';

const documentOf = (html: string) => documentFromHtml(`<html><body>${html}</body></html>`, 't');

function stepped<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

const shape = (read: ReturnType<typeof readTables>) => ({
  tables: read.tables.map((t) => ({ title: t.title, lane: t.lane, columns: t.columns.map((c) => c.path), rows: t.rows.map((r) => [r.code, r.label, ...r.values.map((v) => v?.id ?? null)]) })),
  figures: read.figures.map((f) => [f.id, f.text, f.unit]),
});

describe('readTablesInSteps', () => {
  it.each([
    ['one table', [EXPENDITURE_TABLE]],
    ['two lanes', [TWO_LANE_TABLE]],
    ['a continued table', [SUMMARY_CONTINUED]],
    ['four tables', [EXPENDITURE_TABLE, SANGONG_TABLE, TWO_LANE_TABLE, SUMMARY_CONTINUED]],
  ])('%s: what readTables reads, a step a table', (_name, parts) => {
    const document = documentOf(parts.join(''));
    const { value, pauses } = stepped(readTablesInSteps(document, { firstFigureId: 7 }));
    expect(shape(value)).toEqual(shape(readTables(document, { firstFigureId: 7 })));
    expect(pauses).toBe(document.tables.length);
    expect(value.tables.length).toBeGreaterThan(0);
  });
});

describe('knownZeroBlanksInSteps', () => {
  it('knows the blanks knownZeroBlanks knows', () => {
    const tables = readTables(documentOf([EXPENDITURE_TABLE, SANGONG_TABLE, TWO_LANE_TABLE, SUMMARY_CONTINUED].join(''))).tables;
    const identities = tables.flatMap(tableIdentities);
    const { value } = stepped(knownZeroBlanksInSteps(identities));
    expect([...value].sort()).toEqual([...knownZeroBlanks(identities)].sort());
  });
});
