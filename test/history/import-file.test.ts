/** A history file chosen by the user: refused as a whole, with a clear message (here in Chinese), when anything is wrong. */
import { describe, expect, it } from 'vitest';
import { lookupFor } from '../../lib/i18n/dictionaries';
import { parseHistoryFile } from '../../lib/history/import-file';
import { importErrorText } from '../../lib/history/words';
import { historyFile } from '../../lib/history/store';
import { record } from './records';

const ZH = { lookup: lookupFor('zh_CN'), locale: 'zh_CN' } as const;
const good = historyFile([record(1), record(2)], new Date(Date.UTC(2025, 0, 1)));

describe('parseHistoryFile', () => {
  it('accepts an exported file (with or without a byte-order mark)', () => {
    expect(parseHistoryFile(JSON.stringify(good))).toEqual({ ok: true, file: good });
    expect(parseHistoryFile(`\uFEFF${JSON.stringify(good)}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"format": ', '不是有效的 JSON'],
    ['another kind of JSON', JSON.stringify({ hello: 'world' }), '不是算盘导出的历史记录文件'],
    ['a report export, not a history', JSON.stringify({ format: 'suanpan-report', version: 1 }), '不是算盘导出的历史记录文件'],
    ['a newer version', JSON.stringify({ ...good, version: 2 }), '格式版本为 2'],
    ['a bad record', JSON.stringify({ ...good, documents: [record(1), { ...record(2), readAt: '昨天' }] }), '第 2 份记录的“读取时间”不正确'],
    ['a record without its address', JSON.stringify({ ...good, documents: [{ ...record(1), url: undefined }] }), '第 1 份记录的“地址”不正确'],
    ['a bad export time', JSON.stringify({ ...good, exportedAt: 5 }), '“导出时间”不正确'],
  ])('refuses %s', (_case, text, message) => {
    const result = parseHistoryFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const text = importErrorText(ZH, result.error);
      expect(text).toContain(message);
      expect(text).toMatch(/^无法导入/);
    }
  });
});
