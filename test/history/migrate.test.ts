/** Stored history from any version: migrated, and whatever cannot be read set aside, never lost silently. */
import { describe, expect, it } from 'vitest';
import { migrateDocument, readStored, type V0Record } from '../../lib/history/migrate';
import { HISTORY_VERSION } from '../../lib/history/record';
import { record } from './records';

/** A record as the first release wrote it. */
const v0: V0Record = {
  url: 'https://x.gov.cn/a.html',
  title: '示例县大数据发展中心（本级）2023年度部门决算公开说明',
  unit: '示例县大数据发展中心（本级）',
  year: 2023,
  kind: '决算',
  readAt: Date.UTC(2024, 5, 1, 8, 30),
  totals: { 收入合计: '480', 支出合计: '480', 不是总额: '1', 三公经费: 'abc' },
  errors: 1,
  warnings: 2,
};

describe('v0 → v1', () => {
  it('an old record survives the upgrade', () => {
    const read = readStored({ documents: [v0] });
    expect(read.migratedFrom).toBe(0);
    expect(read.changed).toBe(true);
    expect(read.setAside).toEqual([]);
    expect(read.documents).toEqual([
      {
        url: v0.url,
        title: v0.title,
        unit: v0.unit,
        unitKey: '示例县大数据发展中心',
        year: 2023,
        kind: '决算',
        readAt: '2024-06-01T08:30:00.000Z',
        // Only known totals with decimal values carry over.
        totals: { 收入合计: '480', 支出合计: '480' },
        figures: [],
        findings: { error: 1, warning: 2, info: 0 },
      },
    ]);
  });

  it('a v0 record without counts gets zero counts', () => {
    const { errors: _e, warnings: _w, ...bare } = v0;
    expect(migrateDocument(bare, 0).findings).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('one unreadable old record is set aside, the others migrate', () => {
    const read = readStored({ documents: [v0, { url: 42 }, { ...v0, url: 'https://x.gov.cn/b.html' }] });
    expect(read.documents.map((d) => d.url)).toEqual([v0.url, 'https://x.gov.cn/b.html']);
    expect(read.setAside).toHaveLength(1);
    expect(read.setAside[0]!.reason).toMatchObject({ code: 'unreadableRecord', position: 2 });
    expect(read.setAside[0]!.data).toEqual({ url: 42 });
  });
});

describe('reading the stored value', () => {
  it('nothing stored: an empty history, nothing to write', () => {
    expect(readStored(undefined)).toEqual({ documents: [], setAside: [], changed: false, migratedFrom: null });
  });

  it('the current format reads as it is', () => {
    const read = readStored({ version: HISTORY_VERSION, documents: [record(1), record(2)] });
    expect(read).toMatchObject({ changed: false, migratedFrom: null, setAside: [] });
    expect(read.documents).toEqual([record(1), record(2)]);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['an object of another shape', { foo: 'bar' }],
    ['documents that are not a list', { version: 1, documents: 'x' }],
    ['a negative version', { version: -1, documents: [] }],
  ])('%s is set aside as a whole', (_case, value) => {
    const read = readStored(value);
    expect(read.documents).toEqual([]);
    expect(read.changed).toBe(true);
    expect(read.setAside).toEqual([{ reason: { code: 'unrecognised' }, data: value }]);
  });

  it('a newer format (after a downgrade) is set aside, not overwritten', () => {
    const value = { version: HISTORY_VERSION + 1, documents: [{ anything: true }] };
    const read = readStored(value);
    expect(read.documents).toEqual([]);
    expect(read.setAside[0]!.reason).toEqual({ code: 'newerVersion', version: HISTORY_VERSION + 1 });
    expect(read.setAside[0]!.data).toEqual(value);
  });

  it('a damaged record among good ones is set aside alone', () => {
    const damaged = { ...record(2), readAt: 'yesterday' };
    const read = readStored({ version: 1, documents: [record(1), damaged, record(3)] });
    expect(read.documents.map((d) => d.url)).toEqual([record(1).url, record(3).url]);
    expect(read.setAside).toEqual([{ reason: { code: 'unreadableRecord', position: 2, path: 'readAt', problem: expect.any(String) }, data: damaged }]);
  });

  it('two records of one address keep the later reading, oldest first', () => {
    const early = record(1, { readAt: '2024-01-01T00:00:00.000Z', title: 'early' });
    const late = record(1, { readAt: '2024-06-01T00:00:00+08:00', title: 'late' });
    const read = readStored({ version: 1, documents: [late, record(2), early] });
    expect(read.documents.map((d) => d.title)).toEqual(['late', record(2).title]);
    expect(read.changed).toBe(true);
  });
});
