/** The stored history: one writer, bounded in size, damage set aside and reported. */
import { describe, expect, it } from 'vitest';
import { HistoryStorage, HISTORY_KEY, NOTICES_KEY, QUARANTINE_KEY, enforceLimits, historyFile } from '../../lib/history/store';
import { HistoryFileSchema } from '../../lib/history/record';
import { MemoryArea, record } from './records';

const NOW = new Date(Date.UTC(2025, 5, 1));
const storageOn = (area: MemoryArea, limits = { documents: 500, bytes: 4 * 1024 * 1024 }) => new HistoryStorage(area, limits, () => NOW);

describe('saving', () => {
  it('saves, replaces a reading of the same address, and keeps the newest last', async () => {
    const area = new MemoryArea();
    const store = storageOn(area);
    await store.save(record(1));
    await store.save(record(2));
    await store.save(record(1, { title: 'again', readAt: '2025-03-01T00:00:00.000Z' }));
    const { documents } = await store.load();
    expect(documents.map((d) => d.title)).toEqual([record(2).title, 'again']);
    expect(area.raw(HISTORY_KEY)).toMatchObject({ version: 1 });
  });

  it('does not write when the caller says the saved reading is the same', async () => {
    const area = new MemoryArea();
    const store = storageOn(area);
    await store.save(record(1));
    const writes = area.writes;
    expect(await store.save(record(1, { readAt: '2026-01-01T00:00:00.000Z' }), () => true)).toBe(false);
    expect(area.writes).toBe(writes);
  });

  it('refuses a record that does not fit the schema', async () => {
    const store = storageOn(new MemoryArea());
    expect(() => store.save(record(1, { readAt: 'not a time' }))).toThrow();
  });

  it('loses nothing when many pages finish at once', async () => {
    const store = storageOn(new MemoryArea());
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.save(record(i))));
    expect((await store.load()).documents).toHaveLength(25);
  });
});

describe('the size bound', () => {
  it.each([
    // [limits, records, kept]
    [{ documents: 3, bytes: 1e9 }, 5, [3, 4, 5]],
    [{ documents: 500, bytes: 1e9 }, 5, [1, 2, 3, 4, 5]],
  ])('%j with %d records keeps %j', (limits, n, kept) => {
    const documents = Array.from({ length: n }, (_, i) => record(i + 1));
    expect(enforceLimits(documents, limits).kept.map((d) => d.year! - 2000)).toEqual(kept);
  });

  it('drops by size, oldest reading first (whatever the order given)', () => {
    const documents = [record(3), record(1), record(2)];
    const one = new TextEncoder().encode(JSON.stringify(record(1))).length;
    const { kept, dropped } = enforceLimits(documents, { documents: 500, bytes: one * 2 + 10 });
    expect(kept.map((d) => d.year)).toEqual([2002, 2003]);
    expect(dropped.map((d) => d.year)).toEqual([2001]);
  });

  it('drops the oldest and tells the user', async () => {
    const area = new MemoryArea();
    const store = storageOn(area, { documents: 2, bytes: 1e9 });
    for (const n of [1, 2, 3]) await store.save(record(n));
    const state = await store.load();
    expect(state.documents.map((d) => d.year)).toEqual([2002, 2003]);
    expect(state.notices).toEqual([{ kind: 'dropped', at: NOW.toISOString(), count: 1, detail: { code: 'dropped', limit: 2, megabytes: 954, titles: [record(1).title] } }]);
    await store.dismissNotices();
    expect((await store.load()).notices).toEqual([]);
  });
});

describe('damaged or foreign data', () => {
  it.each([
    ['garbage text', 'garbage', { code: 'unrecognised' }],
    ['another program’s object', { items: [1, 2] }, { code: 'unrecognised' }],
    ['a newer format', { version: 99, documents: [] }, { code: 'newerVersion', version: 99 }],
  ])('%s under the history key is set aside, the user told, and the history works', async (_case, value, reason) => {
    const area = new MemoryArea();
    await area.set({ [HISTORY_KEY]: value });
    const store = storageOn(area);
    const state = await store.load();
    expect(state.documents).toEqual([]);
    expect(state.notices).toEqual([{ kind: 'quarantined', at: NOW.toISOString(), count: 1, detail: { code: 'quarantined', reasons: [reason] } }]);
    expect(state.quarantine).toEqual([{ at: NOW.toISOString(), reason, data: JSON.stringify(value), truncated: false }]);
    // Repaired in storage: the next reading finds a clean history and the same quarantine.
    expect(area.raw(HISTORY_KEY)).toEqual({ version: 1, documents: [] });
    expect(area.raw(QUARANTINE_KEY)).toHaveLength(1);
    await store.save(record(1));
    expect((await store.load()).documents).toHaveLength(1);
    await store.clearQuarantine();
    expect((await store.load()).quarantine).toEqual([]);
  });

  it('sees a change made behind its back (it caches what it read, by content)', async () => {
    const area = new MemoryArea();
    const store = storageOn(area);
    await store.save(record(1));
    expect((await store.load()).documents).toHaveLength(1);
    await area.set({ [HISTORY_KEY]: { version: 1, documents: [record(7), record(8)] } });
    expect((await store.load()).documents.map((d) => d.year)).toEqual([2007, 2008]);
    await area.set({ [HISTORY_KEY]: 'garbage' });
    expect((await store.load()).documents).toEqual([]);
  });

  it('damaged notices or quarantine lists are read as empty', async () => {
    const area = new MemoryArea();
    await area.set({ [NOTICES_KEY]: 'x', [QUARANTINE_KEY]: { a: 1 } });
    const state = await storageOn(area).load();
    expect(state).toEqual({ documents: [], notices: [], quarantine: [] });
  });

  it('a huge damaged value is kept only in part', async () => {
    const area = new MemoryArea();
    await area.set({ [HISTORY_KEY]: 'x'.repeat(1_000_000) });
    const [entry] = (await storageOn(area).load()).quarantine;
    expect(entry!.truncated).toBe(true);
    expect(entry!.data.length).toBe(256 * 1024);
  });
});

describe('delete, export, import', () => {
  it('deletes one or all', async () => {
    const store = storageOn(new MemoryArea());
    for (const n of [1, 2, 3]) await store.save(record(n));
    expect(await store.remove([record(2).url, 'https://unknown'])).toBe(1);
    expect((await store.load()).documents.map((d) => d.year)).toEqual([2001, 2003]);
    await store.clear();
    expect((await store.load()).documents).toEqual([]);
  });

  it('exports a file that validates, and imports it back (merging by address, later reading wins)', async () => {
    const source = storageOn(new MemoryArea());
    for (const n of [1, 2]) await source.save(record(n));
    const file = HistoryFileSchema.parse(JSON.parse(JSON.stringify(historyFile((await source.load()).documents, NOW))));
    expect(file).toMatchObject({ format: 'suanpan-history', version: 1, exportedAt: NOW.toISOString() });

    const target = storageOn(new MemoryArea());
    await target.save(record(2, { readAt: '2030-01-01T00:00:00.000Z', title: 'newer here' }));
    await target.save(record(3));
    expect(await target.import(file)).toEqual({ added: 1, replaced: 0, unchanged: 1 });
    const titles = (await target.load()).documents.map((d) => d.title);
    expect(titles).toEqual(expect.arrayContaining([record(1).title, 'newer here', record(3).title]));
    expect(titles).toHaveLength(3);
  });
});
