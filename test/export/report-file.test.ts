/** JSON export: versioned, validated, only the contract's fields; it parses back with its schema. */
import { describe, expect, it } from 'vitest';
import { ReportFileSchema, toJson, toReportFile } from '../../lib/export';
import { READ_AT, sampleItem } from './sample';

describe('toJson', () => {
  it('writes a file that parses back with its schema', () => {
    const item = sampleItem();
    const file = ReportFileSchema.parse(JSON.parse(toJson([item], new Date(Date.UTC(2025, 0, 3)))));
    expect(file).toMatchObject({ format: 'suanpan-report', version: 1, exportedAt: '2025-01-03T00:00:00.000Z' });
    expect(file.documents[0]).toMatchObject({ url: item.url, readAt: READ_AT.toISOString() });
    expect(file.documents[0]!.report.findings).toEqual(item.report.findings);
  });

  it('leaves out what is not in the contract (the engine’s traced relations)', () => {
    const item = sampleItem();
    expect(item.report).toHaveProperty('checkedRelations');
    expect(toReportFile([item], new Date()).documents[0]!.report).not.toHaveProperty('checkedRelations');
  });

  it('refuses a report that does not fit the contract', () => {
    expect(() => toReportFile([sampleItem({ year: 'soon' as unknown as number })], new Date())).toThrow();
  });
});
