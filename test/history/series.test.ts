/** 历年对比's data: one unit's records by year, 预算 beside 决算; the options page's grouping. */
import { describe, expect, it } from 'vitest';
import { groupByUnit, keysWithData, unitYears } from '../../lib/history/series';
import { record } from './records';

describe('unitYears', () => {
  const budget2024 = record(24, { kind: '预算', totals: { 支出合计: '500' } });
  const final2024 = record(25, { year: 2024, totals: { 支出合计: '512.3', 三公经费: '4.9' } });
  const final2023 = record(23, { totals: { 支出合计: '480' } });
  const otherUnit = record(26, { year: 2024, unit: '示例县政务服务中心', unitKey: '示例县政务服务中心' });

  it('puts 预算 beside 决算 by year, for the unit under any of its spellings', () => {
    const years = unitYears([final2024, otherUnit, budget2024, final2023], '示例县大数据发展中心（本级）');
    expect(years.map((y) => [y.year, y.budget?.url ?? null, y.final?.url ?? null])).toEqual([
      [2023, null, final2023.url],
      [2024, budget2024.url, final2024.url],
    ]);
    expect(keysWithData(years)).toEqual(['支出合计', '三公经费']);
  });

  it('takes the latest reading when a year has two documents of one kind', () => {
    const again = record(27, { year: 2024, readAt: '2030-01-01T00:00:00.000Z' });
    expect(unitYears([final2024, again], '示例县大数据发展中心')[0]!.final?.url).toBe(again.url);
  });

  it('nothing for an unrecognised unit', () => {
    expect(unitYears([final2024], null)).toEqual([]);
  });
});

describe('groupByUnit', () => {
  it('groups by unit, newest year first, 决算 before 预算; unknown units last', () => {
    const groups = groupByUnit([
      record(23),
      record(24, { kind: '预算', year: 2024 }),
      record(25, { year: 2024 }),
      record(30, { unit: null, unitKey: '', year: null }),
      record(26, { unit: '甲单位', unitKey: '甲单位' }),
    ]);
    expect(groups.map((g) => [g.unit, g.records.map((r) => `${r.year}${r.kind}`)])).toEqual([
      ['甲单位', ['2026决算']],
      ['示例县大数据发展中心', ['2024决算', '2024预算', '2023决算']],
      [null, ['null决算']],
    ]);
  });
});
