/**
 * The history's messages in both languages: lib/history returns codes and values, ./words.ts says
 * them with the reader's Words. Whatever an earlier version stored as a sentence is shown as it is.
 */
import { describe, expect, it } from 'vitest';
import type { Words } from '../../lib/export/words';
import { parseHistoryFile, type ImportError } from '../../lib/history/import-file';
import { readStored } from '../../lib/history/migrate';
import { HistoryNoticeSchema, HISTORY_VERSION, type HistoryNotice, type StoredReason } from '../../lib/history/record';
import { HistoryStorage, historyFile, NOTICES_KEY, QUARANTINE_KEY, QuarantineEntrySchema } from '../../lib/history/store';
import { importErrorText, noticeDetailText, noticeText, setAsideText } from '../../lib/history/words';
import { lookupFor } from '../../lib/i18n/dictionaries';
import type { Locale } from '../../lib/i18n/render';
import { MemoryArea, record } from './records';

const words = (locale: Locale): Words => ({ lookup: lookupFor(locale), locale });
const good = historyFile([record(1), record(2)], new Date(Date.UTC(2025, 0, 1)));

function importError(text: string): ImportError {
  const result = parseHistoryFile(text);
  if (result.ok) throw new Error('imported');
  return result.error;
}

describe('import errors', () => {
  it.each<[string, string, Locale, string]>([
    ['not JSON', '{"format": ', 'zh_CN', '无法导入：文件不是有效的 JSON。请选择算盘“导出全部”生成的 .json 文件。'],
    ['not JSON', '{"format": ', 'en', "Cannot import: the file is not valid JSON. Choose a .json file made by Suanpan's “Export all”."],
    ['another kind of JSON', '{"hello": "world"}', 'zh_CN', '无法导入：这不是算盘导出的历史记录文件（缺少 "format": "suanpan-history"）。'],
    ['another kind of JSON', '{"hello": "world"}', 'en', 'Cannot import: this is not a history file exported by Suanpan ("format": "suanpan-history" is missing).'],
    ['a newer version', JSON.stringify({ ...good, version: 2 }), 'zh_CN', '无法导入：文件的格式版本为 2，这个版本的算盘只能读取版本 1。'],
    ['a newer version', JSON.stringify({ ...good, version: 2 }), 'en', "Cannot import: the file's format version is 2; this version of Suanpan reads version 1 only."],
    ['a bad record', JSON.stringify({ ...good, documents: [record(1), { ...record(2), readAt: '昨天' }] }), 'zh_CN', '无法导入：文件内容不符合格式，第 2 份记录的“读取时间”不正确。没有导入任何记录。'],
    ['a bad record', JSON.stringify({ ...good, documents: [record(1), { ...record(2), readAt: '昨天' }] }), 'en', "Cannot import: the file's content does not match the format: record 2 › “time read” is not valid. Nothing was imported."],
    ['two problems', JSON.stringify({ ...good, exportedAt: 5, documents: [{ ...record(1), url: undefined }] }), 'zh_CN', '无法导入：文件内容不符合格式，“导出时间”不正确（共 2 处问题）。没有导入任何记录。'],
    ['two problems', JSON.stringify({ ...good, exportedAt: 5, documents: [{ ...record(1), url: undefined }] }), 'en', "Cannot import: the file's content does not match the format: “export time” is not valid (2 problems in all). Nothing was imported."],
    ['a field without a name of its own', JSON.stringify({ ...good, documents: [{ ...record(1), figures: [{ subject: 'x', key: 'xy', value: 'abc' }] }] }), 'en', "Cannot import: the file's content does not match the format: record 1 › “key figures” › item 1 › “value” is not valid. Nothing was imported."],
  ])('%s (%s, %s)', (_case, text, locale, expected) => {
    expect(importErrorText(words(locale), importError(text))).toBe(expected);
  });
});

describe('data set aside', () => {
  const damaged = { version: HISTORY_VERSION, documents: [record(1), { ...record(2), readAt: 'yesterday' }] };
  const reasonOf = (raw: unknown) => readStored(raw).setAside[0]!.reason;

  it.each<[string, StoredReason, Locale, string | RegExp]>([
    ['unrecognised', reasonOf('garbage'), 'zh_CN', '存储的历史记录不是可识别的格式'],
    ['unrecognised', reasonOf('garbage'), 'en', 'the stored history is not in a recognisable format'],
    ['a newer version', reasonOf({ version: 7, documents: [] }), 'zh_CN', '历史记录由较新版本的算盘写入（格式版本 7）'],
    ['a newer version', reasonOf({ version: 7, documents: [] }), 'en', 'the history was written by a newer version of Suanpan (format version 7)'],
    ['a damaged record', reasonOf(damaged), 'zh_CN', /^第 2 条记录无法读取（readAt：.+）$/],
    ['a damaged record', reasonOf(damaged), 'en', /^record 2 could not be read \(readAt: .+\)$/],
    ['a record that is not an object', { code: 'unreadableRecord', position: 3, path: '', problem: 'Invalid input' }, 'zh_CN', '第 3 条记录无法读取（（整体）：Invalid input）'],
    ['a record that is not an object', { code: 'unreadableRecord', position: 3, path: '', problem: 'Invalid input' }, 'en', 'record 3 could not be read ((the whole record): Invalid input)'],
    ['no issue known', { code: 'unreadableRecord', position: 1 }, 'en', 'record 1 could not be read (it does not match the format)'],
    ['stored by an earlier version', '第 2 条记录无法读取（readAt：Invalid ISO datetime）', 'en', '第 2 条记录无法读取（readAt：Invalid ISO datetime）'],
  ])('%s (%s)', (_case, reason, locale, expected) => {
    const text = setAsideText(words(locale), reason);
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });
});

describe('notices', () => {
  const at = '2025-06-01T00:00:00.000Z';
  const dropped: HistoryNotice = { kind: 'dropped', at, count: 12, detail: { code: 'dropped', limit: 500, megabytes: 4, titles: ['甲单位2023年度部门决算', 'https://x.gov.cn/b.html'] } };
  const quarantined: HistoryNotice = { kind: 'quarantined', at, count: 2, detail: { code: 'quarantined', reasons: [{ code: 'unrecognised' }, { code: 'newerVersion', version: 3 }] } };
  const old: HistoryNotice = { kind: 'dropped', at, count: 2, detail: '历史记录已达上限（500 份或 4 MB），删除了最早读取的 2 份：旧标题一、旧标题二' };

  it.each<[string, HistoryNotice, Locale, string, string]>([
    ['dropped', dropped, 'zh_CN', '历史记录已达上限，已删除最早读取的 12 份文件。', '历史记录已达上限（500 份或 4 MB），删除了最早读取的 12 份：甲单位2023年度部门决算、https://x.gov.cn/b.html等，另有 10 份未列出'],
    ['dropped', dropped, 'en', 'The history reached its limit: the 12 documents read earliest were deleted.', 'The history reached its limit (500 documents or 4 MB); the 12 read earliest were deleted: 甲单位2023年度部门决算; https://x.gov.cn/b.html, and 10 more not listed'],
    ['set aside', quarantined, 'zh_CN', '存储中有 2 项历史数据无法读取，已移到隔离区，其余记录不受影响。', '存储的历史记录不是可识别的格式；历史记录由较新版本的算盘写入（格式版本 3）'],
    ['set aside', quarantined, 'en', '2 stored history items could not be read and were set aside; the other records are not affected.', 'the stored history is not in a recognisable format; the history was written by a newer version of Suanpan (format version 3)'],
    ['stored by an earlier version', old, 'en', 'The history reached its limit: the 2 documents read earliest were deleted.', old.detail as string],
  ])('%s (%s)', (_case, notice, locale, line, detail) => {
    expect(HistoryNoticeSchema.parse(notice)).toEqual(notice);
    expect(noticeText(words(locale), notice)).toBe(line);
    expect(noticeDetailText(words(locale), notice)).toBe(detail);
  });

  it('a notice and a quarantine entry written by an earlier version (sentences) are still read', async () => {
    const area = new MemoryArea();
    const entry = { at, reason: '存储的历史记录不是可识别的格式', data: '"garbage"', truncated: false };
    await area.set({ [NOTICES_KEY]: [old], [QUARANTINE_KEY]: [entry] });
    const state = await new HistoryStorage(area).load();
    expect(state.notices).toEqual([old]);
    expect(state.quarantine).toEqual([entry]);
    expect(QuarantineEntrySchema.parse(entry).reason).toBe(entry.reason);
    expect(setAsideText(words('en'), state.quarantine[0]!.reason)).toBe('存储的历史记录不是可识别的格式');
  });
});
