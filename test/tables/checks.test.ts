/**
 * The table families that tie tables together, on small published-style pages: identities between
 * tables, part ≤ whole (basic-spending lines against the 三公 table), prose against tables, empty tables.
 */
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib';
import { documentFromHtml } from '../../scripts/cli/load';
import { SANGONG_TABLE, SUMMARY_CONTINUED, TWO_LANE_TABLE } from './sample';

function findings(html: string, check: string): string[] {
  const report = auditDocument(documentFromHtml(`<html><body>${html}</body></html>`, 't.html'), { force: true });
  return report.findings.filter((f) => f.check === check && f.severity !== 'info').map((f) => `${f.severity}: ${f.figures.map((g) => g.text).join(',')}`);
}

const INCOME = (total: string) => `<p>收入决算表</p><p>单位：万元</p><table><tr><td>项目</td><td>本年收入合计</td><td>财政拨款收入</td></tr><tr><td>合计</td><td>${total}</td><td>${total}</td></tr></table>`;
const SPENDING = (total: string) => `<p>支出决算表</p><p>单位：万元</p><table><tr><td>项目</td><td>本年支出合计</td><td>基本支出</td><td>项目支出</td></tr><tr><td>合计</td><td>${total}</td><td>383.08</td><td>181.47</td></tr></table>`;

describe('table-links', () => {
  it.each<[string, string, string[]]>([
    ['summary totals equal the income and spending tables', SUMMARY_CONTINUED + INCOME('564.55') + SPENDING('564.55'), []],
    ['an income table that disagrees with the summary', SUMMARY_CONTINUED + INCOME('546.55') + SPENDING('564.55'), ['error: 564.55,546.55']],
  ])('%s', (_name, html, expected) => expect(findings(html, 'table-links')).toEqual(expected));
});

describe('table-parts', () => {
  it('basic-spending lines within the 三公 actuals are silent (元 against 万元)', () => {
    expect(findings(TWO_LANE_TABLE + SANGONG_TABLE, 'table-parts')).toEqual([]);
  });
  it('a 公务接待费 line larger than the 三公 table’s 决算数 is an error', () => {
    const larger = TWO_LANE_TABLE.replace('14,700.00', '24,700.00').replace('111,700.00', '101,700.00');
    expect(findings(larger + SANGONG_TABLE, 'table-parts')).toEqual(['error: 24,700.00,1.47']);
  });
});

describe('prose-table', () => {
  const table = `<p>一般公共预算财政拨款支出决算表</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>决算数</td></tr><tr><td>201</td><td>一般公共服务支出</td><td>125.55</td></tr><tr><td>20136</td><td>网信事务</td><td>125.55</td></tr><tr><td>2013601</td><td>行政运行</td><td>125.55</td></tr></table>`;
  it.each<[string, string, string[]]>([
    ['a 项 stated in the prose as in the table', '<p>1.一般公共服务（类）网信事务（款）行政运行（项）：支出决算为125.55万元，完成调整预算100%。</p>', []],
    ['a 项 stated differently', '<p>1.一般公共服务（类）网信事务（款）行政运行（项）：支出决算为135.55万元，完成调整预算100%。</p>', ['error: 135.55万元,125.55']],
    ['a 项 of another 款 with the same name is not bound', '<p>1.一般公共服务（类）发展与改革事务（款）行政运行（项）：支出决算为135.55万元。</p>', []],
  ])('%s', (_name, prose, expected) => expect(findings(table + prose, 'prose-table')).toEqual(expected));
});

describe('empty-tables', () => {
  const empty = '<p>政府性基金预算财政拨款收入支出决算表</p><p>单位：万元</p><table><tr><td>项目</td><td>本年支出</td></tr><tr><td>合计</td><td></td></tr></table>';
  const filled = '<p>政府性基金预算财政拨款收入支出决算表</p><p>单位：万元</p><table><tr><td>项目</td><td>本年支出</td></tr><tr><td>合计</td><td>12.00</td></tr></table>';
  it.each<[string, string, string[]]>([
    ['an empty table with its statement', `${empty}<p>本单位2024年度无政府性基金预算财政拨款收支。</p>`, []],
    // With a 情况说明 (a file of tables alone may have its statement in the other file: test/tables/empty-table-notes.test.ts).
    ['an empty table without one', `${empty}<p>${'本年度一般公共预算财政拨款支出12.00万元，主要用于机关运行。'.repeat(60)}</p>`, ['warning: ']],
    ['a table with amounts described as empty', `${filled}<p>本单位2024年度无政府性基金预算财政拨款收支。</p>`, ['error: 12.00']],
  ])('%s', (_name, html, expected) => expect(findings(html, 'empty-tables')).toEqual(expected));
});

/** A spending table in 万元 with codes, its total row first; the cells given as [合计, 基本, 项目] per row. */
const SPENDING_TABLE = (rows: Array<[string, string, string, string, string]>) =>
  `<p>一般公共预算财政拨款支出决算表</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>${rows
    .map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</table>`;

const HOLDS: Array<[string, string, string, string, string]> = [
  ['', '合计', '300.00', '200.00', '100.00'],
  ['201', '一般公共服务支出', '120.00', '80.00', '40.00'],
  ['20101', '人大事务', '120.00', '80.00', '40.00'],
  ['208', '社会保障和就业支出', '180.00', '120.00', '60.00'],
  ['20805', '行政事业单位养老支出', '180.00', '120.00', '60.00'],
];
const withCell = (row: number, column: number, value: string) => HOLDS.map((cells, r) => (r === row ? (cells.map((cell, c) => (c === column ? value : cell)) as typeof cells) : cells));

describe('table-footing', () => {
  it.each<[string, string, string[]]>([
    ['a total row that adds up is silent', SPENDING_TABLE(HOLDS), []],
    ['a total row one unit off is an error', SPENDING_TABLE(withCell(0, 3, '201.00')), ['error: 201.00,80.00,120.00']],
    ['a total row a cent off is within rounding (info, not reported here)', SPENDING_TABLE(withCell(0, 3, '200.01')), []],
    // Jiangsu's 收入预算总表: 收入总计 first, then each group with its own 小计 above its lines; the nesting is
    // not printed, so the rows add up to twice the total: not checked, not an error.
    ['a total first over groups that carry their own subtotals is not read as wrong', `<p>收入预算总表</p><p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>收入总计</td><td>150.00</td></tr><tr><td>财政拨款收入小计</td><td>100.00</td></tr><tr><td>一般公共预算拨款</td><td>100.00</td></tr><tr><td>其他资金小计</td><td>50.00</td></tr><tr><td>事业收入</td><td>50.00</td></tr></table>`, []],
  ])('%s', (_name, html, expected) => expect(findings(html, 'table-footing')).toEqual(expected));
});

describe('table-codes', () => {
  it.each<[string, string, string[]]>([
    ['a class equal to its 款 is silent', SPENDING_TABLE(HOLDS), []],
    ['a class that is not the sum of its 款 is an error', SPENDING_TABLE(withCell(2, 2, '110.00').map((cells, r) => (r === 2 ? ([cells[0], cells[1], '110.00', '70.00', '40.00'] as typeof cells) : cells))), ['error: 120.00,110.00', 'error: 80.00,70.00']],
  ])('%s', (_name, html, expected) => expect(findings(html, 'table-codes').sort()).toEqual([...expected].sort()));
});

describe('table-cross-footing', () => {
  it.each<[string, string, string[]]>([
    ['合计 = 基本支出 + 项目支出 on every row is silent', SPENDING_TABLE(HOLDS), []],
    ['a row whose 合计 is not the sum of its columns is an error', SPENDING_TABLE(withCell(3, 4, '70.00')), ['error: 70.00,180.00,120.00']],
  ])('%s', (_name, html, expected) => expect(findings(html, 'table-cross-footing')).toEqual(expected));
});
