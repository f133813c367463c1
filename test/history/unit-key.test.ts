/** Which documents are of the same unit: spelling variants match, different units never do. */
import { describe, expect, it } from 'vitest';
import { sameUnit, unitKey } from '../../lib/history/unit-key';

describe('unitKey', () => {
  it.each([
    ['示例县大数据发展中心', '示例县大数据发展中心'],
    ['示例县大数据发展中心（本级）', '示例县大数据发展中心'],
    ['示例县大数据发展中心(本级)', '示例县大数据发展中心'],
    ['示例县大数据发展中心 本级', '示例县大数据发展中心'],
    ['示例县 大数据发展中心', '示例县大数据发展中心'],
    ['示例县财政局部门', '示例县财政局'],
    ['示例县财政局单位', '示例县财政局'],
    ['“示例县财政局”', '示例县财政局'],
    ['重庆市綦江区电子政务中心', '綦江区电子政务中心'],
    ['四川省攀枝花市东区大数据中心', '攀枝花市东区大数据中心'],
    // The province-level name stays when no lower-level region follows: it is part of the unit's name.
    ['重庆市财政局', '重庆市财政局'],
    ['重庆市城市管理局', '重庆市城市管理局'],
    ['重庆市市场监督管理局', '重庆市市场监督管理局'],
    ['ＡＢ中心', 'AB中心'],
    ['', ''],
    [null, ''],
    ['局', ''],
  ])('%s → %s', (name, key) => {
    expect(unitKey(name)).toBe(key);
  });
});

describe('sameUnit', () => {
  it.each([
    ['示例县大数据发展中心', '示例县大数据发展中心（本级）', true],
    ['示例县大数据发展中心部门', '示例县 大数据发展中心 单位', true],
    ['重庆市綦江区电子政务中心', '綦江区电子政务中心', true],
    // Different units, however alike.
    ['綦江区电子政务中心', '江津区电子政务中心', false],
    ['示例县大数据发展中心', '示例县大数据发展中心机关', false],
    ['示例县财政局', '示例市财政局', false],
    ['电子政务中心', '綦江区电子政务中心', false],
    // An unrecognised unit matches nothing, not even another unrecognised one.
    [null, null, false],
    ['', '', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameUnit(a, b)).toBe(same);
  });
});
