/** Reading tables as published: spans, header paths, units, codes, lanes, continuations, blanks. */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../lib/tables/read';
import { parseCell } from '../../lib/tables/read';
import { documentFromHtml } from '../../scripts/cli/load';
import { EXPENDITURE_TABLE, SANGONG_TABLE, SUMMARY_CONTINUED, TWO_LANE_TABLE } from './sample';

const read = (html: string) => readTables(documentFromHtml(`<html><body>${html}</body></html>`, 't')).tables;

describe('parseCell', () => {
  it.each<[string, string | null]>([
    ['1,234.50', '1234.5'],
    ['0.00', '0'],
    ['(12.00)', '-12'],
    ['-12.5', '-12.5'],
    ['', null],
    ['-', null],
    ['—', null],
    ['合计', null],
  ])('%s', (text, value) => {
    const parsed = parseCell(text);
    const signed = parsed.value ? (parsed.value.negative ? parsed.value.value.neg() : parsed.value.value).toFixed() : null;
    expect(signed).toBe(value);
  });
});

describe('readTables', () => {
  it.each([
    ['公开01表', 'above'],
    ['公开表五', 'below'],
    ['表5', 'below'],
  ])('takes the title, not the table number %s printed %s it', (number, where) => {
    const lines = where === 'above' ? [number, '财政拨款支出预算表（功能科目）'] : ['财政拨款支出预算表（功能科目）', number];
    const [table] = read(`${lines.map((line) => `<p>${line}</p>`).join('')}<p>部门：某单位 单位：万元</p><table><tr><td>功能科目编码</td><td>功能科目名称</td><td>金额</td></tr><tr><td></td><td>合计</td><td>10.00</td></tr><tr><td>201</td><td>一般公共服务支出</td><td>10.00</td></tr></table>`);
    expect(table!.title).toBe('财政拨款支出预算表（功能科目）');
  });

  it('resolves split 类/款/项 codes and the header into columns', () => {
    const [table] = read(EXPENDITURE_TABLE);
    expect(table!.title).toBe('一般公共预算财政拨款支出决算表');
    expect(table!.unit).toBe('万元');
    expect(table!.columns.map((c) => c.path.join('›'))).toEqual(['合计', '基本支出', '项目支出']);
    expect(table!.rows.map((r) => r.code)).toEqual([null, '201', '20103', '2010301', '2010399', '208', '20805', '2080505', '2080506']);
    // The 科目名称 column stands under the "栏次" of the column-number row: it is still the row name.
    expect(table!.rows.map((r) => r.label).slice(0, 4)).toEqual(['合计', '一般公共服务支出', '政府办公厅（室）及相关机构事务', '行政运行']);
    expect(table!.rows[4]!.values.map((v) => v?.text ?? null)).toEqual(['181.47', null, '181.47']);
  });

  it('gives the 三公 table’s twelve columns their three-level paths', () => {
    const [table] = read(SANGONG_TABLE);
    expect(table!.columns.map((c) => c.path.join('›'))).toEqual([
      '合计›预算数', '合计›决算数', '因公出国（境）费›预算数', '因公出国（境）费›决算数',
      '公务用车购置及运行维护费›小计›预算数', '公务用车购置及运行维护费›小计›决算数',
      '公务用车购置及运行维护费›公务用车购置费›预算数', '公务用车购置及运行维护费›公务用车购置费›决算数',
      '公务用车购置及运行维护费›公务用车运行维护费›预算数', '公务用车购置及运行维护费›公务用车运行维护费›决算数',
      '公务接待费›预算数', '公务接待费›决算数',
    ]);
  });

  it('reads a two-lane table lane by lane, in its own unit', () => {
    const lanes = read(TWO_LANE_TABLE);
    expect(lanes.map((l) => [l.lane, l.unit, l.rows.map((r) => r.code ?? r.label)])).toEqual([
      [0, '元', ['301', '30101', '30102', '303', '30305', '人员经费合计']],
      [1, '元', ['302', '30201', '30217', '30231', '30299', '公用经费合计']],
    ]);
  });

  it('joins a continued table to the one before it, side by side', () => {
    const lanes = read(SUMMARY_CONTINUED);
    expect(lanes).toHaveLength(2);
    expect(lanes[0]!.rows.map((r) => r.label)).toEqual(['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '本年收入合计', '使用非财政拨款结余', '年初结转和结余', '收入总计']);
    expect(lanes[1]!.rows.map((r) => r.values[0]?.text ?? null)).toEqual(['396.83', '167.72', '564.55', '0.00', '10.00', '574.55']);
  });
});
