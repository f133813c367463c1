/**
 * Empty 政府性基金 / 国有资本经营 tables and where their statement is printed: in the prose (naming the fund,
 * or its spending as zero), as a note under the table (the Jiangsu 附表: "注：本部门无相关收支项目"), or
 * inside it ("此表为空"). Wording copied from the Jiangsu PDFs (realpdfs: 省委办公厅 2018/2019, 政协办公厅
 * 2018/2019, 人大常委会办公厅 2017/2018/2019, 检察院 2017/2018/2019).
 */
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib';
import { documentFromPdfPages, type PdfPage } from '../../lib/pdf';
import { notesUnder } from '../../lib/tables/notes';
import { documentFromHtml } from '../../scripts/cli/load';
import { item, page } from '../pdf/helpers';

function findings(html: string): string[] {
  const report = auditDocument(documentFromHtml(`<html><body>${html}</body></html>`, 't.html'), { force: true });
  return report.findings.filter((f) => f.check === 'empty-tables' && f.severity !== 'info').map((f) => `${f.severity}: ${f.figures.map((g) => g.text).join(',')}`);
}

const EMPTY = '<p>财政拨款政府性基金支出预算表</p><p>单位：万元</p><table><tr><td>功能科目编码</td><td>功能科目名称</td><td>金额</td></tr><tr><td></td><td>合计</td><td></td></tr></table>';
const EMPTY_SAYING = (cell: string) => `<p>政府性基金支出预算表</p><p>单位：万元</p><table><tr><td>功能科目代码</td><td>功能科目名称</td><td>金额</td></tr><tr><td></td><td>合计</td><td></td></tr><tr><td>${cell}</td><td></td><td></td></tr></table>`;
const NEXT = '<p>一般公共预算机关运行经费支出预算表</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>机关运行经费支出</td></tr><tr><td></td><td>合计</td><td>12.00</td></tr></table>';
/** A 情况说明 long enough to be one (a file of tables alone has almost no prose). */
const PROSE = `<p>${'2019年本部门一般公共预算机关运行经费预算支出1642.08万元，与上年相比增加62.7万元，增长3.97%。主要原因是工会经费人均定额增加。'.repeat(25)}</p>`;

describe('empty-tables: where the statement is printed', () => {
  it.each<[string, string, string[]]>([
    // Notes under the table (it need not name the fund).
    ['注：本部门无相关收支项目 (省委办公厅 2018)', `${EMPTY}<p>注：本部门无相关收支项目</p>${NEXT}${PROSE}`, []],
    ['注：本部门无该项目 (政协办公厅 2019)', `${EMPTY}<p>注：本部门无该项目</p>${NEXT}${PROSE}`, []],
    ['说明：本部门无相关收支项目。(检察院 2018)', `${EMPTY}<p>说明：本部门无相关收支项目。</p>${NEXT}${PROSE}`, []],
    ['（无政府性基金支出）(人大 2017)', `${EMPTY}<p>(无政府性基金支出）</p>${NEXT}${PROSE}`, []],
    ['注：我单位无2017年政府性基金支出安排。(政协 2017)', `${EMPTY}<p>注：我单位无2017年政府性基金支出安排。</p>${NEXT}${PROSE}`, []],
    ['inside the table: 此表为空 (检察院 2018)', `${EMPTY_SAYING('此表为空')}${NEXT}${PROSE}`, []],
    // The prose.
    ['省检察院无政府性基金预算相关收支项目 (检察院 2019)', `${EMPTY}${NEXT}${PROSE}<p>十、政府性基金预算支出预算情况说明</p><p>省检察院无政府性基金预算相关收支项目。</p>`, []],
    ['spending of 0 万元 (政协 2019)', `${EMPTY}${NEXT}${PROSE}<p>江苏省政协办公厅 2019 年政府性基金支出预算支出 0 万元，与上年数一致。</p>`, []],
    ['a blank amount, 无此项支出 (人大 2019)', `${EMPTY}${NEXT}${PROSE}<p>江苏省人大常委会办公厅2019年政府性基金支出预算支出万元。与上年相比增加（减少）0万元，增长（减少）0%。主要原因是本部门无此项支出。</p>`, []],
    // Not a statement.
    ['no statement anywhere', `${EMPTY}${NEXT}${PROSE}`, ['warning: ']],
    ['a note about something else', `${EMPTY}<p>注：“科目编码”和“科目名称”为必填项</p>${NEXT}${PROSE}`, ['warning: ']],
    ['a note naming the other fund', `${EMPTY}<p>注：本部门无国有资本经营预算收支项目</p>${NEXT}${PROSE}`, ['warning: ']],
    ['a note under another table', `${NEXT}<p>注：本部门无相关收支项目</p>${EMPTY}${PROSE}`, ['warning: ']],
    ['a row named 无形资产 is not a statement', `${EMPTY_SAYING('无形资产支出')}${NEXT}${PROSE}`, ['warning: ']],
    ['a fund spending of 10 万元 is not zero', `${EMPTY}${NEXT}${PROSE}<p>2019年政府性基金支出预算支出10万元。</p>`, ['warning: ']],
    ['a change of 0 万元 is not zero spending', `${EMPTY}${NEXT}${PROSE}<p>2019年政府性基金支出预算支出25.5万元，与上年相比增加0万元。</p>`, ['warning: ']],
    // A file of tables alone: the statement may be in the 情况说明, another file (人大 2019 附表).
    ['tables alone, no note: not checked', `${EMPTY}${NEXT}`, []],
  ])('%s', (_name, html, expected) => expect(findings(html)).toEqual(expected));
});

describe('notesUnder', () => {
  it('finds a PDF note printed under its table though the next title comes first in the page order', () => {
    const rules: PdfPage['rules'] = [
      ...[700, 680, 660].map((y) => ({ x0: 50, y0: y, x1: 450, y1: y })),
      ...[50, 150, 350, 450].map((x) => ({ x0: x, y0: 660, x1: x, y1: 700 })),
      ...[500, 480, 460].map((y) => ({ x0: 50, y0: y, x1: 450, y1: y })),
      ...[50, 150, 350, 450].map((x) => ({ x0: x, y0: 460, x1: x, y1: 500 })),
    ];
    const items = [
      item('财政拨款政府性基金支出预算表', 120, 740, 14),
      item('单位：万元', 380, 715, 10),
      item('功能科目代码', 60, 686, 10), item('功能科目名称', 200, 686, 10), item('金额', 390, 686, 10),
      item('合计', 220, 666, 10),
      // The next table's title is drawn before the note (as in 省委办公厅 2018's content stream).
      item('一般公共预算机关运行经费支出预算表', 110, 540, 14),
      item('注：本部门无相关收支项目', 60, 620, 10),
      item('单位：万元', 380, 515, 10),
      item('科目编码', 70, 486, 10), item('科目名称', 220, 486, 10), item('机关运行经费支出', 360, 486, 10),
      item('合计', 220, 466, 10), item('12.00', 400, 466, 10),
    ];
    const { document } = documentFromPdfPages([page(1, items, rules)], 't.pdf');
    expect(document.tables).toHaveLength(2);
    expect(notesUnder(document, 0).map((block) => block.text)).toEqual(['注：本部门无相关收支项目']);
    expect(notesUnder(document, 1)).toEqual([]);
  });
});
