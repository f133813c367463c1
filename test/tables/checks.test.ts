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

  // Jiangsu's 预算 prints the 财政拨款 and the 一般公共预算 spending tables; with no 政府性基金 they list the same money.
  const FUNCTION_TABLE = (title: string, total: string, item: string) =>
    `<p>${title}</p><p>单位：万元</p><table><tr><td>功能科目编码</td><td>功能科目名称</td><td>金额</td></tr><tr><td colspan="2">合计</td><td>${total}</td></tr><tr><td>201</td><td>一般公共服务支出</td><td>${total}</td></tr><tr><td>20101</td><td>人大事务</td><td>${total}</td></tr><tr><td>2010105</td><td>人大立法</td><td>${item}</td></tr><tr><td>2010101</td><td>行政运行</td><td>100.00</td></tr></table>`;
  const FUND = (amount: string) => `<p>财政拨款政府性基金支出预算表</p><p>单位：万元</p><table><tr><td>功能科目编码</td><td>功能科目名称</td><td>金额</td></tr><tr><td colspan="2">合计</td><td>${amount}</td></tr></table>`;
  const FISCAL = (item: string) => FUNCTION_TABLE('财政拨款支出预算表（功能科目）', '829.60', item);
  const GENERAL = FUNCTION_TABLE('一般公共预算支出预算表（功能科目）', '829.60', '729.60');
  it.each<[string, string, string[]]>([
    ['财政拨款 and 一般公共预算 tables agree code by code', FISCAL('729.60') + GENERAL + FUND(''), []],
    ['a code with two amounts while the fund table is empty', FISCAL('729.00') + GENERAL + FUND(''), ['error: 729.00,729.60']],
    ['a fund table at zero is no money either', FISCAL('729.00') + GENERAL + FUND('0.00'), ['error: 729.00,729.60']],
    ['silent when the 政府性基金 table has money', FISCAL('729.00') + GENERAL + FUND('10.00'), []],
    ['silent when the two totals differ', FUNCTION_TABLE('财政拨款支出预算表（功能科目）', '839.60', '729.00') + GENERAL + FUND(''), []],
  ])('%s', (_name, html, expected) => expect(findings(html, 'table-links').filter((f) => f.includes('729'))).toEqual(expected));
});

describe('share against a table', () => {
  // The 情况说明 names the whole; the 附表's 三公 table prints it (Jiangsu's 预算: 三公 with 会议费 and 培训费).
  const SANGONG = `<p>“三公”经费、会议费、培训费支出预算表</p><p>单位：万元</p><table>
 <tr><td rowspan="3">合计</td><td colspan="6">“三公”经费</td><td rowspan="3">会议费</td><td rowspan="3">培训费</td></tr>
 <tr><td rowspan="2">小计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行维护费</td><td rowspan="2">公务接待费</td></tr>
 <tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行维护费</td></tr>
 <tr><td>1,471.70</td><td>508.20</td><td>70.00</td><td>411.20</td><td></td><td>411.20</td><td>27.00</td><td>933.50</td><td>30.00</td></tr>
</table>`;
  const prose = (car: string) => `<p>“三公”经费预算支出中，因公出国（境）费支出70万元，占“三公”经费的13.77%；公务用车购置及运行费支出411.20万元，占“三公”经费的${car}；公务接待费支出27万元，占“三公”经费的5.31%。</p>`;
  it.each<[string, string, string[]]>([
    ['shares of the table’s 三公 total that hold are silent', prose('80.91%'), []],
    ['a share forced to make the shares add to 100% is an error', prose('80.92%'), ['error: 80.92%,411.20万元,508.20']],
    ['a share whose whole is printed nowhere is not checked', '<p>公务用车购置及运行费支出411.20万元，占“三公”经费的80.92%。</p>', []],
  ])('%s', (_name, text, expected) => expect(findings(text + (expected.length || text.includes('13.77') ? SANGONG : ''), 'share')).toEqual(expected));
});

// The Shanghai 决算 template's 三公 说明: each item's completion rate and its share of the 三公 total, the
// item's budget and the whole printed only in the 三公 table (or the sentence before).
describe('三公 items against the 三公 table', () => {
  // A title and the words that make it a 决算 (the budget column of a 决算's table is its 年初预算).
  const TITLE = '<p>南京市档案馆2024年度部门决算</p><p>2024年度一般公共预算财政拨款支出3.01万元，其中：基本支出3.01万元，项目支出0万元。</p>';
  const completion = (reception: string) =>
    `<p>2024年度“三公”经费财政拨款支出年初预算为5.00万元，支出决算为3.01万元，完成预算的60.2%。其中：因公出国（境）费支出决算为0.00万元；公务用车购置及运行维护费支出决算为1.54万元，完成预算的44%；公务接待费支出决算为1.47万元，完成预算的${reception}。</p>`;
  const shares = (car: string) => `<p>“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算1.54万元，占${car}；公务接待费支出决算1.47万元，占48.84%。</p>`;
  it.each<[string, string, string, string[]]>([
    ['an item’s completion rate of its table budget that holds is silent', TITLE + completion('98%') + SANGONG_TABLE, 'budget-vs-actual', []],
    ['an item’s completion rate that its table budget cannot give is an error', TITLE + completion('89%') + SANGONG_TABLE, 'budget-vs-actual', ['error: 89%,1.47万元,1.50']],
    ['with no 三公 table the item’s rate is not checked', TITLE + completion('89%'), 'budget-vs-actual', []],
    ['shares of the whole named before the list that hold are silent', TITLE + completion('98%') + shares('51.16%') + SANGONG_TABLE, 'share', []],
    ['a wrong share of that whole is an error', TITLE + completion('98%') + shares('61.16%') + SANGONG_TABLE, 'share', ['error: 61.16%,1.54万元,3.01万元']],
    ['the whole from the table alone', TITLE + shares('61.16%') + SANGONG_TABLE, 'share', ['error: 61.16%,1.54万元,3.01']],
    ['a whole that is printed nowhere is not checked', TITLE + shares('61.16%'), 'share', []],
  ])('%s', (_name, html, check, expected) => expect(findings(html, check)).toEqual(expected));
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
    ['a 款 and 项 under their 类’s heading', '<p>（一）一般公共服务支出（类）</p><p>1.网信事务（款）行政运行（项）135.55万元，与上年相比增加1万元。</p>', ['error: 135.55万元,125.55']],
    ['the same line under its heading, as in the table', '<p>（一）一般公共服务支出（类）</p><p>1.网信事务（款）行政运行（项）125.55万元，与上年相比增加1万元。</p>', []],
    ['a 款 and 项 under another 类’s heading are not bound', '<p>（一）教育支出（类）</p><p>1.网信事务（款）行政运行（项）135.55万元，与上年相比增加1万元。</p>', []],
  ])('%s', (_name, prose, expected) => expect(findings(table + prose, 'prose-table')).toEqual(expected));

  // 检察院 2019: the 三公 公务接待费 (101.26, 基本 and 项目 spending) against the 基本支出 table's 30217 (33.26).
  const basic = `<p>一般公共预算基本支出预算表</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>金额</td></tr><tr><td>302</td><td>商品和服务支出</td><td>133.26</td></tr><tr><td>30209</td><td>物业管理费</td><td>100.00</td></tr><tr><td>30217</td><td>公务接待费</td><td>33.26</td></tr></table>`;
  it.each<[string, string, string[]]>([
    ['a 三公 item is not its economic row', '<p>公务接待费101.26万元，与上年持平。</p>', []],
    ['another economic row stated differently is', '<p>其中：物业管理费支出110.00万元。</p>', ['error: 110.00万元,100.00']],
  ])('%s', (_name, prose, expected) => expect(findings(basic + prose, 'prose-table')).toEqual(expected));

  // 政协 2017: "（8）公务接待费（款）支出16万元" under 商品和服务支出（类） is the economic row 30217, not the 三公 item.
  const sangong = `<p>“三公”经费支出预算表</p><p>单位：万元</p><table><tr><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行维护费</td><td>公务接待费</td></tr><tr><td>543.50</td><td>50.00</td><td>50.00</td><td>443.50</td></tr></table>`;
  it.each<[string, string, string[]]>([
    ['a 款 named like a 三公 item is its economic row', '<p>（一）商品和服务支出（类）</p><p>（8）公务接待费（款）支出33.26万元。</p>', []],
    ['that 款 stated differently from its row', '<p>（一）商品和服务支出（类）</p><p>（8）公务接待费（款）支出16万元。</p>', ['error: 16万元,33.26']],
    ['the 三公 item itself is still the 三公 table’s', '<p>公务接待费支出400万元。</p>', ['error: 400万元,443.50']],
  ])('%s', (_name, prose, expected) => expect(findings(basic + sangong + prose, 'prose-table')).toEqual(expected));
});

describe('prose-table through facts', () => {
  // A prose name the tables print otherwise: "总收入" is the 收支总表's 本年收入合计 (lib/facts).
  const summary = `<p>收入支出决算总表</p><p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>一、一般公共预算财政拨款收入</td><td>554.55</td></tr><tr><td>二、事业收入</td><td>10.00</td></tr><tr><td>本年收入合计</td><td>564.55</td></tr></table>`;
  it.each<[string, string, string[]]>([
    ['the year’s income as the table prints it', '<p>本单位总收入564.55万元。</p>', []],
    ['the year’s income stated otherwise', '<p>本单位总收入574.55万元。</p>', ['error: 574.55万元,564.55']],
    ['a line the table does not print is not compared', '<p>本单位经营收入74.55万元。</p>', []],
  ])('%s', (_name, prose, expected) => expect(findings(prose + summary, 'prose-table')).toEqual(expected));
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

// 政府采购预算表 (政协办公厅 2017): 大类 › 专项 › 品目, each level in a column of its own; a total first sums
// the outermost level, and each row the rows one column in under it. (The real table, through the PDF
// reader: test/pdf/real-tables.test.ts.)
const PROCUREMENT = (total: string, goods: string, office: string) => `<p>政府采购预算表</p><p>单位：万元</p><table>
<tr><td>采购品目大类</td><td>专项名称</td><td>采购物品名称</td><td>总计</td></tr>
<tr><td>合计</td><td></td><td></td><td>${total}</td></tr>
<tr><td>一、货物A</td><td></td><td></td><td>${goods}</td></tr>
<tr><td></td><td>办公设备购置费</td><td></td><td>${office}</td></tr>
<tr><td></td><td></td><td>台式计算机</td><td>30.00</td></tr>
<tr><td></td><td></td><td>复印机</td><td>40.00</td></tr>
<tr><td></td><td>会议费</td><td></td><td>30.00</td></tr>
<tr><td></td><td></td><td>印刷品</td><td>30.00</td></tr>
<tr><td>三、服务C</td><td></td><td></td><td>60.00</td></tr>
<tr><td></td><td>会议费</td><td></td><td>60.00</td></tr>
<tr><td></td><td></td><td>会议服务</td><td>25.00</td></tr>
<tr><td></td><td></td><td>住宿服务</td><td>35.00</td></tr></table>`;
// Names in two columns on one line (单位 | 项目), the 单位 left blank on its next lines: one level, not two.
const PROJECTS = (total: string) => `<p>项目支出预算表</p><p>单位：万元</p><table>
<tr><td>单位名称</td><td>项目名称</td><td>金额</td></tr>
<tr><td>合计</td><td></td><td>${total}</td></tr>
<tr><td>省政协办公厅</td><td>委员培训</td><td>60.00</td></tr>
<tr><td></td><td>会议保障</td><td>40.00</td></tr>
<tr><td>省政协机关服务中心</td><td>物业管理</td><td>50.00</td></tr></table>`;

describe('levels printed in columns of their own', () => {
  it.each<[string, string, string[]]>([
    ['a procurement table that holds at every level is silent', PROCUREMENT('160.00', '100.00', '70.00'), []],
    ['a wrong total over the 大类', PROCUREMENT('170.00', '100.00', '70.00'), ['error table-footing: 170.00,100.00,60.00']],
    ['a wrong 大类', PROCUREMENT('160.00', '110.00', '70.00'), ['error table-codes: 110.00,70.00,30.00', 'error table-footing: 110.00,160.00,60.00']],
    ['a wrong 专项', PROCUREMENT('160.00', '100.00', '75.00'), ['error table-codes: 75.00,100.00,30.00', 'error table-codes: 75.00,30.00,40.00']],
    ['names side by side on one line are one level, summed flat', PROJECTS('150.00'), []],
    ['a wrong total over them names every line', PROJECTS('160.00'), ['error table-footing: 160.00,60.00,40.00,50.00']],
  ])('%s', (_name, html, expected) =>
    expect([...findings(html, 'table-footing').map((f) => f.replace(': ', ' table-footing: ')), ...findings(html, 'table-codes').map((f) => f.replace(': ', ' table-codes: '))].sort()).toEqual(expected));
});
