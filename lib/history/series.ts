/** A unit's totals by year, 预算 beside 决算, for the panel's 历年对比 (one record per year and kind: the latest read). */
import type { TotalKey } from '../report';
import type { HistoryRecord } from './record';
import { unitKey } from './unit-key';

/** The totals shown side by side (人员经费/公用经费 are parts of 基本支出: left out to keep it readable). */
export const SERIES_KEYS = ['收入合计', '支出合计', '基本支出', '项目支出', '三公经费'] as const satisfies readonly TotalKey[];
export type SeriesKey = (typeof SERIES_KEYS)[number];

export interface YearEntry {
  year: number;
  budget: HistoryRecord | null;
  final: HistoryRecord | null;
}

export function unitYears(records: readonly HistoryRecord[], unit: string | null): YearEntry[] {
  const key = unitKey(unit);
  if (!key) return [];
  const byYear = new Map<number, YearEntry>();
  for (const record of records) {
    if (record.unitKey !== key || record.year === null || record.kind === null) continue;
    const entry = byYear.get(record.year) ?? { year: record.year, budget: null, final: null };
    const slot = record.kind === '预算' ? 'budget' : 'final';
    const held = entry[slot];
    if (!held || Date.parse(record.readAt) >= Date.parse(held.readAt)) entry[slot] = record;
    byYear.set(record.year, entry);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Which of the totals any year has, in SERIES_KEYS order. */
export function keysWithData(years: readonly YearEntry[]): SeriesKey[] {
  return SERIES_KEYS.filter((key) => years.some((y) => y.budget?.totals[key] !== undefined || y.final?.totals[key] !== undefined));
}

export interface UnitGroup {
  /** As read from the documents; null when not recognised (the options page names it from its messages). */
  unit: string | null;
  unitKey: string;
  /** Newest year first; 决算 before 预算 within a year. */
  records: HistoryRecord[];
}

/** The options page's list: by unit (alphabetical), then by year. Records without a recognised unit come last. */
export function groupByUnit(records: readonly HistoryRecord[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const record of records) {
    const key = record.unitKey || `?${record.url}`;
    const group = groups.get(key) ?? { unit: record.unit, unitKey: record.unitKey, records: [] };
    group.records.push(record);
    groups.set(key, group);
  }
  const kindOrder = (r: HistoryRecord) => (r.kind === '决算' ? 0 : 1);
  for (const group of groups.values()) group.records.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || kindOrder(a) - kindOrder(b));
  return [...groups.values()].sort((a, b) => Number(!a.unitKey) - Number(!b.unitKey) || (a.unit ?? '').localeCompare(b.unit ?? '', 'zh-CN'));
}
