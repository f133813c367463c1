/**
 * class-names: a name the national list retired before the document's year, another code's name, a
 * prose 类/款 that its table row names otherwise, one code named two ways in the tables. From the words
 * of real documents (宜川路街道 2025 决算, 攀枝花东区 2024 决算, 城管执法局 2026 预算); each rule with a
 * passing and a failing case, and what must be left alone.
 */
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib';
import { documentFromHtml } from '../../scripts/cli/load';
import { auditProse, briefs } from '../helpers/audit';

/** A document's title and first paragraphs, enough for detection to give its year (and apart from the prose under test). */
function opening(year: number): string {
  return `上海市普陀区人民政府宜川路街道办事处${year}年度部门决算公开说明\n\n本年收入合计20323.21万元，本年支出合计20323.21万元，其中基本支出14107.45万元，项目支出6215.76万元。\n\n一般公共预算财政拨款支出20218.21万元，“三公”经费支出19.86万元。\n\n机关运行经费支出816.16万元。\n\n`;
}

interface Row {
  code: string;
  name: string;
  amount: string;
}

/** A page: the opening, the prose, and tables of (code, name, amount) rows. */
function page(year: number, prose: string, tables: Array<{ title: string; rows: Row[] }>): string {
  const body = tables
    .map(({ title, rows }) => `<p>${title}</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td></tr>${rows.map((r) => `<tr><td>${r.code}</td><td>${r.name}</td><td>${r.amount}</td></tr>`).join('')}</table>`)
    .join('');
  return `<html><body>${opening(year).split('\n').filter(Boolean).map((line) => `<p>${line}</p>`).join('')}<p>${prose}</p>${body}</body></html>`;
}

interface Case {
  name: string;
  /** Prose (a text document) or a page with tables. */
  text?: string;
  html?: string;
  /** Findings of this family, as "severity: cited,cited…" (order-free). */
  expected: string[];
}

function findings(c: Case): string[] {
  const report = c.html !== undefined ? auditDocument(documentFromHtml(c.html, 'test.html'), { force: true }) : auditProse(c.text!);
  return briefs(report)
    .filter((b) => b.startsWith('class-names/'))
    .map((b) => b.slice('class-names/'.length));
}

const SPORT_ROWS: Row[] = [
  { code: '207', name: '文化旅游体育与传媒支出', amount: '20.00' },
  { code: '20703', name: '体育', amount: '20.00' },
  { code: '2070308', name: '群众体育', amount: '20.00' },
];

const PENSION_ROWS: Row[] = [
  { code: '208', name: '社会保障和就业支出', amount: '16.44' },
  { code: '20805', name: '行政事业单位养老支出', amount: '16.44' },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', amount: '16.44' },
];

const CASES: Case[] = [
  // Retired names, by the national list.
  { name: 'the 2019 name of 207 in a 2025 document is silent', text: `${opening(2025)}10、文化旅游体育与传媒支出（类）体育（款）群众体育（项）20.00万元，用于社区全民健身工作。`, expected: [] },
  { name: 'the pre-2019 name of 207 in a 2025 document is a warning', text: `${opening(2025)}10、文化体育与传媒支出（类）体育（款）群众体育（项）20.00万元，用于社区全民健身工作。年初预算为20.00万元。`, expected: ['warning: 文化体育与传媒支出,20.00万元'] },
  { name: 'the pre-2019 name of 207 in a 2018 document is its name then', text: `${opening(2018)}10、文化体育与传媒支出（类）体育（款）群众体育（项）20.00万元，用于社区全民健身工作。`, expected: [] },
  { name: '医疗卫生与计划生育支出 in a 2024 document is a warning', text: `${opening(2024)}7.医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为7.45万元，完成调整预算100%。`, expected: ['warning: 医疗卫生与计划生育支出,7.45万元'] },
  { name: 'a 其他…支出 款 under its retired name is a warning', text: `${opening(2024)}文化旅游体育与传媒支出（类）其他文化体育与传媒支出（款）其他文化体育与传媒支出（项）5.00万元。`, expected: ['warning: 其他文化体育与传媒支出,5.00万元'] },
  { name: 'a class name without 支出, with 与 for 和, is a matter of style', text: `${opening(2024)}5.社会保障与就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为16.44万元。7.卫生健康（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为7.45万元。`, expected: [] },
  { name: 'a name the list does not know is not judged without a table', text: `${opening(2024)}10.住房保障支出（类）住房保障事务（款）住房公积金（项）：支出决算为13.61万元。`, expected: [] },
  // A 款 printed with its class's own name (攀枝花东区 2024, item 10).
  { name: 'a 款 under its class’s own name is a warning', text: `${opening(2024)}10.住房保障支出（类）住房保障支出（款）住房公积金（项）：支出决算为 13.61 万元，完成调整预算 100%`, expected: ['warning: 住房保障支出,13.61万元'] },
  { name: 'the same item under its 款 is silent', text: `${opening(2024)}18.住房保障（类）住房改革（款）住房公积金（项）：支出决算为 13.61 万元，完成调整预算 100%`, expected: [] },
  { name: '其他支出（类）其他支出（款）is the list’s own 22999', text: `${opening(2024)}1.其他支出（类）其他支出（款）其他支出（项）：支出决算为 3.00 万元。`, expected: [] },
  // The prose against its tables.
  { name: 'a prose item named as its table rows is silent', html: page(2025, '10、文化旅游体育与传媒支出（类）体育（款）群众体育（项）20.00万元，用于社区全民健身工作。', [{ title: '支出决算表', rows: SPORT_ROWS }]), expected: [] },
  { name: 'the realpage item: the prose’s retired class name against the table’s', html: page(2025, '10、文化体育与传媒支出（类）体育（款）群众体育（项）20.00万元，用于社区全民健身工作。', [{ title: '支出决算表', rows: SPORT_ROWS }]), expected: ['warning: 文化体育与传媒支出,20.00万元'] },
  { name: 'an item under another 款’s name is a warning', html: page(2025, '5、社会保障和就业支出（类）行政事业单位医疗（款）机关事业单位基本养老保险缴费支出（项）16.44万元，用于缴费。', [{ title: '支出决算表', rows: PENSION_ROWS }]), expected: ['warning: 行政事业单位医疗,16.44万元'] },
  { name: 'an item under a 款 name the tables do not use is a warning', html: page(2025, '5、社会保障和就业支出（类）机关养老（款）机关事业单位基本养老保险缴费支出（项）16.44万元，用于缴费。', [{ title: '支出决算表', rows: PENSION_ROWS }]), expected: ['warning: 机关养老,16.44万元'] },
  { name: 'a 款 name that only ends like the table’s is not the table’s', html: page(2025, '10、文化旅游体育与传媒支出（类）群众体育（款）群众体育（项）20.00万元，用于社区全民健身工作。', [{ title: '支出决算表', rows: SPORT_ROWS }]), expected: ['warning: 群众体育,20.00万元'] },
  { name: 'words before a class name are not part of it', html: page(2025, '支出主要用于文化旅游体育与传媒支出（类）体育（款）群众体育（项）20.00万元。', [{ title: '支出决算表', rows: SPORT_ROWS }]), expected: [] },
  { name: 'a retired class name after other words is found', html: page(2025, '支出主要用于文化体育与传媒支出（类）体育（款）群众体育（项）20.00万元。', [{ title: '支出决算表', rows: SPORT_ROWS }]), expected: ['warning: 文化体育与传媒支出,20.00万元'] },
  { name: 'an item whose amount no row of its name carries is not matched', html: page(2025, '5、社会保障和就业支出（类）机关养老（款）机关事业单位基本养老保险缴费支出（项）99.99万元，用于缴费。', [{ title: '支出决算表', rows: PENSION_ROWS }]), expected: [] },
  // The tables, against the list and each other.
  { name: 'a table row under the retired name of its class is a warning', html: page(2025, '', [{ title: '支出决算表', rows: [{ code: '207', name: '文化体育与传媒支出', amount: '20.00' }, ...SPORT_ROWS.slice(1)] }]), expected: ['warning: 文化体育与传媒支出,20.00'] },
  { name: 'a retired name in three tables is one finding, citing each', html: page(2025, '', ['收入决算表', '支出决算表', '财政拨款支出决算表'].map((title) => ({ title, rows: [{ code: '207', name: '文化体育与传媒支出', amount: '20.00' }, ...SPORT_ROWS.slice(1)] }))), expected: ['warning: 文化体育与传媒支出,文化体育与传媒支出,文化体育与传媒支出,20.00'] },
  { name: 'a row under another 款’s name is a warning', html: page(2026, '', [{ title: '支出预算表', rows: [{ code: '210', name: '卫生健康支出', amount: '7.45' }, { code: '21011', name: '行政事业单位养老支出', amount: '7.45' }, { code: '2101101', name: '行政单位医疗', amount: '7.45' }] }]), expected: ['warning: 行政事业单位养老支出,7.45'] },
  { name: 'one code named two ways: the odd table is cited', html: page(2025, '', [{ title: '收入决算表', rows: PENSION_ROWS }, { title: '支出决算表', rows: PENSION_ROWS }, { title: '财政拨款支出决算表', rows: [PENSION_ROWS[0]!, { code: '20805', name: '机关事业单位养老支出', amount: '16.44' }, PENSION_ROWS[2]!] }]), expected: ['warning: 机关事业单位养老支出,行政事业单位养老支出,16.44'] },
  { name: 'a name cut short (a wrapped cell) is not another name', html: page(2025, '', [{ title: '收入决算表', rows: SPORT_ROWS }, { title: '支出决算表', rows: SPORT_ROWS }, { title: '财政拨款支出决算表', rows: [{ code: '207', name: '文化旅游体育与传', amount: '20.00' }, ...SPORT_ROWS.slice(1)] }]), expected: [] },
  { name: 'an economic row under the old classification’s code in a 2025 document is a warning', html: page(2025, '', [{ title: '基本支出决算表', rows: [{ code: '301', name: '工资福利支出', amount: '431.39' }, { code: '30113', name: '住房公积金', amount: '431.39' }, { code: '303', name: '对个人和家庭的补助', amount: '431.39' }, { code: '30311', name: '住房公积金', amount: '431.39' }] }]), expected: ['warning: 住房公积金,431.39'] },
  { name: 'the same in 2018, the classification’s first year, is left alone', html: page(2018, '', [{ title: '基本支出决算表', rows: [{ code: '303', name: '对个人和家庭的补助', amount: '431.39' }, { code: '30311', name: '住房公积金', amount: '431.39' }] }]), expected: [] },
  { name: 'variants the list allows (因公出国（境）费 / 费用) are not two names', html: page(2025, '', [{ title: '基本支出决算表', rows: [{ code: '302', name: '商品和服务支出', amount: '13.24' }, { code: '30212', name: '因公出国（境）费用', amount: '13.24' }] }, { title: '基本支出决算明细表', rows: [{ code: '302', name: '商品和服务支出', amount: '13.24' }, { code: '30212', name: '因公出国(境)费', amount: '13.24' }] }]), expected: [] },
];

describe('class-names', () => {
  for (const c of CASES) it(c.name, () => expect(findings(c).sort()).toEqual([...c.expected].sort()));
});

describe('class-names test pages', () => {
  it('are detected with their year (else no rule on years would be tried)', () => {
    for (const c of CASES) expect(c.html !== undefined ? auditDocument(documentFromHtml(c.html, 'test.html')).year : auditProse(c.text!).year, c.name).toBeGreaterThan(2000);
  });
});
